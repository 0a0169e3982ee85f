/**
 * A shape per category, so that categories are told apart without colour
 * (WCAG 1.4.1): the marks, the legend and the filter chips draw the same
 * paths, and in forced-colours mode, where every fill is one system colour,
 * the shape alone still says the category. Paths are centred on 0,0 and
 * scaled by `size` (the radius of the circle of diplomacy).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CategoryId } from '../../data/types.js';

/** Each category's outline as an SVG path of radius `r`, of about equal visual weight. */
export function shapePath(category: string, r: number): string {
  const f = (n: number) => +n.toFixed(2);
  switch (category as CategoryId) {
    case 'military': {
      // A triangle pointing up, its centroid on the origin.
      const h = r * 1.2;
      return `M0 ${f(-h * 1.1)}L${f(h)} ${f(h * 0.75)}H${f(-h)}Z`;
    }
    case 'politics': {
      const s = r * 0.88;
      return `M${f(-s)} ${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'repression': {
      const d = r * 1.22;
      return `M0 ${f(-d)}L${f(d)} 0L0 ${f(d)}L${f(-d)} 0Z`;
    }
    default:
      // Diplomacy, and any category a user document brings.
      return `M${f(-r)} 0A${f(r)} ${f(r)} 0 1 0 ${f(r)} 0A${f(r)} ${f(r)} 0 1 0 ${f(-r)} 0Z`;
  }
}

/**
 * The mark of an event at the origin: the first category's shape, and for an
 * event of several categories the second one's shape small inside it.
 */
export function categoryShape(categories: readonly string[], r: number, className = 'dot'): SVGTemplateResult {
  const [first, second] = categories;
  return second
    ? svg`<path class=${`${className} c-${first}`} d=${shapePath(first, r)}></path><path class=${`inner c-${second}`} d=${shapePath(second, r * 0.5)}></path>`
    : svg`<path class=${`${className} c-${first}`} d=${shapePath(first, r)}></path>`;
}

/** A small standalone SVG of a category's shape, for the HTML legend and chips. */
export function shapeIcon(categories: readonly string[]): TemplateResult {
  return html`<svg class="shape" viewBox="-9 -9 18 18" width="14" height="14" aria-hidden="true">${categoryShape(categories, 6.5)}</svg>`;
}
