// What a cold page's first picture is made of: `node bench/breakdown.mjs
// [--pages "cs-map|100 inline"] [--runs 3] [--loopback]`. Loads the pages of
// the cold-page benchmark (bench/cold.mjs) under the phone preset with a
// Chrome trace, and splits navigation → first picture into the waits for the
// network (requests and their ends) and the main thread's own work by kind:
// script (compile, evaluation, calls), style and layout, paint (pre-paint,
// paint, layerize, commit), HTML parsing, other. Medians over the runs. The
// cold-page table gives the total; this says where a change can win.
// Reads dist/cdn as it is (run `npm run build` first). See bench/README.md.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { PHONE, PICTURE, coldCases, probe } from './cold.mjs';
import { serve } from './server.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const runs = Number(option('--runs', 3));
const pages = option('--pages', 'cs-map').split('|').map((s) => s.trim());
const network = argv.includes('--loopback') ? null : PHONE;

/** Trace event names → the kind of work they are (self time counts, children apart). */
const KIND = [
  [/^(v8\.|EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.|EventDispatch|MajorGC|MinorGC|v8::|CompileScript|CompileCode|ParseScript)/, 'script'],
  [/^(UpdateLayoutTree|RecalculateStyles|Layout|UpdateLayerTree|ScheduleStyleRecalculation|InvalidateLayout|ParseAuthorStyleSheet)/, 'style+layout'],
  [/^(PrePaint|Paint|Layerize|Commit|CompositeLayers|RasterTask|UpdateLayer|PaintImage|Decode)/, 'paint'],
  [/^ParseHTML/, 'parse HTML'],
];
const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Self time per kind on the renderer's main thread between `from` and `to` (µs → ms). */
function mainThreadWork(events, from, to) {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'navigationStart'));
  const slices = events
    .filter((e) => e.ph === 'X' && thread && e.pid === thread.pid && e.tid === thread.tid && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byKind = {};
  const byName = {};
  // A stack of open slices: a slice's self time is its clipped length minus its children's.
  const stack = [];
  const clip = (e) => Math.max(0, Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts));
  const close = (e) => {
    const self = clip(e) - e.childTime;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') return;
    byKind[kindOf(e.name)] = (byKind[kindOf(e.name)] ?? 0) + self;
    byName[e.name] = (byName[e.name] ?? 0) + self;
  };
  for (const e of slices) {
    const item = { ...e, childTime: 0 };
    while (stack.length && stack.at(-1).ts + (stack.at(-1).dur ?? 0) <= e.ts) close(stack.pop());
    if (stack.length) stack.at(-1).childTime += clip(item);
    stack.push(item);
  }
  while (stack.length) close(stack.pop());
  const ms = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v / 1000]));
  return { byKind: ms(byKind), byName: ms(byName) };
}

const server = await serve(process.cwd(), { gzip: true, mounts: { '/cdn/': resolve('dist/cdn') } });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const cases = coldCases({ sizes: [100] }).filter((c) => pages.some((part) => c.name.includes(part)));
for (const testCase of cases) {
  const path = `/breakdown/${testCase.name.replace(/[^a-z0-9]+/gi, '-')}.html`;
  server.put(path, testCase.html, 'text/html; charset=utf-8');
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 700 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.addInitScript(probe(PICTURE[testCase.picture]));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'loading'] });
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.__cold?.first != null, null, { timeout: 30_000, polling: 50 });
    const { first, requests } = await tab.evaluate(() => ({
      first: window.__cold.first,
      requests: performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd })),
    }));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const nav = events.filter((e) => e.name === 'navigationStart').sort((a, b) => b.ts - a.ts)[0];
    const work = mainThreadWork(events, nav.ts, nav.ts + first * 1000);
    // Between the entry's last byte and the next request it makes (e.g. the reader chunk): what delays that request.
    const before = requests.filter((r) => r.start < first);
    const gap = before.length > 1 ? mainThreadWork(events, nav.ts + before[0].end * 1000, nav.ts + before[1].start * 1000) : undefined;
    samples.push({ first, requests: before, ...work, gap });
    await context.close();
  }
  const kinds = [...new Set(samples.flatMap((s) => Object.keys(s.byKind)))];
  const busy = median(samples.map((s) => Object.values(s.byKind).reduce((a, b) => a + b, 0)));
  console.log(`\n${testCase.name} (${network ? 'phone preset' : 'loopback'}, ${runs} runs): first picture ${median(samples.map((s) => s.first)).toFixed(0)} ms`);
  const mid = samples.sort((a, b) => a.first - b.first)[samples.length >> 1];
  for (const r of mid.requests) console.log(`  request ${r.name.padEnd(28)} ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms`);
  const lastByte = Math.max(0, ...mid.requests.map((r) => r.end));
  console.log(`  after the last response before it: ${(mid.first - lastByte).toFixed(0)} ms (run nearest the median)`);
  console.log(`  main thread busy (median): ${busy.toFixed(0)} ms — ${kinds.map((k) => `${k} ${median(samples.map((s) => s.byKind[k] ?? 0)).toFixed(0)}`).join(', ')}`);
  const names = Object.entries(mid.byName).sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (mid.gap) console.log(`  between ${mid.requests[0].name} and ${mid.requests[1].name}: ${Object.entries(mid.gap.byName).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
  console.log(`  largest (run nearest the median): ${names.map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
}
await browser.close();
server.close();
