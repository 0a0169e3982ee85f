// The property behind attributes.test.ts: one element instance, attributes set
// to random and hostile values one after another, and after each value an
// oracle of what the reader must see. Kept apart from the test so the test can
// also run it against a deliberately faulty element (it must catch it).
import fc from 'fast-check';
import { PAYLOADS } from './payloads.js';
import {
  errorPart,
  ErrorRecorder,
  FetchRecorder,
  hasContent,
  macrotask,
  RESIZE_OBSERVER_LOOP,
  settle,
  squash,
  WarnRecorder,
  type CsLike,
} from './helpers.js';

/** What the reader must see for a value: no error, the error part naming the attribute, or either. */
export type Verdict = 'valid' | 'invalid' | 'either';

export interface AttributeSpec {
  name: string;
  boolean: boolean;
  /** Values that look right: documented values, ids of the data, defaults. */
  seeds: string[];
  /** The verdict for a value (null: the attribute removed). */
  oracle: (value: string | null) => Verdict;
  /** For enumerations: the values an error message must list. */
  listed?: string[];
  /** Values for this attribute, instead of the generic ones (src: same-origin URLs only). */
  values?: fc.Arbitrary<string | null>;
  /** Decides the verdict of a value that needs a look (src: fetch and validate). */
  verdictAsync?: (value: string | null) => Promise<Verdict>;
}

const HOSTILE_CONSTANTS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  '\u200b',
  '\ufeff',
  '\uD800',
  'a\uDFFFb',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  'true',
  'false',
  '0',
  '-0',
  '-1',
  '1e308',
  '-1e308',
  '1e-308',
  '9007199254740993',
  '0x7a7',
  '1943.5',
  '01943',
  '+1943',
  '-1943',
  '19430',
  '0000',
  '9999',
  '1943-02-30',
  '1943-13-01',
  '1943-00-10',
  '1943-1-1',
  '1943-12-31T23:59:59Z',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '{}',
  '[]',
  '{"a":1}',
  '[1,2,3]',
  '{"__proto__":{"polluted":true}}',
  '"quoted"',
  "'single'",
  'مرحبا بالعالم',
  'Příliš žluťoučký kůň',
  '🇨🇿🇸🇰 👩‍👩‍👧',
  'e\u0301\u0301\u0301',
  '\u202eevil',
  'ÿ'.repeat(300),
];

const MUTATIONS: ((seed: string) => string)[] = [
  (seed) => seed.toUpperCase(),
  (seed) => seed.charAt(0).toUpperCase() + seed.slice(1),
  (seed) => ` ${seed}`,
  (seed) => `${seed} `,
  (seed) => `${seed}${seed}`,
  (seed) => `${seed} ${seed}`,
  (seed) => seed.slice(0, -1),
  (seed) => seed.slice(1),
  (seed) => `${seed}\u0000`,
  (seed) => `${seed}<b>`,
  (seed) => seed.replace(/-/g, '_'),
  (seed) => `-${seed}`,
  (seed) => `${seed}x`,
  (seed) => `${seed}-1`,
  (seed) => `${seed},${seed}`,
  (seed) => seed.normalize('NFD'),
  (seed) => [...seed].reverse().join(''),
];

/** encodeURIComponent throws on a lone surrogate: those become U+FFFD first. */
export const encode = (text: string) =>
  encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** Random and hostile strings: empty, huge, unicode, numbers out of range, JSON-looking, injections. */
export function hostileString(maxHuge = 200_000): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
    { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 2, arbitrary: fc.integer({ min: 1800, max: 2100 }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    {
      weight: 2,
      arbitrary: fc
        .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    },
    { weight: 2, arbitrary: fc.json({ maxDepth: 2 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1000, max: maxHuge }), fc.constantFrom('9', 'x', 'ř<', '\u{1F1E8}', ' '))
        .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
    },
  );
}

/** Values for an attribute: its seeds, the seeds slightly wrong, hostile strings, and removal. */
export function attributeValues(spec: AttributeSpec): fc.Arbitrary<string | null> {
  if (spec.values) return spec.values;
  const seeds = spec.seeds.length ? spec.seeds : ['x'];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...seeds) },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...seeds), fc.nat({ max: MUTATIONS.length - 1 })).map(([seed, index]) => MUTATIONS[index](seed)),
    },
    { weight: 5, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** An enumeration: exactly one of `values` is valid; the same after trimming or case folding may go either way. */
export function enumOracle(values: readonly string[], absent: Verdict = 'valid'): (value: string | null) => Verdict {
  return (value) => {
    if (value === null) return absent;
    if (values.includes(value)) return 'valid';
    if (values.includes(value.trim().toLowerCase())) return 'either';
    return 'invalid';
  };
}

const show = (value: string | null) => {
  if (value === null) return '(removed)';
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 100)}…" (${value.length} chars)` : json;
};

