import { primeDocument } from '../data/bundled.js';

// A page pre-rendered by ssr.js carries the data its elements were drawn from
// in this script: the take-over of server renderings loads then, and only
// then, before any element is defined (see prerendered.ts).
const prerendered =
  typeof document !== 'undefined' && document.querySelector('script[data-cs-history-data]') ? await import('./prerendered.js') : undefined;
prerendered?.primePage(primeDocument);

/**
 * Registers an element unless the tag is taken: pages may load two copies of
 * the bundle, or the all-in-one file beside a single-element file.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // Our elements extend CsElement directly: its prototype is the one to extend.
  prerendered?.takeOver(Object.getPrototypeOf(element.prototype));
  if (!customElements.get(tag)) customElements.define(tag, element);
}
