/**
 * Taking over a server rendering: pages pre-rendered by ssr.js
 * (`renderToString`, `cs-history-prerender`) show each element's content
 * before any script, as Declarative Shadow DOM, and carry the data it was
 * drawn from. This module loads only on such pages (define.ts imports it
 * before any element is defined), so no other page pays for it; like Lit's
 * own hydration support, it extends the base class's methods:
 *
 * - the server's nodes stay on screen, with nothing beside them (the
 *   element's loading renders are empty meanwhile), until the element draws
 *   its own picture; then they go in the same task: no flash, no empty box,
 *   no shift;
 * - the page's copy of the data is put in memory first, so the element
 *   draws from it in its first update instead of downloading it again.
 *
 * Lit's hydration (@lit-labs/ssr-client) would adopt the server's DOM
 * instead, but needs the browser's first render to match the server's
 * template for template; ours depends on the measured width and on parts
 * loaded later (UI strings, the map's basemap), so the element draws anew.
 *
 * It imports nothing: the bundler then keeps the shared core in one chunk.
 */
import type { TemplateResult } from 'lit';
import type { Locale } from '../data/types.js';

interface Hooks {
  serverNodes?: ChildNode[];
  createRenderRoot(): HTMLElement | DocumentFragment;
  performUpdate(): void;
  renderLoading(): TemplateResult;
}

/** Puts the page's copy of the documents in memory (`primeDocument` of src/data/bundled.ts). */
export function primePage(prime: (name: string, locale: Locale, document: unknown) => void): void {
  for (const script of document.querySelectorAll('script[type="application/json"][data-cs-history-data]')) {
    try {
      for (const [key, value] of Object.entries(JSON.parse(script.textContent ?? '') as Record<string, unknown>)) {
        const [name, locale] = key.split('.');
        prime(name, locale as Locale, value);
      }
    } catch {
      // A damaged copy: the elements download their data as usual.
    }
  }
}

const extended = new WeakSet<object>();
/** Elements whose current update rendered their loading state. */
const waiting = new WeakSet<Hooks>();

/** Extends the base class (CsElement's prototype) once. */
export function takeOver(base: Hooks): void {
  if (extended.has(base)) return;
  extended.add(base);
  const { createRenderRoot, performUpdate, renderLoading } = base;

  base.createRenderRoot = function (this: Hooks) {
    const root = createRenderRoot.call(this);
    // A declarative shadow root with content was there before any script: the element was pre-rendered.
    if (root.firstChild) this.serverNodes = [...root.childNodes];
    return root;
  };

  base.renderLoading = function (this: Hooks) {
    if (!this.serverNodes) return renderLoading.call(this);
    waiting.add(this);
    return '' as unknown as TemplateResult; // an empty text: nothing beside the server's picture
  };

  base.performUpdate = function (this: Hooks) {
    waiting.delete(this);
    performUpdate.call(this);
    if (this.serverNodes && !waiting.has(this)) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = undefined;
    }
  };
}
