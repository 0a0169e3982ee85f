#!/usr/bin/env node
// `npm run bench`: <cs-timeline> against vis-timeline and TimelineJS3 on the
// same synthetic dataset, plus the static-SVG/HTML limit and a long-task check.
// See bench/README.md for what every number means.
//
// Then the cold page (bench/cold.mjs): navigation → first picture over loopback
// and a phone's network, for every element and the timeline against its peers.
//
//   node bench/run.mjs [--runs 7] [--sizes 100,1000,10000] [--libs cs-timeline,vis-timeline,timelinejs]
//                      [--timeout 60] [--no-build] [--no-limits] [--no-longtasks] [--stub] [--out bench-results.json]
//                      [--cold-only | --no-cold] [--cold-runs 5] [--cold-sizes 100,1000] [--cold-baseline DIR | --cold-baseline-ref 9c4fb31 | --no-cold-baseline] [--cold-pages "cs-map|treaty"]
//   BENCH_COLD_ONLY=1 npm run bench      (the cold page alone, about two minutes)
//   BENCH_ONLY="cs-map|100 inline" npm run bench   (the cold page of those pages only)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { events, staticSvg, timelineJsData, visItems } from './dataset.mjs';
import { BASELINE_REF, PHONE, buildBaseline, measureColdPage, reportColdPage } from './cold.mjs';
import { serve } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// ---------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const args = {
    runs: 7,
    sizes: [100, 1000, 10000],
    libs: ['cs-timeline', 'vis-timeline', 'timelinejs'],
    timeoutMs: 60_000,
    build: true,
    limits: true,
    longtasks: true,
    stub: false,
    out: 'bench-results.json',
    cold: true,
    coldOnly: process.env.BENCH_COLD_ONLY === '1',
    coldRuns: 5,
    coldSizes: [100, 1000],
    coldBaseline: null,
    coldBaselineRef: BASELINE_REF,
    // BENCH_ONLY="cs-map|100 inline": the cold page alone, for the pages whose name contains one of the parts.
    coldPages: process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split('|').map((s) => s.trim()) : null,
  };
  if (process.env.BENCH_ONLY) args.coldOnly = true;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--runs':
        args.runs = Math.max(1, Number.parseInt(value(), 10));
        break;
      case '--sizes':
        args.sizes = value().split(',').map((s) => Number.parseInt(s.replace(/[_\s]/g, ''), 10));
        break;
      case '--libs':
        args.libs = value().split(',').map((s) => s.trim());
        break;
      case '--timeout':
        args.timeoutMs = Number(value()) * 1000;
        break;
      case '--no-build':
        args.build = false;
        break;
      case '--no-limits':
        args.limits = false;
        break;
      case '--no-longtasks':
        args.longtasks = false;
        break;
      case '--stub':
        args.stub = true;
        break;
      case '--out':
        args.out = value();
        break;
      case '--cold-only':
        args.coldOnly = true;
        break;
      case '--no-cold':
        args.cold = false;
        break;
      case '--cold-runs':
        args.coldRuns = Math.max(1, Number.parseInt(value(), 10));
        break;
      case '--cold-sizes':
        args.coldSizes = value().split(',').map((s) => Number.parseInt(s.replace(/[_\s]/g, ''), 10));
        break;
      case '--cold-baseline':
        args.coldBaseline = resolve(value());
        break;
      case '--cold-baseline-ref':
        args.coldBaselineRef = value();
        break;
      case '--no-cold-baseline':
        args.coldBaselineRef = null;
        break;
      case '--cold-pages':
        args.coldPages = value().split('|').map((s) => s.trim());
        break;
      case '--help':
      case '-h':
        console.log('node bench/run.mjs [--runs N] [--sizes 100,1000,10000] [--libs cs-timeline,vis-timeline,timelinejs] [--timeout seconds] [--no-build] [--no-limits] [--no-longtasks] [--stub] [--out file] [--cold-only | --no-cold] [--cold-runs N] [--cold-sizes 100,1000] [--cold-baseline DIR | --cold-baseline-ref REF | --no-cold-baseline] [--cold-pages "name|name"]');
        process.exit(0);
        break;
      default:
        console.error(`Unknown option ${argv[i]} (try --help)`);
        process.exit(2);
    }
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('--sizes takes positive integers, e.g. --sizes 100,1000');
    process.exit(2);
  }
  const known = ['cs-timeline', 'vis-timeline', 'timelinejs'];
  const unknown = args.libs.filter((lib) => !known.includes(lib));
  if (unknown.length) {
    console.error(`Unknown --libs ${unknown.join(', ')}; choose from ${known.join(', ')}`);
    process.exit(2);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const log = (...parts) => console.log(...parts);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------------------
// The build: dist/cdn/<tag>.js must be newer than every file it is built from.

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** What each element needs to be benchmarked: { available, script, note }. */
function ensureBuild() {
  const tags = ['cs-timeline', 'casualty-chart', 'treaty-card'];
  const defined = Object.fromEntries(tags.map((tag) => [tag, existsSync(`src/define/${tag}.ts`)]));
  const sourceTime = Math.max(newestMtime('src'), newestMtime('data'), newestMtime('rollup.config.mjs'), newestMtime('tsconfig.build.json'));
  const stale = tags.filter((tag) => defined[tag] && (!existsSync(`dist/cdn/${tag}.js`) || statSync(`dist/cdn/${tag}.js`).mtimeMs < sourceTime));
  let buildError;
  if (stale.length && args.build) {
    log(`Building (dist/cdn is missing or older than src/ for ${stale.join(', ')}): npm run build …`);
    try {
      execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 300_000 });
      log('Build done.');
    } catch (error) {
      buildError = `npm run build failed: ${(error.stderr || error.stdout || error.message).trim().split('\n').slice(-15).join('\n')}`;
      log(buildError);
    }
  } else if (stale.length) {
    log(`Note: --no-build, and dist/cdn is older than src/ for ${stale.join(', ')}.`);
  }
  const status = {};
  for (const tag of tags) {
    if (tag === 'cs-timeline' && args.stub) {
      status[tag] = { available: true, script: '/bench/stub/cs-timeline.js', note: 'STUB (bench/stub/cs-timeline.js), not the real element' };
    } else if (!defined[tag]) {
      status[tag] = { available: false, note: `src/define/${tag}.ts does not exist yet` };
    } else if (buildError) {
      status[tag] = { available: false, note: buildError.split('\n')[0] };
    } else if (!existsSync(`dist/cdn/${tag}.js`)) {
      status[tag] = { available: false, note: `dist/cdn/${tag}.js is missing after the build` };
    } else {
      status[tag] = { available: true, script: `/dist/cdn/${tag}.js` };
    }
  }
  return status;
}

