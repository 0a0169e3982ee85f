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

const RECORDER = `<script>
  window.__ssr = { shifts: [], errors: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__ssr.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('error', (event) => window.__ssr.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.__ssr.errors.push(String(event.reason)));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      window.__ssr.errors.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
</script>`;

export async function ssrPage(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/dist/served-embed.html') {
    try {
      ssr ??= await import('../dist/npm/src/ssr.js');
    } catch (error) {
      context.status = 500;
      context.body = `dist/npm/src/ssr.js could not load (run npm run build first): ${error}`;
      return undefined;
    }
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
