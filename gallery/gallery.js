import { createEmbedBuilder, PLACEHOLDER_HOST } from './embed-builder.js';

const manifest = await (await fetch('/custom-elements.json')).json();
// The snippets name a placeholder host (the page says to replace it), never this gallery's own address.
createEmbedBuilder(document.querySelector('.embed-builder'), {
  manifest,
  scriptUrl: `${PLACEHOLDER_HOST}/cdn/cs-history.js`,
  embedUrl: `${PLACEHOLDER_HOST}/embed.html`,
  hostScriptUrl: `${PLACEHOLDER_HOST}/cdn/embed-host.js`,
});