// ---------------------------------------------------------------------------
// Browser

const BENCH_ARGS = [
  ...CHROME_ARGS,
  // performance.memory in bytes, not in coarse buckets:
  '--enable-precise-memory-info',
  // rAF as soon as a frame can be produced, not on a 60 Hz grid, so a
  // 3 ms zoom is not reported as "up to 16.7 ms":
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
];
const VIEWPORT = { width: 1100, height: 700 };

let browser;
async function launch() {
  browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: BENCH_ARGS });
}

class Timeout extends Error {}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** Closes a context; a renderer stuck in a long task can make that hang, then the browser goes. */
async function dispose(context) {
  try {
    await withTimeout(context.close(), 10_000, 'closing the page');
  } catch {
    log('  (the page did not close: restarting the browser)');
    const old = browser;
    await launch();
    old.close().catch(() => {});
  }
}

let server;

/**
 * One fresh page: load the harness and the library, then `body(page, cdp)`.
 * The context is always closed, whatever happens.
 */
async function withPage(setupOptions, body, { timeoutMs = args.timeoutMs } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const offsite = new Set();
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) offsite.add(request.url());
  });
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(String(error.message ?? error)));
  try {
    await page.goto(`${server.origin}/bench/pages/harness.html`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await withTimeout(
      page.evaluate((o) => window.bench.setup(o), setupOptions),
      60_000,
      'loading the library',
    );
    await gc(cdp);
    const result = await withTimeout(body(page, cdp), timeoutMs + 60_000, 'the run');
    if (offsite.size) result.offsite = [...offsite];
    return result;
  } catch (error) {
    if (consoleErrors.length) error.message += ` (page errors: ${consoleErrors.slice(0, 3).join(' | ')})`;
    throw error;
  } finally {
    await dispose(context);
  }
}

async function gc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

async function heapMB(page, cdp) {
  await gc(cdp);
  const bytes = await page.evaluate(() => performance.memory.usedJSHeapSize);
  return bytes / 1024 / 1024;
}

// ---------------------------------------------------------------------------
// Data documents, served from memory

const datasets = new Map();
function dataUrl(lib, size) {
  const path = `/bench-data/${lib}-${size}.json`;
  if (!datasets.has(path)) {
    const doc = events(size);
    const body = lib === 'vis-timeline' ? visItems(doc) : lib === 'timelinejs' ? timelineJsData(doc) : doc;
    server.put(path, JSON.stringify(body));
    datasets.set(path, true);
  }
  return path;
}

