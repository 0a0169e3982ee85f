// The cold page: a reader opens a page that holds one of our elements (or a
// peer timeline) with nothing cached, over loopback and over a phone's
// network (Chromium's network emulation: 150 ms round trip, 1.6 Mbps down,
// 750 kbps up; every response gzip-compressed as a CDN sends it). Measured:
// navigation start → the frame that paints the first picture, and the
// requests the page made before it. The warm benchmark (run.mjs) times
// insertion → paint with everything loaded; this one counts the request
// chain, where a page on a phone spends most of its wait.
// See bench/README.md ("Cold page") for the method.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shuffler } from 'd3-array';
import { events, timelineJsData, visItems } from './dataset.mjs';

/**
 * "Today" in issue 26's words: the last commit before the one-request
 * entries. The loopback target compares with this build, made from git.
 */
export const BASELINE_REF = '9c4fb31';

/**
 * Builds `dist/cdn` of an older commit for the side-by-side comparison:
 * `git archive` of `ref` into node_modules/.cache, this checkout's
 * node_modules linked in, then that commit's own rollup config. Reused on
 * later runs. Returns the folder, or throws (e.g. a shallow clone without
 * that commit).
 */
export function buildBaseline(ref, log) {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const dir = resolve('node_modules/.cache/cs-bench-baseline', commit);
  const cdn = join(dir, 'dist/cdn');
  if (existsSync(join(cdn, 'cs-timeline.js'))) return cdn;
  log(`Building the baseline (${commit}) for the cold page in ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`], { stdio: ['ignore', 'pipe', 'pipe'] });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  return cdn;
}

/** Chromium's network emulation of a phone (Lighthouse's mobile preset). */
export const PHONE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** The targets of issue 26 (phone preset). */
export const TARGETS = { firstPictureMs: 650, requests: 3, peerRatio: 1.4 };

const VIEWPORT = { width: 1100, height: 700 };

/** A JSON text safe inside <script>…</script>. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const page = ({ title, head = '', body }) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 1100px; height: 600px; }</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;

/**
 * What "the first picture" is, per page: a function run in the page after
 * every frame; the first picture is painted in the frame after it first
 * returns true. Marks only (not their final layout): the earliest moment a
 * reader sees the thing they came for.
 */
export const PICTURE = {
  // Event marks (or clusters) in the timeline's shadow root.
  'cs-timeline': `() => { const root = document.querySelector('cs-timeline')?.shadowRoot; return !!root && root.querySelectorAll('[part~="event"], [part~="cluster"]').length > 0; }`,
  // The bars (or waffle squares) of the chart.
  'casualty-chart': `() => { const root = document.querySelector('casualty-chart')?.shadowRoot; return !!root && root.querySelectorAll('[part~="mark"]').length > 0; }`,
  // The card with its title, terms and mini-timeline.
  'treaty-card': `() => { const root = document.querySelector('treaty-card')?.shadowRoot; return !!root && !!root.querySelector('[part~="title"]')?.textContent.trim() && !!root.querySelector('[part~="duration"] svg'); }`,
  // The places and the road between them on land (the entry's coarse land; the detailed basemap, a lazy chunk, is reported apart).
  'cs-map': `() => { const root = document.querySelector('cs-map')?.shadowRoot; return !!root && root.querySelectorAll('[part~="place"]').length > 0 && !!root.querySelector('[part~="land"]'); }`,
  'cs-history': `() => ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'].every((tag) => { const root = document.querySelector(tag)?.shadowRoot; return !!root && root.querySelectorAll('[part~="event"], [part~="cluster"], [part~="mark"], [part~="title"], [part~="place"]').length > 0; })`,
  // vis keeps its root hidden until its first full draw.
  'vis-timeline': `() => document.querySelector('#stage .vis-timeline')?.style.visibility === 'visible' && document.querySelectorAll('#stage .vis-item:not(.vis-dot):not(.vis-line)').length > 0`,
  timelinejs: `() => document.querySelectorAll('#stage .tl-timemarker').length > 0`,
};

