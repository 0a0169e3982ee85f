import { createEmbedBuilder } from './embed-builder.js';

const manifest = await (await fetch('/custom-elements.json')).json();
const base = new URL('/dist/', location.href).href;
createEmbedBuilder(document.querySelector('.embed-builder'), {
  manifest,
  scriptUrl: `${base}cdn/cs-history.js`,
  embedUrl: `${base}embed.html`,
  hostScriptUrl: `${base}cdn/embed-host.js`,
});
