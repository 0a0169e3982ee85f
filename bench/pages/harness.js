// In-page side of the benchmark. bench/run.mjs opens harness.html in a fresh
// page per run and drives `window.bench`:
//   setup(options)   load the library (script + CSS) and the data text — not timed
//   render()         insert/instantiate → every visible mark painted — timed
//   zoom()           one programmatic zoom-in step → next painted frame — timed
//   zoomSeries(n)    n consecutive zoom steps with a `longtask` observer
//   markGeometry()   where the marks were drawn (for the static-SVG limit)
//   snapshot()       the rendered shadow DOM + its styles (static-HTML limit)
// Times are performance.now() differences in milliseconds.

const stage = document.getElementById('stage');

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** After the next frame has been produced: rAF, then a task queued from inside it. */
const afterNextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function loadScript(src, { module = false } = {}) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function loadCss(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/** Every element under `root`, descending into open shadow roots. */
function* deepElements(root) {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}
const deepQueryAll = (root, selector) => [...deepElements(root)].filter((element) => element.matches(selector));

const stageRect = () => stage.getBoundingClientRect();
function isVisible(element, box = stageRect()) {
  const r = element.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  if (r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) !== 0;
}

/** A text box shows its whole text: visible in the stage, not cut by its box, no "…" of its own. */
function wholeText(node, box) {
  if (!node || !isVisible(node, box)) return false;
  const text = node.textContent.trim();
  if (!text || text.endsWith('…')) return false;
  if (node instanceof SVGElement) return true;
  return node.scrollWidth <= node.clientWidth + 1 && node.scrollHeight <= node.clientHeight + 1;
}

/** Left edges of the first marks, rounded: changes when a zoom moved them. */
function positionsSignature(marks) {
  const sample = marks.slice(0, 40).map((m) => {
    const r = m.getBoundingClientRect();
    return `${Math.round(r.left)}:${Math.round(r.width)}`;
  });
  return `${marks.length}|${sample.join(',')}`;
}

// ---------------------------------------------------------------------------
// One adapter per library: how to load it, draw the dataset, find its marks
// and zoom in by one step.

let options = {};
let dataText = null;
let instance = null; // the element or the library object
let element = null; // what was inserted into #stage

const adapters = {
  'cs-timeline': {
    async load() {
      await import(options.script);
      await customElements.whenDefined('cs-timeline');
    },
    create() {
      element = document.createElement('cs-timeline');
      element.setAttribute('lang', 'en');
      element.setAttribute('theme', 'light');
      element.style.cssText = 'display:block;width:100%;height:100%';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = dataText;
      element.append(script);
      stage.append(element);
      instance = element;
    },
    observeRoot: () => element.shadowRoot,
    // What is drawn for screen readers alone (the list of the events in view, which follows the picture): not seen.
    unseen: () => element.shadowRoot?.querySelectorAll('.visually-hidden, .visually-hidden *').length ?? 0,
    // Event marks, and the cluster marks that stand for several events when they crowd.
    marks: () => (element.shadowRoot ? [...element.shadowRoot.querySelectorAll('[part~="event"], [part~="cluster"]')] : []),
    deepMarks: () => deepQueryAll(element.shadowRoot ?? element, '[part~="event"], [part~="cluster"]'),
    failure() {
      const error = element.shadowRoot?.querySelector('[part~="error"]');
      return error ? `cs-timeline shows an error: ${error.textContent.trim()}` : undefined;
    },
    zoomTrigger() {
      const root = element.shadowRoot;
      const buttons = deepQueryAll(root, 'button, [role="button"]').filter((b) => !b.matches('[part~="event"], [part~="cluster"]'));
      const button =
        buttons.find((b) => /(^|\s)zoom-in(\s|$)/.test(b.getAttribute('part') ?? '')) ??
        buttons.find((b) => /zoom[- ]?in|přiblížit|priblížiť/i.test(`${b.getAttribute('aria-label') ?? ''} ${b.title ?? ''} ${b.dataset.zoom ?? ''}`)) ??
        buttons.find((b) => b.textContent.trim() === '+');
      if (button) return { method: 'zoom-in button click', run: () => button.click() };
      const target = root.querySelector('[part~="event"][tabindex="0"]') ?? root.querySelector('[tabindex="0"]') ?? element;
      return {
        method: `"+" keydown on ${target === element ? 'the host' : 'the tabindex=0 mark'}`,
        run: () => target.dispatchEvent(new KeyboardEvent('keydown', { key: '+', code: 'Equal', shiftKey: true, bubbles: true, composed: true, cancelable: true })),
      };
    },
    /** Single events in view, and how many show their whole title. */
    picture(box) {
      const events = [...(element.shadowRoot?.querySelectorAll('[part~="event"]') ?? [])].filter((m) => isVisible(m, box));
      const titled = events.filter((m) => {
        const lines = [...m.querySelectorAll('.label:not(.whole), .title-line')];
        return lines.length > 0 && lines.every((line) => wholeText(line, box));
      });
      return { individual: events.length, titled: titled.length };
    },
    signature() {
      const axis = element.shadowRoot?.querySelector('[part~="axis"]');
      return axis ? `${axis.textContent.length}:${axis.textContent.slice(0, 200)}` : '';
    },
  },

  'vis-timeline': {
    async load() {
      await loadCss(options.css);
      await loadScript(options.script);
    },
    create() {
      const items = JSON.parse(dataText);
      instance = new window.vis.Timeline(stage, items, {
        height: '600px',
        width: '100%',
        type: 'point',
        ...(options.libOptions ?? {}),
      });
      element = stage;
    },
    observeRoot: () => stage,
    // One .vis-item per item (a point item also holds a .vis-item.vis-dot).
    marks: () => [...stage.querySelectorAll('.vis-item:not(.vis-dot):not(.vis-line)')],
    // vis keeps its root at visibility:hidden until its initial draw is done.
    ready() {
      return stage.querySelector('.vis-timeline')?.style.visibility === 'visible' && this.marks().length > 0;
    },
    deepMarks() {
      return this.marks();
    },
    picture(box) {
      const items = this.marks().filter((m) => isVisible(m, box));
      return { individual: items.length, titled: items.filter((m) => wholeText(m.querySelector('.vis-item-content'), box)).length };
    },
    failure: () => undefined,
    zoomTrigger: () => ({ method: 'timeline.zoomIn(0.5, {animation:false})', run: () => instance.zoomIn(0.5, { animation: false }) }),
    signature() {
      const w = instance.getWindow();
      return `${+w.start}-${+w.end}`;
    },
  },

  timelinejs: {
    async load() {
      await loadCss(options.css);
      await loadScript(options.script);
    },
    create() {
      const data = JSON.parse(dataText);
      instance = new window.TL.Timeline(stage, data, {
        script_path: options.scriptPath,
        font: null,
        hash_bookmark: false,
        ...(options.libOptions ?? {}),
      });
      element = stage;
    },
    observeRoot: () => stage,
    marks: () => [...stage.querySelectorAll('.tl-timemarker')],
    deepMarks() {
      return this.marks();
    },
    picture(box) {
      const markers = this.marks().filter((m) => isVisible(m, box));
      return { individual: markers.length, titled: markers.filter((m) => wholeText(m.querySelector('.tl-headline'), box)).length };
    },
    failure() {
      const message = stage.querySelector('.tl-message-full:not(.tl-hidden) .tl-message-content, .tl-message-content');
      return message && /error/i.test(message.textContent) ? `TimelineJS: ${message.textContent.trim()}` : undefined;
    },
    zoomTrigger: () => ({ method: 'timeline.zoomIn()', run: () => instance.zoomIn() }),
  },

  // The physical limit: a prebuilt SVG string, inserted at once.
  'static-svg': {
    async load() {},
    create() {
      stage.innerHTML = dataText;
      element = stage;
    },
    observeRoot: () => stage,
    marks: () => [...stage.querySelectorAll('circle')],
    deepMarks() {
      return this.marks();
    },
    failure: () => undefined,
  },

  // Any of our other elements (casualty-chart, treaty-card) with its attributes.
  element: {
    async load() {
      await import(options.script);
      await customElements.whenDefined(options.tag);
    },
    create() {
      element = document.createElement(options.tag);
      for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
      element.setAttribute('lang', 'en');
      element.setAttribute('theme', 'light');
      element.style.cssText = 'display:block;width:100%';
      stage.append(element);
      instance = element;
    },
    observeRoot: () => element.shadowRoot,
    marks: () => (element.shadowRoot ? options.ready.flatMap((selector) => [...element.shadowRoot.querySelectorAll(selector)].slice(0, 1)) : []),
    ready: () => options.ready.every((selector) => element.shadowRoot?.querySelector(selector)),
    allMarks: () => deepQueryAll(element.shadowRoot, options.ready.join(', ')),
    deepMarks() {
      return this.allMarks();
    },
    failure() {
      const error = element.shadowRoot?.querySelector('[part~="error"]');
      return error ? `<${options.tag}> shows an error: ${error.textContent.trim()}` : undefined;
    },
  },

  // The static limit for an element: its own rendered shadow DOM and styles,
  // as one HTML string inserted at once into a plain shadow root.
  snapshot: {
    async load() {},
    create() {
      element = document.createElement('div');
      element.style.cssText = 'display:block;width:100%';
      stage.append(element);
      element.attachShadow({ mode: 'open' }).innerHTML = dataText;
    },
    observeRoot: () => element.shadowRoot,
    marks: () => options.ready.flatMap((selector) => [...element.shadowRoot.querySelectorAll(selector)].slice(0, 1)),
    ready: () => options.ready.every((selector) => element.shadowRoot.querySelector(selector)),
    allMarks: () => [...element.shadowRoot.querySelectorAll(options.ready.join(', '))],
    deepMarks() {
      return this.allMarks();
    },
    failure: () => undefined,
  },
};

let adapter;

const hasMarks = () => (adapter.ready ? adapter.ready() : adapter.marks().length > 0);
const markCount = () => (adapter.allMarks ? adapter.allMarks().length : adapter.marks().length);

/** Up to `n` items spread evenly over `list`. */
const spread = (list, n) => (list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * (list.length - 1)) / (n - 1))]));

