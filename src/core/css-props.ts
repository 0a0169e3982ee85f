import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string>>;

/**
 * Inline style properties set through the CSSOM (`style.setProperty`), the
 * first render included: `<div ${cssProps({ left: '4px' })}>`. Under a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') a `style`
 * attribute is blocked, and Lit's styleMap writes one on its first render.
 */
class CssProps extends Directive {
  private previous: Properties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element: <div ${cssProps({ … })}>');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const previous = this.previous;
    for (const name in previous) if (!(name in properties)) style.removeProperty(name);
    // Unchanged values are not written again: a zoom re-renders every mark on every frame.
    for (const name in properties) if (previous[name] !== properties[name]) style.setProperty(name, properties[name]);
    this.previous = properties;
    return noChange;
  }
}

export const cssProps = directive(CssProps);

/** Adopts `sheet` into `root` unless it is there already: styles through the CSSOM, which a strict CSP allows where it blocks a `<style>` element. */
export function adoptSheet(root: ShadowRoot | null | undefined, sheet: CSSStyleSheet | undefined): void {
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