function setupFor(lib, size, status) {
  const common = { dataUrl: dataUrl(lib, size) };
  if (lib === 'cs-timeline') return { ...common, adapter: 'cs-timeline', script: status['cs-timeline'].script };
  if (lib === 'vis-timeline') {
    return {
      ...common,
      adapter: 'vis-timeline',
      script: '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
      css: '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    };
  }
  return {
    ...common,
    adapter: 'timelinejs',
    script: '/node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
    css: '/node_modules/@knight-lab/timelinejs/dist/css/timeline.css',
    scriptPath: `${server.origin}/node_modules/@knight-lab/timelinejs/dist/js/`,
  };
}

// ---------------------------------------------------------------------------
// Measurements

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One run: fresh page → first render → heap after GC → one zoom step. */
async function runOnce(lib, size, status, { geometry = false } = {}) {
  return withPage(setupFor(lib, size, status), async (page, cdp) => {
    const render = await page.evaluate((t) => window.bench.render(t), args.timeoutMs);
    const heap = await heapMB(page, cdp);
    // Where the marks are after the first render (the static-SVG limit draws the same).
    const marks = geometry ? await page.evaluate(() => window.bench.markGeometry()) : undefined;
    const zoom = await page.evaluate(() => window.bench.zoom());
    return { render, heap, zoom, marks };
  });
}

const results = [];
const notes = [];

async function measureTimelines(status) {
  const cells = new Map(); // `${lib}@${size}` → state
  const libs = args.libs.filter((lib) => lib !== 'cs-timeline' || status['cs-timeline'].available);
  if (args.libs.includes('cs-timeline') && !status['cs-timeline'].available) {
    notes.push(`cs-timeline not measured: ${status['cs-timeline'].note}.`);
    for (const size of args.sizes) results.push({ library: 'cs-timeline', events: size, firstRenderMs: null, zoomMs: null, heapMB: null, note: status['cs-timeline'].note });
  }
  let geometry;
  for (const size of [...args.sizes].sort((a, b) => a - b)) {
    for (const lib of libs) {
      const timedOutBefore = [...cells.values()].find((cell) => cell.lib === lib && cell.timedOut);
      cells.set(`${lib}@${size}`, { lib, size, renders: [], zooms: [], settled: [], heaps: [], marks: [], visible: [], individual: [], titled: [], methods: new Set(), unchanged: 0, errors: [], timedOut: timedOutBefore ? `not run: timed out at ${timedOutBefore.size.toLocaleString('en')} events` : undefined });
    }
    // Runs interleave the libraries, so drift in the machine's state hits all alike.
    for (let run = 0; run < args.runs; run++) {
      for (const lib of libs) {
        const cell = cells.get(`${lib}@${size}`);
        if (cell.timedOut || cell.errors.length >= 2) continue;
        const t = Date.now();
        try {
          const wantGeometry = lib === 'cs-timeline' && size === 100 && !geometry;
          const { render, heap, zoom, marks, offsite } = await runOnce(lib, size, status, { geometry: wantGeometry });
          if (wantGeometry) geometry = marks;
          cell.renders.push(render.ms);
          cell.marks.push(render.marks);
          cell.visible.push(render.visibleMarks);
          if (render.individual !== null && render.individual !== undefined) {
            cell.individual.push(render.individual);
            cell.titled.push(render.titled);
          }
          cell.heaps.push(heap);
          cell.zooms.push(zoom.ms);
          if (zoom.settledMs !== null) cell.settled.push(zoom.settledMs);
          cell.methods.add(zoom.method);
          if (!zoom.changed) cell.unchanged += 1;
          if (offsite) cell.offsite = offsite;
          process.stdout.write(
            `  [${elapsed()}] ${lib.padEnd(12)} ${String(size).padStart(6)} events  run ${run + 1}/${args.runs}: render ${render.ms.toFixed(1)} ms, zoom ${zoom.ms.toFixed(1)} ms (settled ${zoom.settledMs?.toFixed(0) ?? '—'} ms)${zoom.changed ? '' : ' (view unchanged!)'}, heap ${heap.toFixed(1)} MB (${((Date.now() - t) / 1000).toFixed(1)} s)\n`,
          );
        } catch (error) {
          const message = String(error.message ?? error).split('\n')[0];
          if (error instanceof Timeout || /timeout/i.test(message)) {
            cell.timedOut = `timed out: no complete render within ${args.timeoutMs / 1000} s (${message})`;
            log(`  [${elapsed()}] ${lib.padEnd(12)} ${String(size).padStart(6)} events  run ${run + 1}: TIMEOUT — ${message}`);
          } else {
            cell.errors.push(message);
            log(`  [${elapsed()}] ${lib.padEnd(12)} ${String(size).padStart(6)} events  run ${run + 1}: ERROR — ${message}`);
          }
        }
      }
    }
    for (const lib of libs) {
      const cell = cells.get(`${lib}@${size}`);
      const ok = cell.renders.length > 0 && !cell.timedOut;
      const note = [
        lib === 'cs-timeline' && status['cs-timeline'].note,
        cell.timedOut,
        cell.errors.length && `errors: ${cell.errors.join(' | ')}`,
        cell.unchanged && `zoom left the view unchanged in ${cell.unchanged} of ${cell.zooms.length} runs`,
        cell.offsite && `requested off-site URLs: ${cell.offsite.slice(0, 3).join(', ')}`,
      ]
        .filter(Boolean)
        .join('; ');
      results.push({
        library: lib,
        events: size,
        firstRenderMs: ok ? round(median(cell.renders)) : null,
        zoomMs: ok ? round(median(cell.zooms)) : null,
        zoomSettledMs: ok ? round(median(cell.settled)) : null,
        heapMB: ok ? round(median(cell.heaps), 2) : null,
        runs: cell.renders.length,
        marks: ok ? median(cell.marks) : null,
        visibleMarks: ok ? median(cell.visible) : null,
        individualEvents: ok && cell.individual.length ? median(cell.individual) : null,
        titledEvents: ok && cell.titled.length ? median(cell.titled) : null,
        zoomMethod: [...cell.methods].join(', ') || null,
        zoomChanged: cell.zooms.length ? cell.unchanged === 0 : null,
        samples: { firstRenderMs: cell.renders.map((v) => round(v)), zoomMs: cell.zooms.map((v) => round(v)), zoomSettledMs: cell.settled.map((v) => round(v)), heapMB: cell.heaps.map((v) => round(v, 2)) },
        ...(note ? { note } : {}),
        ...(cell.timedOut ? { timeout: true } : {}),
      });
    }
  }
  return geometry;
}

const round = (value, digits = 1) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** Static limit vs. an element: N runs of each, medians. */
async function measurePair(name, elementSetup, staticSetupFrom) {
  const element = { renders: [], heaps: [], marks: [] };
  const limit = { renders: [], heaps: [], marks: [] };
  let staticSetup;
  for (let run = 0; run < args.runs; run++) {
    const a = await withPage(elementSetup, async (page, cdp) => {
      const render = await page.evaluate((t) => window.bench.render(t), args.timeoutMs);
      const heap = await heapMB(page, cdp);
      const snapshot = staticSetup ? undefined : await page.evaluate(() => window.bench.snapshot());
      return { render, heap, snapshot };
    });
    element.renders.push(a.render.ms);
    element.heaps.push(a.heap);
    element.marks.push(a.render.marks);
    staticSetup ??= staticSetupFrom(a.snapshot);
    const b = await withPage(staticSetup, async (page, cdp) => {
      const render = await page.evaluate((t) => window.bench.render(t), args.timeoutMs);
      return { render, heap: await heapMB(page, cdp) };
    });
    limit.renders.push(b.render.ms);
    limit.heaps.push(b.heap);
    limit.marks.push(b.render.marks);
    process.stdout.write(`  [${elapsed()}] ${name}: run ${run + 1}/${args.runs}: element ${a.render.ms.toFixed(1)} ms, static ${b.render.ms.toFixed(1)} ms\n`);
  }
  return {
    element: { firstRenderMs: round(median(element.renders)), heapMB: round(median(element.heaps), 2), marks: median(element.marks), samples: element.renders.map((v) => round(v)) },
    limit: { firstRenderMs: round(median(limit.renders)), heapMB: round(median(limit.heaps), 2), marks: median(limit.marks), samples: limit.renders.map((v) => round(v)) },
  };
}

const limits = [];

async function measureLimits(status, geometry) {
  // 1. The timeline at 100 events against a prebuilt SVG of the same marks.
  if (status['cs-timeline'].available) {
    const doc = events(100);
    const svg = staticSvg(doc, { marks: geometry?.length ? geometry : undefined });
    server.put('/bench-data/static-svg-100.svg', svg, 'image/svg+xml');
    const ours = results.find((r) => r.library === 'cs-timeline' && r.events === 100);
    const runs = { renders: [], heaps: [], marks: [] };
    for (let run = 0; run < args.runs; run++) {
      const b = await withPage({ adapter: 'static-svg', dataUrl: '/bench-data/static-svg-100.svg' }, async (page, cdp) => {
        const render = await page.evaluate((t) => window.bench.render(t), args.timeoutMs);
        return { render, heap: await heapMB(page, cdp) };
      });
      runs.renders.push(b.render.ms);
      runs.heaps.push(b.heap);
      runs.marks.push(b.render.marks);
    }
    const limit = { firstRenderMs: round(median(runs.renders)), heapMB: round(median(runs.heaps), 2), marks: median(runs.marks), samples: runs.renders.map((v) => round(v)) };
    log(`  [${elapsed()}] static SVG, ${limit.marks} marks: ${limit.firstRenderMs} ms`);
    // Without a 100-event cs-timeline row from this run (--sizes without 100), measure one.
    let oursRender = ours?.firstRenderMs ?? null;
    if (oursRender === null && !(ours && ours.timeout)) {
      const own = [];
      for (let run = 0; run < args.runs; run++) own.push((await runOnce('cs-timeline', 100, status)).render.ms);
      oursRender = round(median(own));
    }
    limits.push({
      element: 'cs-timeline',
      what: `100 events vs one prebuilt <svg> string with a <circle> + <text> per visible mark (${limit.marks} marks${geometry?.length ? ', at the positions cs-timeline drew them' : ', date-positioned'})`,
      elementMs: oursRender,
      limitMs: limit.firstRenderMs,
      ratio: oursRender && limit.firstRenderMs ? round(oursRender / limit.firstRenderMs, 2) : null,
      target: 2,
    });
    results.push({ library: 'static-svg', events: 100, firstRenderMs: limit.firstRenderMs, zoomMs: null, heapMB: limit.heapMB, runs: args.runs, marks: limit.marks, samples: { firstRenderMs: limit.samples }, note: 'physical limit: prebuilt SVG string inserted with innerHTML (no zoom)' });
  }

  // 2. Our other elements against a static copy of what they render.
  const others = [
    { tag: 'casualty-chart', attributes: { battle: 'all' }, ready: ['[part~="mark"]'] },
    { tag: 'treaty-card', attributes: { treaty: '1943' }, ready: ['[part~="title"]', '[part~="duration"]'] },
  ];
  for (const { tag, attributes, ready } of others) {
    const label = `<${tag} ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')}>`;
    if (!status[tag].available) {
      limits.push({ element: tag, what: label, elementMs: null, limitMs: null, ratio: null, note: status[tag].note });
      continue;
    }
    try {
      const pair = await measurePair(label, { adapter: 'element', tag, attributes, ready, script: status[tag].script }, (snapshot) => {
        server.put(`/bench-data/snapshot-${tag}.html`, snapshot.html, 'text/html; charset=utf-8');
        return { adapter: 'snapshot', ready, dataUrl: `/bench-data/snapshot-${tag}.html` };
      });
      limits.push({
        element: tag,
        what: `${label} vs its own rendered shadow DOM + styles as one static HTML string (${pair.limit.marks} marks)`,
        elementMs: pair.element.firstRenderMs,
        limitMs: pair.limit.firstRenderMs,
        ratio: pair.element.firstRenderMs && pair.limit.firstRenderMs ? round(pair.element.firstRenderMs / pair.limit.firstRenderMs, 2) : null,
      });
      results.push({ library: tag, events: null, firstRenderMs: pair.element.firstRenderMs, zoomMs: null, heapMB: pair.element.heapMB, runs: args.runs, marks: pair.element.marks, samples: { firstRenderMs: pair.element.samples }, note: label });
      results.push({ library: `static-html:${tag}`, events: null, firstRenderMs: pair.limit.firstRenderMs, zoomMs: null, heapMB: pair.limit.heapMB, runs: args.runs, marks: pair.limit.marks, samples: { firstRenderMs: pair.limit.samples }, note: `static limit for ${label}` });
    } catch (error) {
      limits.push({ element: tag, what: label, elementMs: null, limitMs: null, ratio: null, note: `failed: ${String(error.message ?? error).split('\n')[0]}` });
    }
  }
}

/**
 * Main-thread tasks of the page's renderer in a Chrome trace: { wall, cpu } in
 * ms (cpu: the thread's own time, which other processes on a busy machine do
 * not inflate; null when the trace has no thread times).
 */
function traceTasks(buffer) {
  const trace = JSON.parse(buffer.toString('utf8'));
  const list = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(list.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of list) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push({ wall: e.dur / 1000, cpu: typeof e.tdur === 'number' ? e.tdur / 1000 : null });
  }
  // The busiest renderer main thread is the page's.
  const total = (tasks) => tasks.reduce((sum, task) => sum + task.wall, 0);
  let tasks = [];
  for (const list of byThread.values()) if (total(list) > total(tasks)) tasks = list;
  return tasks;
}