export interface Harness {
  el: CsLike;
  tag: string;
  specs: AttributeSpec[];
  /** Attribute values with which the element renders its picture. */
  baseline: Record<string, string>;
  /**
   * A fresh instance, after a failed case: shrinking then starts from a clean
   * element, not from the state the failure left behind.
   */
  replace: () => Promise<CsLike>;
  /**
   * Values to restore instead of removing the attribute (and no removals among
   * the values): only to look past a removal bug while it is being fixed.
   */
  restoreValues?: Record<string, string>;
}

const restoreValue = (harness: Harness, name: string) => harness.baseline[name] ?? harness.restoreValues?.[name];
const valuesOf = (harness: Harness, spec: AttributeSpec) =>
  harness.restoreValues ? attributeValues(spec).filter((value) => value !== null) : attributeValues(spec);

/** Runs one case; when it fails, the harness gets a fresh element before the failure is reported. */
async function guarded(harness: Harness, body: (el: CsLike) => Promise<void>): Promise<void> {
  try {
    await body(harness.el);
  } catch (error) {
    harness.el = await harness.replace();
    throw error;
  }
}

/** Sets (or removes) one attribute. */
function apply(el: Element, name: string, value: string | null | undefined): void {
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Everything that must hold after any change: no uncaught error, only same-origin requests for `src`. */
class Watch {
  readonly errors = new ErrorRecorder(RESIZE_OBSERVER_LOOP);
  readonly warnings = new WarnRecorder();
  readonly fetches = new FetchRecorder();

  private onerror: OnErrorEventHandler = null;

  /** Before each case: fresh records; mocha's window.onerror set aside, so an error is reported with its case. */
  install(): void {
    this.errors.install().take();
    this.warnings.install().take();
    this.fetches.install().take();
    this.onerror = window.onerror;
    window.onerror = null;
  }

  uninstall(): void {
    this.errors.uninstall();
    this.warnings.uninstall();
    this.fetches.uninstall();
    window.onerror = this.onerror;
  }

  private settledCount = 0;

  /**
   * Waits for the element; an update that throws fails the case. Error and
   * rejection events need a task to arrive: one is given after every load and
   * every 10th change (each task is also a chance to lay out, which costs more
   * than the change); the test checks once more at the end of the run.
   */
  async settled(el: CsLike, what: string, loaded = false): Promise<void> {
    try {
      await settle(el);
    } catch (error) {
      throw new Error(`${what}: updating threw ${(error as Error)?.stack ?? error}`);
    }
    if (loaded || ++this.settledCount % 10 === 0) await macrotask();
    const errors = this.errors.take();
    if (errors.length) throw new Error(`${what}: uncaught ${errors.join('\n')}`);
  }

  /** The element's own warnings since the last call. */
  ownWarnings(tag: string): string[] {
    return this.warnings.take().filter((warning) => warning.startsWith(`<${tag}>`));
  }

  /** Requests since the last call must go to the page's own origin, to the URL `src` names. */
  checkRequests(what: string, src: string | null | undefined): void {
    const requests = this.fetches.take();
    const allowed = src?.trim() ? new URL(src.trim(), document.baseURI).href : undefined;
    for (const { url } of requests) {
      if (new URL(url).origin !== location.origin) throw new Error(`${what}: a request left the page's origin: ${url}`);
      if (url !== allowed) throw new Error(`${what}: requested ${url}, which src (${show(src ?? null)}) does not name`);
    }
  }
}

/**
 * The oracle's verdict against what the element shows. An error must name one
 * of `names` (or the `src` URL, for a data error, which must offer Retry).
 */
function expectState(el: CsLike, verdict: Verdict, names: string[], what: string, spec?: AttributeSpec, src?: string | null): void {
  const error = errorPart(el);
  const message = squash(error?.textContent);
  const named = names.some((name) => message.includes(name)) || Boolean(src?.trim() && message.includes(src.trim()));
  if (verdict === 'valid') {
    if (error) throw new Error(`${what}: expected the picture, got the error “${message.slice(0, 300)}”`);
  }
  if (verdict === 'invalid') {
    if (!error) throw new Error(`${what}: expected [part~="error"], got ${hasContent(el) ? 'the picture' : 'a blank element'}`);
  }
  if (error) {
    if (!named) throw new Error(`${what}: the error does not name ${names.join(' or ')}${src ? ` or the URL` : ''}: “${message.slice(0, 300)}”`);
    if (spec?.listed && names.includes(spec.name) && !src) {
      const missing = spec.listed.filter((value) => !message.includes(value));
      if (missing.length) throw new Error(`${what}: the error does not list the valid value(s) ${missing.join(', ')}: “${message.slice(0, 300)}”`);
    }
    const dataError = Boolean(src?.trim()) && !names.some((name) => name !== 'src' && message.includes(name));
    // Retry only where retrying can help: the network failed, not the document.
    const retryHelps = /network request failed|did not arrive|HTTP 5\d\d/.test(message);
    if (dataError && retryHelps && !error.querySelector('button')) throw new Error(`${what}: a network failure without a Retry button: “${message.slice(0, 300)}”`);
    if (dataError && !retryHelps && error.querySelector('button')) throw new Error(`${what}: a Retry button for a document retrying cannot fix: “${message.slice(0, 300)}”`);
  } else if (!hasContent(el)) {
    throw new Error(`${what}: blank: neither the picture nor [part~="error"] (${squash(el.shadowRoot?.textContent).slice(0, 200)})`);
  }
}

/**
 * One attribute at a time: set it to a value, check the oracle and the
 * warnings, put it back, check the picture is back.
 */
export function singleAttributeProperty(harness: Harness): fc.IAsyncPropertyWithHooks<[[number, string | null]]> {
  const { tag, specs } = harness;
  const watch = new Watch();
  const arbitrary = fc.nat({ max: specs.length - 1 }).chain((index) => fc.tuple(fc.constant(index), valuesOf(harness, specs[index])));
  return fc
    .asyncProperty(arbitrary, ([index, value]) => guarded(harness, async (el) => {
      const spec = specs[index];
      const what = `<${tag} ${spec.name}=${show(value)}>`;
      const verdict = spec.verdictAsync ? await spec.verdictAsync(value) : spec.oracle(value);
      watch.ownWarnings(tag);
      apply(el, spec.name, value);
      await watch.settled(el, what, spec.name === 'src');
      const src = spec.name === 'src' ? value : el.getAttribute('src');
      expectState(el, verdict, [spec.name], what, spec, spec.name === 'src' ? value : undefined);
      const warnings = watch.ownWarnings(tag);
      const expected = errorPart(el) ? 1 : 0;
      if (warnings.length !== expected) {
        throw new Error(`${what}: expected ${expected} console.warn, got ${warnings.length}: ${warnings.join(' | ').slice(0, 300)}`);
      }
      watch.checkRequests(what, src);

      const back = `${what}, then ${spec.name} back to ${show(restoreValue(harness, spec.name) ?? null)}`;
      apply(el, spec.name, restoreValue(harness, spec.name));
      await watch.settled(el, back, spec.name === 'src');
      expectState(el, 'valid', [spec.name], back);
      watch.ownWarnings(tag);
      watch.checkRequests(back, el.getAttribute('src'));
    }))
    .beforeEach(() => watch.install())
    .afterEach(() => watch.uninstall());
}

/**
 * Several attributes at once: whatever the mix, no uncaught error, and either
 * the picture or an error naming one of them; then all back to the baseline.
 */
export function mixedAttributesProperty(harness: Harness): fc.IAsyncPropertyWithHooks<[[number, string | null][]]> {
  const { tag, specs } = harness;
  const watch = new Watch();
  const change = fc.nat({ max: specs.length - 1 }).chain((index) => fc.tuple(fc.constant(index), valuesOf(harness, specs[index])));
  return fc
    .asyncProperty(fc.array(change, { minLength: 2, maxLength: 6 }), (changes) => guarded(harness, async (el) => {
      const what = `<${tag} ${changes.map(([index, value]) => `${specs[index].name}=${show(value)}`).join(' ')}>`;
      for (const [index, value] of changes) apply(el, specs[index].name, value);
      await watch.settled(el, what, true);
      const names = [...new Set(changes.map(([index]) => specs[index].name))];
      expectState(el, 'either', names, what, undefined, el.getAttribute('src'));
      watch.checkRequests(what, el.getAttribute('src'));
      for (const name of names) apply(el, name, restoreValue(harness, name));
      await watch.settled(el, `${what}, then back`, true);
      expectState(el, 'valid', names, `${what}, then back to the baseline`);
      watch.ownWarnings(tag);
      watch.checkRequests(what, el.getAttribute('src'));
    }))
    .beforeEach(() => watch.install())
    .afterEach(() => watch.uninstall());
}