/** Informational later moments (not targets). */
const ALSO = {
  'cs-map': { 'detailed land': `() => !!document.querySelector('cs-map')?.shadowRoot?.querySelector('[part~="land"]:not(.coarse)')` },
};

/**
 * The pages: each element alone from its own entry with its bundled data,
 * all four from cs-history.js, and the timeline with N events given inline
 * against the two peers with the same events inlined in their own format.
 */
export function coldCases({ sizes = [100, 1000], cdn = '/cdn' } = {}) {
  const element = (tag, markup, script = `${cdn}/${tag}.js`) => ({
    name: tag === 'cs-history' ? 'cs-history (all four)' : tag,
    picture: tag,
    target: tag !== 'cs-history',
    html: page({ title: tag, head: `<script type="module" src="${script}"></script>`, body: markup }),
  });
  const cases = [
    element('cs-timeline', '<cs-timeline id="stage"></cs-timeline>'),
    element('casualty-chart', '<casualty-chart battle="all"></casualty-chart>'),
    element('treaty-card', '<treaty-card treaty="1943"></treaty-card>'),
    element('cs-map', '<cs-map year="1945"></cs-map>'),
    element(
      'cs-history',
      '<cs-timeline></cs-timeline><casualty-chart battle="all"></casualty-chart><treaty-card treaty="1943"></treaty-card><cs-map year="1945"></cs-map>',
    ),
  ];
  for (const size of sizes) {
    const doc = events(size);
    const n = size.toLocaleString('en');
    cases.push({
      name: `cs-timeline, ${n} inline`,
      picture: 'cs-timeline',
      size,
      library: 'cs-timeline',
      html: page({
        title: `cs-timeline ${n}`,
        head: `<script type="module" src="${cdn}/cs-timeline.js"></script>`,
        body: `<cs-timeline id="stage"><script type="application/json">${scriptJson(doc)}</script></cs-timeline>`,
      }),
    });
    // Each peer as its documentation shows it: stylesheet and script in <head>, a container, one call.
    cases.push({
      name: `timelinejs, ${n} inline`,
      picture: 'timelinejs',
      size,
      library: 'timelinejs',
      html: page({
        title: `TimelineJS3 ${n}`,
        head: `<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
        body: `<div id="stage"></div>
<script type="application/json" id="data">${scriptJson(timelineJsData(doc))}</script>
<script>new TL.Timeline('stage', JSON.parse(document.getElementById('data').textContent), { script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, hash_bookmark: false });</script>`,
      }),
    });
    cases.push({
      name: `vis-timeline, ${n} inline`,
      picture: 'vis-timeline',
      size,
      library: 'vis-timeline',
      html: page({
        title: `vis-timeline ${n}`,
        head: `<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>`,
        body: `<div id="stage"></div>
<script type="application/json" id="data">${scriptJson(visItems(doc))}</script>
<script>new vis.Timeline(document.getElementById('stage'), JSON.parse(document.getElementById('data').textContent), { height: '600px', width: '100%', type: 'point' });</script>`,
      }),
    });
  }
  return cases;
}

/** The console message the probe writes when it has recorded the first picture. */
const FIRST_PICTURE_SIGNAL = 'cold-page: first picture';
/** …and when it has recorded one of the later moments (ALSO), followed by its name. */
const ALSO_SIGNAL = 'cold-page: also ';

/**
 * Runs before any script of the page: after every frame, asks whether the
 * picture is there; the first picture's time is the next frame's
 * requestAnimationFrame (the frame that painted it has been produced by then).
 */
export function probe(picture, also) {
  return `(() => {
  const done = ${picture};
  const also = { ${Object.entries(also ?? {}).map(([name, fn]) => `${JSON.stringify(name)}: ${fn}`).join(', ')} };
  const cold = (window.__cold = { first: null, also: {} });
  let seen = false;
  const pending = new Set(Object.keys(also));
  const alsoSeen = new Set();
  const tick = () => {
    const now = performance.now();
    if (seen && cold.first === null) {
      cold.first = now;
      // Tells the harness without its polling the page (see loadOnce).
      console.debug(${JSON.stringify(FIRST_PICTURE_SIGNAL)});
    }
    for (const name of alsoSeen) if (!(name in cold.also)) { cold.also[name] = now; pending.delete(name); console.debug(${JSON.stringify(ALSO_SIGNAL)} + name); }
    try { if (!seen && done()) seen = true; } catch {}
    for (const name of pending) { try { if (also[name]()) alsoSeen.add(name); } catch {} }
    if (cold.first === null || pending.size) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One cold load: a fresh context (no cache, no connections), then navigation → first picture. */
async function loadOnce(browser, origin, path, testCase, network, timeoutMs) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(probe(PICTURE[testCase.picture], ALSO[testCase.picture]));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error.message ?? error).split('\n')[0]));
    // Waited for by the probe's console message, not by polling the page: Playwright's first
    // evaluation in a page injects its own script (10–15 ms of main thread), which on a fast page
    // landed between the frame that painted the picture and the frame that records it.
    const signal = tab.waitForEvent('console', { predicate: (message) => message.text() === FIRST_PICTURE_SIGNAL, timeout: timeoutMs });
    signal.catch(() => {});
    const later = new Set(Object.keys(ALSO[testCase.picture] ?? {}));
    const allSeen = new Promise((resolve) => {
      if (!later.size) resolve();
      tab.on('console', (message) => {
        if (message.text().startsWith(ALSO_SIGNAL) && later.delete(message.text().slice(ALSO_SIGNAL.length)) && !later.size) resolve();
      });
    });
    await tab.goto(`${origin}${path}`, { waitUntil: 'commit' });
    try {
      await signal;
    } catch {
      throw new Error(`no first picture within ${timeoutMs / 1000} s${errors.length ? ` (page errors: ${errors.slice(0, 2).join(' | ')})` : ''}`);
    }
    // The informational moments (the map's land) may come later.
    let timer;
    await Promise.race([allSeen, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
    clearTimeout(timer);
    return await tab.evaluate(() => {
      const { first, also } = window.__cold;
      const nav = performance.getEntriesByType('navigation')[0];
      const before = performance.getEntriesByType('resource').filter((entry) => entry.startTime < first);
      const file = (url) => new URL(url).pathname.split('/').pop();
      return {
        ms: first,
        also,
        // The document itself is the first request.
        requests: [
          { name: file(nav.name) || 'page', start: 0, end: nav.responseEnd, bytes: nav.transferSize },
          ...before.map((entry) => ({ name: file(entry.name), start: entry.startTime, end: entry.responseEnd, bytes: entry.transferSize })),
        ],
      };
    });
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Sequential waves: a request that starts after an earlier one has ended is
 * one wave later (a chain of round trips), one that starts before is parallel.
 */
function waves(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  let count = 0;
  let horizon = -1;
  for (const request of sorted) {
    if (request.start >= horizon) {
      count += 1;
      horizon = request.end;
    } else horizon = Math.min(horizon, request.end);
  }
  return count;
}

/**
 * Loopback pages take at least this many runs: once the script has arrived (20–90 ms), one page's
 * first picture came 117–270 ms later on this 2-core machine (the renderer competing with the
 * browser's other processes), so the median of five could differ by 50 ms between two runs of
 * the same build — more than the differences the loopback target compares. Under the phone preset
 * the network's fixed delays dominate, but one sample still spreads ±30 ms around the median (the
 * timeline with 100 inline events: 600–680 ms): seven runs there.
 */
const MIN_RUNS = { loopback: 11, phone: 7 };

/**
 * Loopback pages compared with the baseline build take this many runs. One sample of the timeline
 * with 1,000 inline events spreads 205–425 ms (the same build, the same page: its main thread used
 * 120–135 ms of CPU in each, the rest is waiting on a 2-core machine shared with the browser's other
 * processes), so the median of 11 moves by ±17 ms and the difference of two such medians by ±24 ms —
 * more than the 5% the comparison allows. With 31 runs the difference of medians moves by about ±14 ms.
 */
const BASELINE_RUNS = 31;

/** A fixed shuffle per run (the same on every machine): a page does not always follow the same page, whose closing renderer still competes for the CPU. */
const orderFor = (run) => {
  let state = (run + 1) * 2654435761;
  return shuffler(() => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32));
};

/**
 * The whole cold-page benchmark. `builds`: { label: urlPrefix } (the build
 * under test, and optionally a baseline build served beside it).
 */
export async function measureColdPage({ browser, server, builds, runs, sizes, pages, timeoutMs = 30_000, log, conditions }) {
  const results = [];
  const variants = [];
  for (const [build, cdn] of Object.entries(builds)) {
    for (const testCase of coldCases({ sizes, cdn })) {
      // --cold-pages: only the pages whose name contains one of the given parts.
      if (pages && !pages.some((part) => testCase.name.includes(part))) continue;
      // Peers do not depend on our build: measure them once.
      if (build !== Object.keys(builds)[0] && testCase.library && testCase.library !== 'cs-timeline') continue;
      const path = `/cold/${build}/${testCase.name.replace(/[^a-z0-9]+/gi, '-')}.html`;
      server.put(path, testCase.html, 'text/html; charset=utf-8');
      variants.push({ ...testCase, build, path });
    }
  }
  const compared = Object.keys(builds).length > 1;
  for (const [condition, network] of Object.entries(conditions)) {
    const count = Math.max(runs, MIN_RUNS[condition] ?? 0);
    // Our pages and the baseline's, over loopback, are compared with each other: more runs (see BASELINE_RUNS).
    const runsOf = (variant) => (compared && condition === 'loopback' && (!variant.library || variant.library === 'cs-timeline') ? Math.max(count, BASELINE_RUNS) : count);
    const cells = new Map(variants.map((variant) => [variant.path, { ...variant, condition, runs: runsOf(variant), samples: [], requests: [], also: {}, errors: [] }]));
    const total = Math.max(...[...cells.values()].map((cell) => cell.runs));
    // Runs interleave the pages, so a slow phase of the machine hits all alike, each run in its own order.
    for (let run = 0; run < total; run++) {
      for (const cell of orderFor(run)([...cells.values()])) {
        if (cell.errors.length >= 2 || run >= cell.runs) continue;
        try {
          const r = await loadOnce(browser, server.origin, cell.path, cell, network, timeoutMs);
          cell.samples.push(r.ms);
          cell.requests.push(r.requests);
          for (const [name, t] of Object.entries(r.also)) (cell.also[name] ??= []).push(t);
        } catch (error) {
          cell.errors.push(String(error.message ?? error).split('\n')[0]);
        }
      }
      log(`  [cold ${condition}] run ${run + 1}/${total} done`);
    }
    for (const cell of cells.values()) {
      const ms = median(cell.samples);
      // The request list of the run closest to the median.
      const index = cell.samples.length ? cell.samples.indexOf([...cell.samples].sort((a, b) => Math.abs(a - ms) - Math.abs(b - ms))[0]) : -1;
      const requests = index >= 0 ? cell.requests[index] : [];
      results.push({
        page: cell.name,
        build: cell.build,
        condition,
        library: cell.library ?? 'cs-history-elements',
        events: cell.size ?? null,
        target: !!cell.target,
        firstPictureMs: ms === null ? null : Math.round(ms),
        samples: cell.samples.map((v) => Math.round(v)),
        requestCount: index >= 0 ? requests.length : null,
        waves: index >= 0 ? waves(requests) : null,
        requests: requests.map((r) => ({ ...r, start: Math.round(r.start), end: Math.round(r.end) })),
        also: Object.fromEntries(Object.entries(cell.also).map(([name, values]) => [name, Math.round(median(values))])),
        ...(cell.errors.length ? { errors: cell.errors } : {}),
      });
    }
  }
  return results;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table, the request chains and the PASS/FAIL lines. Returns the verdict lines. */
export function reportColdPage(results, { log, table, builds }) {
  const [current, baseline] = Object.keys(builds);
  const fmt = (v) => (v === null || v === undefined ? '—' : `${v.toLocaleString('en')} ms`);
  log('\nCold page: navigation → first picture (medians), requests before it (incl. the page) and their sequential waves\n');
  const rows = [['page', 'build', 'loopback', 'phone (150 ms, 1.6 Mbps)', 'requests', 'waves', 'note']];
  const pages = [...new Set(results.map((r) => `${r.build}\u0000${r.page}`))];
  for (const key of pages) {
    const [build, name] = key.split('\u0000');
    const loop = results.find((r) => r.build === build && r.page === name && r.condition === 'loopback');
    const phone = results.find((r) => r.build === build && r.page === name && r.condition === 'phone');
    const ref = phone ?? loop;
    const note = [
      ...Object.entries(ref?.also ?? {}).map(([what, t]) => `${what} at ${fmt(t)}`),
      ...(ref?.errors ? [`errors: ${ref.errors[0]}`] : []),
    ].join('; ');
    rows.push([name, build, fmt(loop?.firstPictureMs), fmt(phone?.firstPictureMs), ref?.requestCount ?? '—', ref?.waves ?? '—', note]);
  }
  log(table(rows));
  log('\nRequests before the first picture under the phone preset (start → end, bytes on the wire):');
  for (const r of results.filter((x) => x.condition === 'phone')) {
    log(`  ${r.page} [${r.build}]: ${r.requests.map((q) => `${q.name} ${q.start}→${q.end} ms ${kb(q.bytes)}`).join(', ') || '—'}`);
  }

  const verdicts = [];
  const verdict = (pass, text) => verdicts.push(`${pass === null ? 'n/a ' : pass ? 'PASS' : 'FAIL'}  ${text}`);
  const ours = results.filter((r) => r.build === current);
  for (const r of ours.filter((x) => x.condition === 'phone' && x.target)) {
    if (r.firstPictureMs === null) verdict(null, `${r.page}: first picture on the phone preset ≤ ${TARGETS.firstPictureMs} ms with ≤ ${TARGETS.requests} requests: not measured`);
    else verdict(r.firstPictureMs <= TARGETS.firstPictureMs && r.requestCount <= TARGETS.requests, `${r.page}: first picture on the phone preset ≤ ${TARGETS.firstPictureMs} ms with ≤ ${TARGETS.requests} requests: ${fmt(r.firstPictureMs)}, ${r.requestCount} requests`);
  }
  const phone100 = (library) => results.find((r) => r.condition === 'phone' && r.events === 100 && r.library === library && (library !== 'cs-timeline' || r.build === current));
  const mine = phone100('cs-timeline');
  for (const peer of ['timelinejs', 'vis-timeline']) {
    const theirs = phone100(peer);
    if (!mine?.firstPictureMs || !theirs?.firstPictureMs) verdict(null, `timeline, 100 inline events, phone preset: ≥ ${TARGETS.peerRatio}× faster than ${peer}: not measured`);
    else {
      const ratio = theirs.firstPictureMs / mine.firstPictureMs;
      verdict(ratio >= TARGETS.peerRatio, `timeline, 100 inline events, phone preset: ≥ ${TARGETS.peerRatio}× faster than ${peer}: ${ratio.toFixed(2)}× (${fmt(mine.firstPictureMs)} vs ${fmt(theirs.firstPictureMs)})`);
    }
  }
  if (baseline) {
    // Loopback: no page of ours slower than the baseline build measured in the same run
    // (a 5% or 5 ms margin, whichever is larger: the noise of a median on a shared machine).
    for (const r of ours.filter((x) => x.condition === 'loopback' && x.library !== 'timelinejs' && x.library !== 'vis-timeline')) {
      const before = results.find((x) => x.build === baseline && x.page === r.page && x.condition === 'loopback');
      if (!before?.firstPictureMs || !r.firstPictureMs) continue;
      const margin = Math.max(5, before.firstPictureMs * 0.05);
      verdict(r.firstPictureMs <= before.firstPictureMs + margin, `${r.page}: over loopback no slower than ${baseline}: ${fmt(r.firstPictureMs)} vs ${fmt(before.firstPictureMs)} (medians of ${r.samples.length} and ${before.samples.length} runs)`);
    }
  } else verdict(null, 'over loopback no slower than before: no baseline build given (--cold-baseline DIR)');
  return verdicts;
}
