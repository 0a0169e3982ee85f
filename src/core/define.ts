import { primeDocument } from '../data/bundled.js';

// A page pre-rendered by ssr.js carries the data its elements were drawn from
// in this script: the take-over of server renderings loads then, and only
// then, and puts that data in memory before any element is defined (see
// prerendered.ts). Not a top-level await: rollup would then move the modules
// the lazy chunks share out of the entry file, a second request for every page.
const prerendered =
  typeof document !== 'undefined' && document.querySelector('script[data-cs-history-data]')
    ? import('./prerendered.js').then((module) => {
        module.primePage(primeDocument);
        return module;
      })
    : undefined;

/**
 * Registers an element unless the tag is taken: pages may load two copies of
 * the bundle, or the all-in-one file beside a single-element file.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const register = () => {
    if (!customElements.get(tag)) customElements.define(tag, element);
  };
  if (!prerendered) return register();
  void prerendered.then((module) => {
    // Our elements extend CsElement directly: its prototype is the one to extend.
    module.takeOver(Object.getPrototypeOf(element.prototype));
    register();
  });
}
