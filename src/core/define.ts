/**
 * Registers an element unless the tag is taken: pages may load two copies of
 * the bundle, or the all-in-one file beside a single-element file.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
