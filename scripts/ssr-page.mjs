// Test-only route of the browser-test server for server rendering (issue 23):
//   /ssr/<path of an .html file in tests/fixtures/ssr>
//       The file pre-rendered by the built package's ssr.js (dist/npm, made by
//       `npm run build`), as cs-history-prerender would write it: the browser
//       tests open it with JavaScript off (a sandboxed iframe) and on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve('tests/fixtures/ssr');
let ssr;

export async function ssrPage(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/ssr/')) return next();
  const file = resolve(FIXTURES, url.pathname.slice('/ssr/'.length));
  if (!file.startsWith(`${FIXTURES}/`) || !file.endsWith('.html')) {
    context.status = 404;
    return undefined;
  }
  try {
    ssr ??= await import('../dist/npm/src/ssr.js');
  } catch (error) {
    context.status = 500;
    context.body = `dist/npm/src/ssr.js could not load (run npm run build first): ${error}`;
    return undefined;
  }
  context.type = 'html';
  context.body = ssr.prerender(readFileSync(file, 'utf8')).html;
  return undefined;
}
