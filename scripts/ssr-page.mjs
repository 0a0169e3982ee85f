// Test-only route of the browser-test server for server rendering (issue 23):
//   /ssr/<path of an .html file in tests/fixtures/ssr>
//       The file pre-rendered by the built package's ssr.js (dist/npm, made by
//       `npm run build`), as cs-history-prerender would write it: the browser
//       tests open it with JavaScript off (a sandboxed iframe) and on.
//   /dist/served-embed.html?<query>
//       What a server answering embed requests sends (renderEmbed), beside
//       dist/cdn, with a recorder of layout shifts, errors and warnings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve('tests/fixtures/ssr');
let ssr;

/** The recorder the fixture pages load too: layout shifts, errors and warnings, frames. */
const RECORDER = '<script src="/tests/fixtures/ssr/recorder.js"></script>';

/** The built package's ssr.js, once; false (with a 500 saying why) when it is not built. */
async function loadSsr(context) {
  try {
    ssr ??= await import('../dist/npm/src/ssr.js');
    return true;
  } catch (error) {
    context.status = 500;
    context.body = `dist/npm/src/ssr.js could not load (run npm run build first): ${error}`;
    return false;
  }
}

export async function ssrPage(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/dist/served-embed.html') {
    if (!(await loadSsr(context))) return undefined;
    context.type = 'html';
    context.body = ssr.renderEmbed(url.search).replace('<head>', `<head>${RECORDER}`);
    return undefined;
  }
  if (!url.pathname.startsWith('/ssr/')) return next();
  const file = resolve(FIXTURES, url.pathname.slice('/ssr/'.length));
  if (!file.startsWith(`${FIXTURES}/`) || !file.endsWith('.html')) {
    context.status = 404;
    return undefined;
  }
  if (!(await loadSsr(context))) return undefined;
  context.type = 'html';
  context.body = ssr.prerender(readFileSync(file, 'utf8')).html;
  return undefined;
}
