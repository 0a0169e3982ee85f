/**
 * Hydrating server renderings: pages pre-rendered by ssr.js (`renderToString`,
 * `cs-history-prerender`, `renderEmbed`) show each element's content before
 * any script, as Declarative Shadow DOM, and carry the data it was drawn
 * from. This module loads only on such pages (define.ts imports it before
 * any element is defined), so no other page pays for it, nor for Lit's
 * hydration support (@lit-labs/ssr-client), which it brings.
 *
 * Lit's hydration adopts the server's DOM instead of drawing anew: the
 * browser's first template must then be the server's, value for value (an
 * attribute that differs is never written, the DOM keeps the server's). So
 * the first update of a pre-rendered element runs on the server's inputs:
 *
 * - its documents are put in memory from the page's copy (no download);
 * - its language's UI strings, and whatever else its first picture holds on
 *   the server (the map's basemap), are loaded before the element upgrades;
 * - `hydrating` is true during that update: the size controllers start from
 *   the width the server laid out for, and the real width follows in a
 *   normal update once observed.
 *
 * The updates after it (the real width, the download menu) draw anew until
 * the reader first acts on the element: moving the adopted nodes would count
 * as a layout shift, new nodes in their place do not.
 *
 * If a picture still differs in shape (a template the server did not draw),
 * Lit throws: the element is then drawn anew, with a console warning that
 * says so, rather than left half-alive.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { Locale } from '../data/types.js';

type Support = (classes: { LitElement: unknown }) => void;
const global = globalThis as { litElementHydrateSupport?: Support };
const support = global.litElementHydrateSupport!;
// Lit calls this global when its LitElement class is defined; ours was defined before this
// chunk arrived, so it is called below with our class. Other copies of Lit the host page
// loads later are not ours to change (the patch replaces LitElement's update method).
delete global.litElementHydrateSupport;

const PATCHED = Symbol.for('cs-history-elements.hydrate');

interface Hooks {
  hydrating?: boolean;
  shadowRoot: ShadowRoot | null;
  localName: string;
  createRenderRoot(): HTMLElement | DocumentFragment;
  performUpdate(): void;
  update(changed: unknown): void;
}

/** The languages the server drew each tag in (the data script's `$elements`). */
let drawnIn: Record<string, Locale[]> = {};
let loadStrings: (locale: Locale) => Promise<unknown> = () => Promise.resolve();

/**
 * Puts the page's copy of the documents in memory (`primeDocument` of
 * src/data/bundled.ts), and takes the loader of UI strings (`loadLocale`).
 */
export function primePage(prime: (name: string, locale: Locale, document: unknown) => void, loadLocale: typeof loadStrings): void {
  loadStrings = loadLocale;
  for (const script of document.querySelectorAll('script[type="application/json"][data-cs-history-data]')) {
    try {
      for (const [key, value] of Object.entries(JSON.parse(script.textContent ?? '') as Record<string, unknown>)) {
        if (key === '$elements') drawnIn = { ...drawnIn, ...(value as typeof drawnIn) };
        else prime(key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1) as Locale, value);
      }
    } catch {
      // A damaged copy: the elements download their data as usual.
    }
  }
}

/**
 * Before `tag` is defined on a pre-rendered page: Lit's hydration for its
 * class, and the UI strings and `extra` parts in the languages the server
 * drew it in. A failure only costs the adoption: the element draws anew.
 */
export async function prepare(tag: string, element: CustomElementConstructor, extra?: (locale: Locale) => Promise<unknown>): Promise<void> {
  if (customElements.get(tag)) return;
  hydrate(element);
  const locales = drawnIn[tag] ?? [];
  await Promise.all(locales.flatMap((locale) => [loadStrings(locale), extra?.(locale)])).catch(() => {});
}

/**
 * Makes the element class hydrate: Lit's hydration support on its LitElement
 * (once per copy of Lit), and the `hydrating` flag and the fallback on the
 * class our elements extend (CsElement).
 */
function hydrate(element: CustomElementConstructor): void {
  let litElement: unknown = element;
  while (litElement && !Object.prototype.hasOwnProperty.call(litElement, '_$litElement$')) litElement = Object.getPrototypeOf(litElement);
  const lit = litElement as { [PATCHED]?: boolean } | null;
  if (!lit || lit[PATCHED]) return;
  lit[PATCHED] = true;
  support({ LitElement: lit });
  extend(Object.getPrototypeOf(element.prototype) as Hooks);
}

function extend(base: Hooks): void {
  const { createRenderRoot, performUpdate, update } = base;

  base.createRenderRoot = function (this: Hooks) {
    // A declarative shadow root with content: the server's picture, to adopt.
    if (this.shadowRoot?.firstChild) this.hydrating = true;
    return createRenderRoot.call(this);
  };

  base.performUpdate = function (this: Hooks) {
    try {
      performUpdate.call(this);
    } finally {
      this.hydrating = false;
    }
  };

  base.update = function (this: Hooks, changed: unknown) {
    if (adopted.has(this)) {
      // Moving the adopted nodes to a new layout (the real width) would be a layout shift; new
      // nodes in the same place are none. So until the reader first acts on the element (nothing
      // of theirs is in the nodes before: focus, selection, an open menu), each update draws anew.
      drawAnew(this);
      return update.call(this, changed);
    }
    if (!this.hydrating) return update.call(this, changed);
    try {
      update.call(this, changed);
      adopted.add(this);
      const host = this as unknown as HTMLElement;
      const settle = () => {
        adopted.delete(this);
        for (const type of INTERACTIONS) host.removeEventListener(type, settle, true);
      };
      for (const type of INTERACTIONS) host.addEventListener(type, settle, { capture: true, passive: true });
    } catch (error) {
      // The template differed from the server's: Lit cannot adopt the DOM. Draw anew.
      console.warn(`<${this.localName}>: the server rendering did not match the first picture, drawn anew (${String(error)})`);
      drawAnew(this);
      update.call(this, changed);
    }
  };
}

/** Pre-rendered elements the reader has not acted on yet (see `update`). */
const adopted = new WeakSet<Hooks>();
const INTERACTIONS = ['pointerdown', 'keydown', 'focusin', 'wheel', 'touchstart'];

/** Empties the render root for a new picture (the server's <style> stays: a hydrated root keeps it instead of adopting the styles). */
function drawAnew(element: Hooks): void {
  const root = element.shadowRoot!;
  for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
  delete (root as { _$litPart$?: unknown })._$litPart$;
  (element as { _$needsHydration?: boolean })._$needsHydration = false;
}