/**
 * What the reader sees, cheaply: how many marks, where a sample of them is,
 * how many nodes the library drew (less those the adapter knows are drawn
 * for screen readers alone), plus the adapter's own extras. Read right after
 * a frame, when layout is clean, so reading it forces no extra layout.
 */
function pictureSignature() {
  const marks = adapter.allMarks ? adapter.allMarks() : adapter.marks();
  const root = adapter.observeRoot();
  const nodes = root ? root.querySelectorAll('*').length - (adapter.unseen?.() ?? 0) : 0;
  return `${marks.length}|${nodes}|${positionsSignature(spread(marks, 24))}|${adapter.signature?.() ?? ''}`;
}

/** A task queued from inside a rAF callback runs right after that frame is produced. */
const afterFrame = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const frameTime = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Waits until the picture stops changing. After every frame the signature is
 * read; the picture is final when it has not changed for `quietMs`. Returns
 * the time of the rAF that follows the frame in which the final picture was
 * painted (for a library that draws at once: the marks exist, then the second
 * requestAnimationFrame). Marks that animate into place, are drawn in chunks
 * or after a second layout pass are therefore waited for.
 */
async function settle(t0, { timeoutMs, quietMs = 300, requireReady = true }) {
  let last;
  let pending = false;
  let final = null;
  let changedAt = t0;
  for (;;) {
    const raf = await frameTime();
    if (pending) {
      final = raf;
      pending = false;
    }
    await afterFrame();
    const failure = adapter.failure();
    if (failure) throw new Error(failure);
    const ready = !requireReady || hasMarks();
    const signature = ready ? pictureSignature() : undefined;
    const now = performance.now();
    if (signature !== last) {
      last = signature;
      if (ready) {
        pending = true;
        final = null;
        changedAt = now;
      }
    } else if (ready && final !== null && now - changedAt >= quietMs) {
      return { final, changedAt };
    }
    if (now - t0 > timeoutMs) throw new Error(`timeout after ${timeoutMs} ms (${ready ? 'marks still changing' : 'no marks yet'})`);
  }
}

