// Shared by the robustness tests (issue 9): what each element is, how to tell
// when it has settled, what it shows, and recorders for what must not happen
// (uncaught errors, stray warnings, requests to other origins).
import { waitUntil } from '@open-wc/testing';
import type { Validator } from '../../src/core/data-loader.js';

export interface ElementInfo {
  tag: string;
  /** The bundled data file, served by the test server. */
  dataFile: string;
  /** Name of the generated validator of its documents. */
  validator: 'validateEvents' | 'validateBattles' | 'validateTreaties' | 'validatePlaces';
  /** The top-level array of its documents. */
  docKey: 'events' | 'battles' | 'treaties' | 'places';
  /** Attributes with which it renders its picture (treaty-card needs a treaty). */
  baseline: Record<string, string>;
  /** A part on every mark of the picture. */
  contentPart: string;
}

export const ELEMENTS: readonly ElementInfo[] = [
  { tag: 'cs-timeline', dataFile: '/data/events.json', validator: 'validateEvents', docKey: 'events', baseline: {}, contentPart: 'event' },
  { tag: 'casualty-chart', dataFile: '/data/battles.json', validator: 'validateBattles', docKey: 'battles', baseline: {}, contentPart: 'mark' },
  {
    tag: 'treaty-card',
    dataFile: '/data/treaties.json',
    validator: 'validateTreaties',
    docKey: 'treaties',
    baseline: { treaty: 'friendship-1943' },
    contentPart: 'title',
  },
  { tag: 'cs-map', dataFile: '/data/places.json', validator: 'validatePlaces', docKey: 'places', baseline: {}, contentPart: 'place' },
];

export const TAGS = ELEMENTS.map((info) => info.tag);
export const infoOf = (tag: string) => ELEMENTS.find((info) => info.tag === tag)!;

/** What an element of this library exposes to these tests beyond HTMLElement. */
export interface CsLike extends HTMLElement {
  updateComplete: Promise<boolean>;
  data?: { loading: boolean; value?: unknown; error?: unknown };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** One frame of this page (a short pause while the page is hidden and renders no frames). */
export const frame = () => frameOf(window);

/** One macrotask, without setTimeout's 4 ms clamp: lets error and rejection events arrive. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
export const errorPart = (el: Element) => part(el, 'error');
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element shows its own picture: a part that is not the error, the retry button or the status. */
export function hasContent(el: Element): boolean {
  return Boolean(el.shadowRoot?.querySelector('[part]:not([part~="error"]):not([part~="retry"]):not([part~="status"])'));
}

/** Every node of the element's shadow tree, nested shadow roots included. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The text a reader gets: text nodes plus the value of form fields (a textarea's citation). */
export function deepText(root: ParentNode): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
  for (const element of deepElements(root)) {
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) text += element.value;
    if (element.shadowRoot) text += deepText(element.shadowRoot);
  }
  return text;
}

/**
 * Waits until the element has settled: no update pending, no data load in
 * flight, no loading status (lazy chunks arrived).
 */
export async function settle(el: CsLike, timeout = 5000): Promise<void> {
  const started = performance.now();
  for (let polls = 0; ; polls += 1) {
    await el.updateComplete;
    const busy = el.data?.loading || part(el, 'status');
    if (!busy) return;
    if (performance.now() - started > timeout) throw new Error(`<${el.localName}> did not settle within ${timeout} ms`);
    // Local loads take a few milliseconds: poll without the timer clamp at first.
    await (polls < 50 ? macrotask() : sleep(5));
  }
}

/** Waits for the picture or the error. */
export async function rendered(el: CsLike, timeout = 5000): Promise<void> {
  await waitUntil(() => hasContent(el) || errorPart(el), `<${el.localName}> rendered nothing`, { timeout, interval: 10 });
  await settle(el, timeout);
}

/**
 * The error event Chrome fires when a ResizeObserver callback changes the size
 * of what it observes within the same frame. sharing.test.ts tests for it on
 * its own; the other tests let it pass, so one such bug fails one test.
 */
export const RESIZE_OBSERVER_LOOP = /ResizeObserver loop/;

/** Lets the ResizeObserver-loop error through mocha's window.onerror; every other error still fails the test. Returns the undo. */
export function tolerateResizeObserverLoop(): () => void {
  const previous = window.onerror;
  window.onerror = function (message, ...rest) {
    if (RESIZE_OBSERVER_LOOP.test(String(message))) return true;
    return previous ? previous.call(window, message, ...rest) : false;
  };
  return () => {
    window.onerror = previous;
  };
}

