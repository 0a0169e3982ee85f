import { isServer } from 'lit';
import { primeDocument } from '../data/bundled.js';
import type { Locale } from '../data/types.js';
import { loadLocale } from './localize.js';

// A page pre-rendered by ssr.js carries the data its elements were drawn from
// in this script: the hydration of server renderings (with Lit's hydration
// support) loads then, and only then, and puts that data in memory before any
// element is defined (see prerendered.ts). Not a top-level await: rollup would
// then move the modules the lazy chunks share out of the entry file, a second
// request for every page.
const prerendered =
  !isServer && document.querySelector('script[data-cs-history-data]')
    ? import('./prerendered.js').then((module) => (module.primePage(primeDocument, loadLocale), module))
    : undefined;

/**
 * Registers an element unless the tag is taken: pages may load two copies of
 * the bundle, or the all-in-one file beside a single-element file.
 *
 * `prepare(locale)` loads what a pre-rendered element's first picture holds
 * besides its document and UI strings (the map's basemap, the card's names):
 * on a pre-rendered page the element upgrades once it is there, so its first
 * update is the server's picture, adopted as it is (no flash, no shift).
 */
export function define(tag: string, element: CustomElementConstructor, prepare?: (locale: Locale) => Promise<unknown>): void {
  const register = () => {
    if (!customElements.get(tag)) customElements.define(tag, element);
  };
  if (!prerendered) return register();
  void prerendered.then((module) => module.prepare(tag, element, prepare)).then(register, register);
}