let longTaskResult;
async function measureLongTasks(status) {
  if (!status['cs-timeline'].available) {
    longTaskResult = { note: status['cs-timeline'].note };
    return;
  }
  const size = 10000;
  const rounds = 3;
  const all = { times: [], longTasks: [], maxTraceTask: 0, maxTraceTaskCpu: 0, changes: 0, steps: 0, method: null, errors: [] };
  for (let round = 0; round < rounds; round++) {
    try {
      const r = await withPage(setupFor('cs-timeline', size, status), async (page) => {
        await page.evaluate((t) => window.bench.render(t), args.timeoutMs);
        let trace = null;
        try {
          await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'] });
          trace = true;
        } catch {
          trace = null;
        }
        const series = await page.evaluate(() => window.bench.zoomSeries(10));
        if (trace) {
          const tasks = traceTasks(await browser.stopTracing());
          series.maxTraceTask = tasks.length ? Math.max(...tasks.map((t) => t.wall)) : null;
          const cpu = tasks.map((t) => t.cpu).filter((v) => v !== null);
          series.maxTraceTaskCpu = cpu.length ? Math.max(...cpu) : null;
        }
        return series;
      });
      all.times.push(...r.times);
      all.longTasks.push(...r.longTasks);
      all.changes += r.changes;
      all.steps += r.times.length;
      all.method = r.method;
      if (typeof r.maxTraceTask === 'number') all.maxTraceTask = Math.max(all.maxTraceTask, r.maxTraceTask);
      if (typeof r.maxTraceTaskCpu === 'number') all.maxTraceTaskCpu = Math.max(all.maxTraceTaskCpu, r.maxTraceTaskCpu);
      log(`  [${elapsed()}] cs-timeline 10,000 events, 10 zoom steps (${round + 1}/${rounds}): steps ${r.times.map((t) => t.toFixed(1)).join(' ')} ms; long tasks ${r.longTasks.length ? r.longTasks.join(', ') + ' ms' : 'none'}; longest task ${r.maxTraceTask?.toFixed(1) ?? '?'} ms (longest on-CPU ${r.maxTraceTaskCpu?.toFixed(1) ?? '?'} ms)`);
    } catch (error) {
      all.errors.push(String(error.message ?? error).split('\n')[0]);
      log(`  [${elapsed()}] long-task check failed: ${all.errors.at(-1)}`);
    }
  }
  longTaskResult = {
    steps: all.steps,
    stepMedianMs: round(median(all.times)),
    stepMaxMs: all.times.length ? round(Math.max(...all.times)) : null,
    longTaskCount: all.longTasks.length,
    maxLongTaskMs: all.longTasks.length ? Math.max(...all.longTasks) : 0,
    maxTaskMs: all.maxTraceTask ? round(all.maxTraceTask) : null,
    maxTaskCpuMs: all.maxTraceTaskCpu ? round(all.maxTraceTaskCpu) : null,
    stepsThatChangedView: all.changes,
    method: all.method,
    errors: all.errors,
  };
  const row = results.find((r) => r.library === 'cs-timeline' && r.events === size);
  if (row) row.zoomSeries = longTaskResult;
}

