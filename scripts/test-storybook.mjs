// Opens every story and every Docs page of Storybook in headless Chromium, as a
// newcomer sent there by the README would, and fails on what they would see
// broken: a page error, an element left empty or still loading, an error box in
// a story that does not say in its name that it shows an error ("Error: …"), or
// a Docs page without its API tables. `storybook build` passing proves none of
// this: the dev server (Vite) serves modules differently from the build.
//
//   node scripts/test-storybook.mjs              Storybook's own dev server (npm test)
//   node scripts/test-storybook.mjs --static DIR a built Storybook (npm run build-storybook)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

/**
 * What each element shows once it is all there, unless it shows an error. The
 * map's land comes from a chunk whose failure the map survives silently (the
 * places stay usable), so only this check notices a basemap that did not load.
 */
const COMPLETE = {
  'cs-timeline': '[part~="event"]',
  'casualty-chart': '[part~="mark"]',
  'treaty-card': '[part~="title"]',
  'cs-map': '[part~="land"][d]:not([d=""])',
};
const staticIndex = process.argv.indexOf('--static');
const staticDir = staticIndex > 0 ? process.argv[staticIndex + 1] : undefined;
const port = Number(process.env.STORYBOOK_TEST_PORT) || 6000 + Math.floor(Math.random() * 900) + 100;
const base = `http://127.0.0.1:${port}`;

/** A plain file server for a built Storybook. */
function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, base).pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}

/** Storybook's dev server; resolves once it answers, with a function that stops it. */
async function startDevServer() {
  const child = spawn('npx', ['storybook', 'dev', '-p', String(port), '--host', '127.0.0.1', '--ci', '--no-open', '--quiet'], {
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`storybook dev exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/index.json`)).ok) return stop;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`storybook dev did not answer within 90 s:\n${output}`);
}

/** What the page shows once every element of ours has finished loading (or 15 s have passed). */
async function inspect(page, complete) {
  await page
    .waitForFunction(
      (complete) => {
        const elements = [...document.querySelectorAll(Object.keys(complete).join(','))];
        return (
          elements.length > 0 &&
          elements.every((element) => {
            const root = element.shadowRoot;
            return (
              root &&
              root.childElementCount > 0 &&
              !root.querySelector('[part~="status"]') &&
              (root.textContent ?? '').trim() !== '' &&
              (root.querySelector('[part~="error"]') || root.querySelector(complete[element.localName]))
            );
          })
        );
      },
      COMPLETE,
      { timeout: 15_000, polling: 100 },
    )
    .catch(() => {});
  return page.evaluate((complete) => {
    const elements = [...document.querySelectorAll(Object.keys(complete).join(','))].map((element) => {
      const root = element.shadowRoot;
      const error = root?.querySelector('[part~="error"]');
      return {
        tag: element.localName,
        complete: Boolean(root?.querySelector(complete[element.localName])),
        story: element.closest('[id^="story--"]')?.id.replace(/^story--/, '').replace(/--primary$/, '').replace(/-inner$/, '') ?? '',
        empty: !root || root.childElementCount === 0 || (root.textContent ?? '').trim() === '',
        loading: Boolean(root?.querySelector('[part~="status"]')),
        error: error ? (error.textContent ?? '').trim().replace(/\s+/g, ' ') : undefined,
      };
    });
    const argTables = [...document.querySelectorAll('table.docblock-argstable')].map((table) => table.querySelectorAll('tbody tr').length);
    const sbError = document.querySelector('.sb-show-errordisplay #error-message, .sb-errordisplay_main')?.textContent?.trim();
    return { elements, argTables, sbError: document.body.classList.contains('sb-show-errordisplay') ? sbError || 'Storybook error display' : undefined };
  }, complete);
}

const stop = staticDir ? await serveStatic(staticDir) : await startDevServer();
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let failures = 0;
let checked = 0;
try {
  const index = await (await fetch(`${base}/index.json`)).json();
  const entries = Object.values(index.entries);
  const errorStories = new Set(entries.filter((entry) => entry.type === 'story' && /^Error\b/.test(entry.name)).map((entry) => entry.id));
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // On its first visits after a fresh install Vite discovers and pre-bundles
  // dependencies (the Docs renderer's among them) and reloads the page, which
  // can 404 a chunk of the discarded bundle once. A reader would see the page
  // after that reload; so does the test: one visit of each kind first, unchecked.
  const warmUp = await context.newPage();
  for (const kind of ['docs', 'story']) {
    const first = entries.find((entry) => entry.type === kind);
    if (first) await warmUp.goto(`${base}/iframe.html?id=${first.id}&viewMode=${kind}`, { waitUntil: 'networkidle', timeout: 90_000 }).catch(() => {});
  }
  await warmUp.close();
  /** Opens one entry and lists what is wrong with it. */
  async function check(entry) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A failed request is reported with its address below.
      if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load', timeout: 60_000 });
    const seen = await inspect(page, COMPLETE);
    await page.close();
    if (seen.sbError) problems.push(`Storybook shows an error: ${seen.sbError.slice(0, 300)}`);
    if (!seen.elements.length) problems.push('no element of ours on the page');
    for (const element of seen.elements) {
      const storyId = entry.type === 'docs' ? element.story : entry.id;
      const where = entry.type === 'docs' && storyId ? ` (story ${storyId})` : '';
      if (element.empty) problems.push(`<${element.tag}>${where} is empty`);
      else if (element.loading) problems.push(`<${element.tag}>${where} is still loading after 15 s`);
      else if (!element.error && !element.complete) problems.push(`<${element.tag}>${where} never showed ${COMPLETE[element.tag]}`);
      if (element.error && !errorStories.has(storyId)) problems.push(`<${element.tag}>${where} shows an error: ${element.error}`);
      if (!element.error && errorStories.has(storyId)) problems.push(`<${element.tag}>${where} is named as an error story but shows no error`);
    }
    const apiRows = seen.argTables.reduce((sum, rows) => sum + rows, 0);
    if (entry.type === 'docs' && apiRows === 0) problems.push('the Docs page has no API table');
    return { problems, apiRows };
  }

  // Two pages at a time (the machine's cores); the report keeps Storybook's order.
  const results = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      results[index] = await check(entries[index]);
    }
  };
  await Promise.all([worker(), worker()]);
  entries.forEach((entry, index) => {
    const { problems, apiRows } = results[index];
    checked += 1;
    const label = `${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.title} › ${entry.name}`;
    if (problems.length) {
      failures += 1;
      console.log(`  ✗ ${label}\n${problems.map((problem) => `      ${problem}`).join('\n')}`);
    } else {
      console.log(`  ✓ ${label}${entry.type === 'docs' ? ` (${apiRows} API rows)` : ''}`);
    }
  });
} finally {
  await browser.close();
  stop();
}
console.log(`Storybook (${staticDir ? 'built' : 'dev server'}): ${checked - failures} of ${checked} pages render their elements${failures ? `, ${failures} broken` : ''}.`);
process.exit(failures ? 1 : 0);