/** Records uncaught errors and unhandled rejections while installed (all but those `ignore` matches). */
export class ErrorRecorder {
  readonly errors: string[] = [];
  constructor(private readonly ignore?: RegExp) {}
  private readonly onError = (event: ErrorEvent) => {
    const text = String(event.error?.stack ?? event.message);
    if (!this.ignore?.test(text)) this.errors.push(text);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { stack?: string } | undefined;
    this.errors.push(`unhandled rejection: ${String(reason?.stack ?? reason)}`);
  };

  install(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    return this;
  }

  uninstall(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  take(): string[] {
    return this.errors.splice(0);
  }
}

/** Replaces console.warn (elements warn once per error they show) and keeps what was said. */
export class WarnRecorder {
  readonly warnings: string[] = [];
  private original?: typeof console.warn;

  install(): this {
    this.original = console.warn;
    console.warn = (...args: unknown[]) => {
      this.warnings.push(args.map(String).join(' '));
    };
    return this;
  }

  uninstall(): void {
    if (this.original) console.warn = this.original;
  }

  take(): string[] {
    return this.warnings.splice(0);
  }
}

/** Wraps window.fetch: records each request's URL and signal; `respond` may answer instead of the network. */
export class FetchRecorder {
  readonly requests: { url: string; signal?: AbortSignal | null }[] = [];
  respond?: (url: string) => Response | undefined;
  private original?: typeof fetch;

  install(): this {
    const original = (this.original = window.fetch);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      this.requests.push({ url, signal: init?.signal });
      const answer = this.respond?.(url);
      return answer ? Promise.resolve(answer) : original.call(window, input, init);
    };
    return this;
  }

  uninstall(): void {
    if (this.original) window.fetch = this.original;
  }

  take(): { url: string; signal?: AbortSignal | null }[] {
    return this.requests.splice(0);
  }
}

type Validators = Record<ElementInfo['validator'], Validator>;
let validators: Promise<Validators> | undefined;
export function loadValidators(): Promise<Validators> {
  validators ??= Promise.all([
    import('../../src/generated/validate-events.js'),
    import('../../src/generated/validate-battles.js'),
    import('../../src/generated/validate-treaties.js'),
    import('../../src/generated/validate-places.js'),
  ]).then(([events, battles, treaties, places]) => ({
    validateEvents: events.validate,
    validateBattles: battles.validate,
    validateTreaties: treaties.validate,
    validatePlaces: places.validate,
  }));
  return validators;
}

const documents = new Map<string, Promise<unknown>>();
/** A fresh copy of the bundled document of an element. */
export async function bundledDocument(info: ElementInfo): Promise<Record<string, unknown>> {
  if (!documents.has(info.dataFile)) documents.set(info.dataFile, fetch(info.dataFile).then((response) => response.json()));
  return structuredClone(await documents.get(info.dataFile)) as Record<string, unknown>;
}

export type JsonPath = (string | number)[];

/** Every string leaf of a JSON document, with its path. */
export function stringLeaves(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

export function getAt(document: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
}

export function setAt(document: unknown, path: JsonPath, value: unknown): void {
  const parent = getAt(document, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
}

const shapeOf = (path: JsonPath) => path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');

const textPathCache = new Map<string, Promise<JsonPath[]>>();
/**
 * The free-text fields of an element's documents: every string leaf whose
 * shape (path with indices as `*`) the schema lets hold arbitrary text
 * (ids, dates, enums and source references do not). Found by trying a probe
 * with every character an injection needs in one leaf of each shape.
 */
export function textPaths(info: ElementInfo): Promise<JsonPath[]> {
  if (!textPathCache.has(info.tag)) {
    textPathCache.set(
      info.tag,
      (async () => {
        const validate = (await loadValidators())[info.validator];
        const document = await bundledDocument(info);
        const leaves = stringLeaves(document);
        const free = new Set<string>();
        const tried = new Set<string>();
        for (const path of leaves) {
          const shape = shapeOf(path);
          if (tried.has(shape)) continue;
          tried.add(shape);
          const probe = structuredClone(document);
          setAt(probe, path, `<probe a="1" b='2'>{{x}} & javascript:</probe>`);
          if (validate(probe)) free.add(shape);
        }
        return leaves.filter((path) => free.has(shapeOf(path)));
      })(),
    );
  }
  return textPathCache.get(info.tag)!;
}

/** The bundled document with `replace(original)` in every free-text field; checked against the schema. */
export async function rewriteTexts(info: ElementInfo, replace: (original: string, path: JsonPath) => string): Promise<Record<string, unknown>> {
  const document = await bundledDocument(info);
  for (const path of await textPaths(info)) setAt(document, path, replace(getAt(document, path) as string, path));
  const validate = (await loadValidators())[info.validator];
  if (!validate(document)) throw new Error(`rewritten ${info.docKey} document is invalid: ${JSON.stringify(validate.errors?.[0])}`);
  return document;
}

/** A same-origin URL for a document (a blob: URL, revoked by the caller when done). */
export function blobUrl(document: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(document)], { type: 'application/json' }));
}

