// A plain Node script using cs-history-elements/ssr.js: a page with two
// elements pre-rendered (renderToString), and one element rendered with
// @lit-labs/ssr's own render() — the same registration serves both.
// `node examples/node/render.mjs [out.html]` (after `npm run build`).
import { writeFileSync } from 'node:fs';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { render, renderToString } from 'cs-history-elements/ssr.js';

const page = await renderToString(`<!doctype html>
<html lang="cs">
  <head><meta charset="utf-8"><title>Smlouva z roku 1943</title></head>
  <body>
    <treaty-card treaty="1943"></treaty-card>
    <casualty-chart battle="dukla" lang="en"></casualty-chart>
    <script type="module" src="/cs-history/cs-history.js"></script>
  </body>
</html>`);

// Lit SSR directly: a template of your own with our element inside.
const card = await collectResult(render(html`<aside><treaty-card treaty="1935" lang="sk" compact></treaty-card></aside>`));

const out = process.argv[2];
if (out) writeFileSync(out, page);
else console.log(page);
console.error(`page: ${page.length} characters; a compact card of 1935 in Slovak: ${card.length} characters`);
