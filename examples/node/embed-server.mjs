// Serving iframe embeds from Node: every request for embed.html gets the page
// pre-rendered for its query (renderEmbed from cs-history-elements/ssr.js), so
// the iframe shows the element before its script runs, and shows it to
// readers without JavaScript too; the script then hydrates it. The package's
// dist folder (cdn/, embed.html) is served as files beside it.
// `node examples/node/embed-server.mjs [port]` (after `npm run build`), then
// open http://localhost:8080/embed.html?el=treaty-card&treaty=1943&lang=cs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { renderEmbed } from 'cs-history-elements/ssr.js';

// dist/ of the installed package (its exports map names no folders, so from package.json's place).
const dist = join(dirname(createRequire(import.meta.url).resolve('cs-history-elements/package.json')), 'dist');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/** The request handler: embed.html rendered for its query, and the package's files. */
export async function handle(request, response) {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/embed.html') {
    response.writeHead(200, { 'content-type': TYPES['.html'] });
    return response.end(renderEmbed(url.search));
  }
  const path = normalize(join(dist, decodeURIComponent(url.pathname)));
  if (!path.startsWith(`${join(dist, 'cdn')}/`)) return response.writeHead(404).end();
  try {
    const body = await readFile(path);
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  createServer(handle).listen(port, () => console.log(`embeds at http://localhost:${port}/embed.html?el=treaty-card&treaty=1943`));
}