window.bench = {
  /** Loads the library and the data text; nothing here is timed. */
  async setup(given) {
    options = given;
    adapter = adapters[options.adapter];
    if (!adapter) throw new Error(`unknown adapter ${options.adapter}`);
    await adapter.load();
    if (options.dataUrl) {
      const response = await fetch(options.dataUrl);
      if (!response.ok) throw new Error(`could not fetch ${options.dataUrl}: ${response.status}`);
      dataText = await response.text();
    }
    await nextFrame();
    await sleep(50);
    return { heap: performance.memory?.usedJSHeapSize ?? null };
  },

  /**
   * First render: from the insertion (or the library's constructor, with its
   * JSON.parse) to the frame after every mark is painted. "Every mark": the
   * marks exist, then two frames; if more marks arrived meanwhile (progressive
   * rendering), wait again until the count holds for a frame pair.
   */
  async render(timeoutMs = 60_000) {
    const t0 = performance.now();
    adapter.create();
    const { final } = await settle(t0, { timeoutMs });
    dataText = null; // the page keeps only what the library keeps
    const all = adapter.deepMarks();
    const box = stageRect();
    // Like pictures compared: the single events each library shows, and how many of them with their whole title.
    const picture = adapter.picture ? adapter.picture(box) : { individual: null, titled: null };
    return { ms: final - t0, marks: all.length, visibleMarks: all.filter((m) => isVisible(m, box)).length, ...picture };
  },

  /**
   * One zoom-in step. `ms`: to the next painted frame. `settledMs`: to the
   * frame after which the picture stopped changing for 300 ms (animated
   * zooms keep moving marks after their first frame). `changed`: the marks,
   * the axis or the library's window moved at all.
   */
  async zoom() {
    await afterNextPaint();
    // Idle for more than a frame interval, so the next frame is not held
    // back to the 60 Hz grid of the previous one.
    await sleep(100);
    const trigger = adapter.zoomTrigger();
    const before = pictureSignature();
    const t0 = performance.now();
    trigger.run();
    await afterNextPaint();
    const ms = performance.now() - t0;
    let last = pictureSignature();
    let lastChange = last !== before ? performance.now() : null;
    let quietSince = performance.now();
    while (performance.now() - quietSince < 300 && performance.now() - t0 < 15_000) {
      await frameTime();
      await afterFrame();
      const now = pictureSignature();
      if (now !== last) {
        last = now;
        lastChange = quietSince = performance.now();
      }
    }
    return { ms, settledMs: lastChange === null ? null : lastChange - t0, method: trigger.method, changed: lastChange !== null };
  },

  /** `steps` consecutive zoom-in steps (each to its next painted frame), with a longtask observer. */
  async zoomSeries(steps = 10) {
    await sleep(200);
    await afterNextPaint();
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration * 10) / 10);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const times = [];
    let method;
    let changes = 0;
    for (let i = 0; i < steps; i++) {
      const trigger = adapter.zoomTrigger();
      method = trigger.method;
      const before = pictureSignature();
      const t0 = performance.now();
      trigger.run();
      await afterNextPaint();
      times.push(performance.now() - t0);
      if (pictureSignature() !== before) changes += 1;
      // A quick repeated key press (auto-repeat is ~30 ms); also keeps each
      // step's frame off the previous frame's 60 Hz grid.
      await sleep(20);
    }
    // Work a zoom leaves for later (debounced redraws, transitions) still counts.
    await sleep(500);
    await afterNextPaint();
    await sleep(50);
    observer.takeRecords().forEach((entry) => longTasks.push(Math.round(entry.duration * 10) / 10));
    observer.disconnect();
    return { times, longTasks, method, changes };
  },

  /** The visible marks as {x, y, label} relative to the stage: the static SVG draws the same. */
  markGeometry() {
    const box = stageRect();
    return adapter
      .deepMarks()
      .filter((m) => isVisible(m, box))
      .map((m) => {
        const r = m.getBoundingClientRect();
        const label = (m.getAttribute('aria-label') ?? m.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
        return { x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top, label };
      });
  },

  /** The element's shadow DOM and adopted styles as one static HTML string. */
  snapshot() {
    const root = element.shadowRoot;
    const css = [...(root.adoptedStyleSheets ?? [])].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
    const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
    return { html: `<style>${css}</style>${html}`, marks: markCount() };
  },

  /** Just the frame machinery: insert nothing, wait two frames. */
  async frameFloor() {
    const t0 = performance.now();
    await nextFrame();
    await nextFrame();
    return performance.now() - t0;
  },
};

window.benchReady = true;