// ---------------------------------------------------------------------------
// Report

const fmtMs = (v) => (v === null || v === undefined ? '—' : `${v < 10 ? v.toFixed(1) : v < 1000 ? v.toFixed(0) : v.toLocaleString('en', { maximumFractionDigits: 0 })} ms`);
const fmtMB = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} MB`);
const fmtX = (v) => (v === null || v === undefined ? '—' : `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}×`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => r.map((c, i) => (i === 0 || i === 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ') + (ri === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

/** peer / ours, with a peer timeout as a lower bound. */
function ratio(peer, ours, field) {
  if (!ours || ours[field] === null || ours[field] === undefined) return { value: null, text: '—' };
  if (peer.timeout) {
    // A render that timed out bounds the render ratio from below; it says nothing about zooming.
    if (field !== 'firstRenderMs') return { value: null, text: '— (peer timed out)' };
    return { value: args.timeoutMs / ours[field], text: `> ${fmtX(args.timeoutMs / ours[field])} (peer timed out)`, lowerBound: true };
  }
  if (peer[field] === null || peer[field] === undefined) return { value: null, text: '—' };
  const value = peer[field] / ours[field];
  return { value, text: fmtX(value) };
}

function report(status, coldVerdicts = []) {
  const verdicts = [];
  const verdict = (pass, text) => verdicts.push(`${pass === null ? 'n/a ' : pass ? 'PASS' : 'FAIL'}  ${text}`);

  if (!args.coldOnly) {
    log('\nFirst render, one zoom step, JS heap after render — medians of', args.runs, 'runs (fresh page each)\n');
    const rows = [['events', 'library', 'first render', 'zoom step', 'zoom settled', 'heap', 'marks (visible)', 'single events (whole titles)', 'peer ÷ ours: render', 'zoom', 'heap']];
    for (const size of [...args.sizes].sort((a, b) => a - b)) {
      const ours = results.find((r) => r.library === 'cs-timeline' && r.events === size);
      for (const lib of args.libs) {
        const r = results.find((x) => x.library === lib && x.events === size);
        if (!r) continue;
        const isOurs = lib === 'cs-timeline';
        const timedOut = r.timeout ? 'timeout' : null;
        rows.push([
          size.toLocaleString('en'),
          lib + (isOurs && args.stub ? ' (STUB)' : ''),
          timedOut ?? fmtMs(r.firstRenderMs),
          timedOut ?? fmtMs(r.zoomMs),
          timedOut ?? fmtMs(r.zoomSettledMs),
          timedOut ?? fmtMB(r.heapMB),
          r.marks === null || r.marks === undefined ? '—' : `${r.marks} (${r.visibleMarks})`,
          r.individualEvents === null || r.individualEvents === undefined ? '—' : `${r.individualEvents} (${r.titledEvents})`,
          isOurs ? '' : ratio(r, ours, 'firstRenderMs').text,
          isOurs ? '' : ratio(r, ours, 'zoomMs').text,
          isOurs || r.timeout ? '' : ratio(r, ours, 'heapMB').text,
        ]);
      }
    }
    log(table(rows));
    const noted = results.filter((r) => r.note && args.libs.includes(r.library));
    if (noted.length) {
      log('\nNotes:');
      for (const r of noted) log(`  ${r.library} @ ${r.events}: ${r.note}`);
    }
    const methods = new Set(results.filter((r) => r.library === 'cs-timeline' && r.zoomMethod).map((r) => r.zoomMethod));
    if (methods.size) log(`  cs-timeline zoom step triggered by: ${[...methods].join('; ')}`);

    // Targets
    for (const size of [...args.sizes].sort((a, b) => a - b)) {
      const ours = results.find((r) => r.library === 'cs-timeline' && r.events === size);
      for (const lib of args.libs.filter((l) => l !== 'cs-timeline')) {
        const peer = results.find((r) => r.library === lib && r.events === size);
        if (!peer) continue;
        for (const [field, what] of [
          ['firstRenderMs', 'first render'],
          ['zoomMs', 'zoom step'],
        ]) {
          const r = ratio(peer, ours, field);
          const invalid = field === 'zoomMs' && ours && ours.zoomChanged === false;
          if (r.value === null) verdict(null, `≥ 3× faster than ${lib} at ${size.toLocaleString('en')} events (${what}): not measured${peer.timeout ? ' (the peer timed out)' : ''}`);
          else if (r.lowerBound && r.value < 3) verdict(null, `≥ 3× faster than ${lib} at ${size.toLocaleString('en')} events (${what}): inconclusive, the peer timed out, which only shows ${r.text}`);
          else verdict(r.value >= 3 && !invalid, `≥ 3× faster than ${lib} at ${size.toLocaleString('en')} events (${what}): ${r.text}${invalid ? ' — but the zoom did not change the view' : ''}`);
        }
      }
    }
    const big = results.find((r) => r.library === 'cs-timeline' && r.events === 10000);
    if (big && big.firstRenderMs !== null) verdict(big.firstRenderMs < 250, `first render at 10,000 events < 250 ms: ${fmtMs(big.firstRenderMs)}`);
    else verdict(null, `first render at 10,000 events < 250 ms: ${big?.timeout ? 'timed out' : 'not measured'}`);
    if (big && big.zoomMs !== null) verdict(big.zoomMs < 16 && big.zoomChanged !== false, `zoom step at 10,000 events < 16 ms: ${fmtMs(big.zoomMs)}${big.zoomChanged === false ? ' (the view did not change!)' : ''}`);
    else verdict(null, 'zoom step at 10,000 events < 16 ms: not measured');
    if (longTaskResult && longTaskResult.steps) {
      const max = Math.max(longTaskResult.maxLongTaskMs ?? 0, longTaskResult.maxTaskMs ?? 0);
      verdict(
        longTaskResult.longTaskCount === 0 && max <= 50,
        `no task over 50 ms during 10 zoom steps at 10,000 events: ${longTaskResult.longTaskCount} long task(s), longest task ${fmtMs(longTaskResult.maxTaskMs ?? longTaskResult.maxLongTaskMs)}${longTaskResult.maxTaskMs === null ? ' (longtask observer only)' : ''}${longTaskResult.maxTaskCpuMs ? `, longest on-CPU time of a task ${fmtMs(longTaskResult.maxTaskCpuMs)}` : ''} (steps: median ${fmtMs(longTaskResult.stepMedianMs)}, max ${fmtMs(longTaskResult.stepMaxMs)}; ${longTaskResult.stepsThatChangedView}/${longTaskResult.steps} changed the view)`,
      );
    } else verdict(null, `no task over 50 ms while zooming at 10,000 events: ${longTaskResult?.note ?? (args.longtasks ? 'not measured' : 'skipped (--no-longtasks)')}`);

    if (limits.length) {
      log('\nStatic limit (first render: element ÷ the same marks as static markup)\n');
      const rowsL = [['element', 'what', 'element', 'static', 'ratio']];
      for (const l of limits) rowsL.push([l.element, l.what, fmtMs(l.elementMs), fmtMs(l.limitMs), l.ratio === null ? l.note ?? '—' : fmtX(l.ratio)]);
      log(table(rowsL));
      const tl = limits.find((l) => l.element === 'cs-timeline');
      if (tl?.ratio !== null && tl?.ratio !== undefined) verdict(tl.ratio <= 2, `within 2× of the static-SVG limit at 100 events: ${fmtX(tl.ratio)} (${fmtMs(tl.elementMs)} vs ${fmtMs(tl.limitMs)})`);
      else verdict(null, 'within 2× of the static-SVG limit at 100 events: not measured');
    } else if (!args.limits) verdict(null, 'within 2× of the static-SVG limit: skipped (--no-limits)');
  }
  verdicts.push(...coldVerdicts);

  log('\nTargets');
  for (const line of verdicts) log(`  ${line}`);
  if (args.stub) log('\n  NOTE: cs-timeline was the STUB (bench/stub/cs-timeline.js); these verdicts say nothing about the real element.');
  for (const note of notes) log(`  NOTE: ${note}`);
  const failed = verdicts.filter((v) => v.startsWith('FAIL')).length;
  const passed = verdicts.filter((v) => v.startsWith('PASS')).length;
  const na = verdicts.filter((v) => v.startsWith('n/a')).length;
  log(`\n${passed} targets passed, ${failed} failed${na ? `, ${na} not measured` : ''}.`);
  void status;
}

// ---------------------------------------------------------------------------

const status = ensureBuild();
server = await serve(ROOT);
await launch();
log(`Chromium ${browser.version()}, ${args.coldOnly ? `cold page only, ${args.coldRuns} runs` : `${args.runs} runs, sizes ${args.sizes.join(', ')}, timeout ${args.timeoutMs / 1000} s`}, serving ${server.origin}`);
const cores = availableParallelism();
const loadNote = () => `load average ${loadavg()[0].toFixed(1)} on ${cores} cores`;
log(`  ${loadNote()}${loadavg()[0] > cores ? ' — the machine is busy: other processes compete with the browser, expect noisy numbers' : ''}`);
for (const [tag, s] of Object.entries(status)) if (!s.available || s.note) log(`  <${tag}>: ${s.available ? 'available' : 'unavailable'}${s.note ? ` — ${s.note}` : ''}`);

/** The cold page, on its own gzip server: the build under test at /cdn, a baseline at /cdn-baseline. */
async function coldPage() {
  if (!existsSync('dist/cdn/cs-timeline.js')) return { results: [], verdicts: ['n/a   cold page: dist/cdn is missing (the build failed?)'] };
  const mounts = { '/cdn/': resolve('dist/cdn') };
  const builds = { current: '/cdn' };
  let baseline = args.coldBaseline;
  if (!baseline && args.coldBaselineRef) {
    try {
      baseline = buildBaseline(args.coldBaselineRef, log);
    } catch (error) {
      log(`  (no baseline build from ${args.coldBaselineRef}: ${String(error.stderr || error.message).trim().split('\n')[0]})`);
    }
  }
  if (baseline) {
    mounts['/cdn-baseline/'] = baseline;
    builds.baseline = '/cdn-baseline';
  }
  const gzipServer = await serve(ROOT, { gzip: true, mounts });
  try {
    log(`\nCold page (${args.coldRuns} runs, loopback then phone preset${baseline ? `; baseline build ${baseline}` : ''})`);
    const results = await measureColdPage({
      browser,
      server: gzipServer,
      builds,
      runs: args.coldRuns,
      sizes: args.coldSizes,
      pages: args.coldPages,
      log,
      conditions: { loopback: null, phone: PHONE },
    });
    return { results, verdicts: reportColdPage(results, { log, table, builds }) };
  } finally {
    await gzipServer.close();
  }
}

try {
  const out = { results, cold: [] };
  if (!args.coldOnly) {
    const floors = [];
    for (let i = 0; i < 3; i++) floors.push(await withPage({ adapter: 'static-svg' }, (page) => page.evaluate(() => window.bench.frameFloor())));
    log(`  frame floor (insert nothing, two rAF): ${median(floors).toFixed(1)} ms`);
    const geometry = await measureTimelines(status);
    if (args.longtasks && args.libs.includes('cs-timeline')) {
      log('\nLong tasks while zooming (cs-timeline, 10,000 events)');
      await measureLongTasks(status);
    }
    if (args.limits) {
      log('\nStatic limits');
      await measureLimits(status, geometry);
    }
  }
  let cold = { results: [], verdicts: [] };
  if (args.cold || args.coldOnly) cold = await coldPage();
  out.cold = cold.results;
  writeFileSync(args.out, `${JSON.stringify(args.coldOnly ? { cold: cold.results } : { results, cold: cold.results }, null, 2)}\n`);
  report(status, cold.verdicts);
  log(`\nWrote ${args.out} (${results.length} rows, ${cold.results.length} cold-page rows) in ${elapsed()}; ${loadNote()} at the end.`);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