/** Creates an element with attributes inside `parent` (document.body by default). */
export function create<T extends CsLike = CsLike>(tag: string, attributes: Record<string, string> = {}, parent: ParentNode = document.body): T {
  const owner = parent instanceof Document ? parent : (parent.ownerDocument ?? document);
  const el = owner.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

/** The library from source: registers every element. */
export async function registerAll(): Promise<void> {
  await import('../../src/index.js');
  for (const tag of TAGS) await customElements.whenDefined(tag);
}

export interface StrictPageRecord {
  violations: { directive: string; blocked: string; sample: string; source: string; element: string; host: string }[];
  errors: string[];
  warnings: string[];
}

export type StageWindow = Window & typeof globalThis & { __csp?: StrictPageRecord; __inlineRan?: boolean };

export interface StrictPage {
  window: StageWindow;
  document: Document;
  record: StrictPageRecord;
  elements: CsLike[];
  close: () => void;
}

/** A frame of `win` (rAF); a window that does not render (hidden) gets a short pause instead. */
export function frameOf(win: Window): Promise<void> {
  if (win.document.visibilityState === 'hidden') return sleep(16);
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

let stages = 0;

/**
 * Opens a same-origin page where layout happens: an iframe while this test
 * page is visible, else a popup window. (With `concurrency` > 1 the runner
 * keeps all but its newest tab hidden, and a hidden document runs no
 * requestAnimationFrame and no ResizeObserver; a popup is a window of its own.)
 */
export async function openStage(url: string, { width = 900, height = 700 } = {}): Promise<{ window: StageWindow; close: () => void }> {
  if (document.visibilityState === 'visible') {
    const iframe = document.createElement('iframe');
    iframe.style.width = `${width}px`;
    iframe.style.height = `${height}px`;
    iframe.style.border = '0';
    const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    iframe.src = url;
    document.body.append(iframe);
    await loaded;
    return { window: iframe.contentWindow as StageWindow, close: () => iframe.remove() };
  }
  stages += 1;
  const popup = window.open(url, `robustness-stage-${stages}`, `width=${width},height=${height}`) as StageWindow | null;
  if (!popup) throw new Error('the test page is hidden and could not open a window to lay elements out in');
  await waitUntil(() => popup.location.href !== 'about:blank' && popup.document.readyState === 'complete', 'the stage window did not load', {
    timeout: 10_000,
  });
  return { window: popup, close: () => popup.close() };
}

/**
 * Opens /csp/page.html, or /csp/embed.html (scripts/csp-page.mjs: the strict
 * Content-Security-Policy) in a stage and waits until each of its elements
 * shows its picture or an error and has settled.
 */
export async function openStrictPage(query: string, { width = 900, height = 700, timeout = 8000, page = 'page.html' } = {}): Promise<StrictPage> {
  const stage = await openStage(`/csp/${page}?${query}`, { width, height });
  const win = stage.window;
  const doc = win.document;
  const tags = new URLSearchParams(query).getAll('el');
  try {
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)) || win.__csp?.errors.length, '', { timeout: 5000 });
  } catch {
    // reported below
  }
  const missing = tags.filter((tag) => !win.customElements.get(tag));
  if (missing.length) {
    stage.close();
    throw new Error(`not defined on the strict page: ${missing.join(', ')} (${win.__csp?.errors.join('; ') || 'no error recorded; is dist/ built?'})`);
  }
  const elements = [...doc.querySelectorAll<CsLike>(tags.join(','))];
  for (const el of elements) {
    await waitUntil(() => hasContent(el) || errorPart(el), `<${el.localName}> rendered nothing on the strict page`, { timeout, interval: 20 });
    await settle(el, timeout);
  }
  // Lazy chunks (basemap, mini-timeline) and the first resize-driven layout.
  await sleep(300);
  await frameOf(win);
  await frameOf(win);
  return { window: win, document: doc, record: win.__csp!, elements, close: stage.close };
}

/**
 * A robustness suite's page, set up once for the suite (the elements
 * registered, ResizeObserver's loop notice tolerated) and for each test
 * (console.warn recorded, an empty container `width` px wide).
 */
export function robustPage(width: number): { readonly container: HTMLElement; readonly warnings: WarnRecorder } {
  const page = {} as { container: HTMLElement; warnings: WarnRecorder };
  let untolerate: () => void;
  before(async () => {
    await registerAll();
    untolerate = tolerateResizeObserverLoop();
  });
  after(() => untolerate());
  beforeEach(() => {
    page.warnings = new WarnRecorder().install();
    page.container = document.createElement('div');
    page.container.style.width = `${width}px`;
    document.body.append(page.container);
  });
  afterEach(() => {
    page.warnings.uninstall();
    page.container.remove();
  });
  return page;
}
