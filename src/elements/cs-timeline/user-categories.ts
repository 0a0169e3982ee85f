/**
 * What a user's own document adds to the picture, derived from the model:
 * the categories its events use (the legend offers no button that would hide
 * nothing) and colours for categories of its own. Its own sources need nothing
 * here: the loader registers them beside the catalogue. Kept out of the element so that it stays one thing.
 */
import { adoptSheet } from '../../core/css-props.js';
import type { Category } from '../../data/types.js';
import { CATEGORY_IDS, type TimelineModel } from './timeline-model.js';

/** Colours for a user's own categories that name none (Okabe–Ito, legible on light and dark). */
const OWN_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7f7f7f'];

/** The categories the events use: the bundled four in their canonical order, then a document's own in the order it declares them. */
export function usedCategories(model: TimelineModel, declared: readonly Pick<Category, 'id'>[] = []): readonly string[] {
  const used = new Set<string>(model.items.flatMap((item) => item.event.categories));
  return [...new Set<string>([...CATEGORY_IDS, ...declared.map((category) => category.id), ...used])].filter((id) => used.has(id));
}

/** `--_c` for each own category (the bundled four have theirs in the stylesheet); ids are escaped, colours were checked by the reader. */
export function ownCategoryCss(ids: readonly string[], declared: readonly (Pick<Category, 'id'> & { color?: string })[] = []): string {
  let palette = 0;
  return ids
    .filter((id) => !(CATEGORY_IDS as readonly string[]).includes(id))
    .map((id) => {
      const color = declared.find((category) => category.id === id)?.color ?? OWN_PALETTE[palette++ % OWN_PALETTE.length];
      return `.c-${CSS.escape(id)} { --_c: ${color}; }`;
    })
    .join('\n');
}

/** The own categories' colours as one constructed style sheet of a shadow root: a strict CSP blocks a `<style>` element, not the CSSOM. */
export class OwnCategorySheet {
  private sheet?: CSSStyleSheet;
  private css = '';

  /** Puts `css` in the sheet (adopting it into `root` the first time); nothing when it has not changed. */
  adopt(root: ShadowRoot | null, css: string): void {
    if (css === this.css || !root) return;
    this.css = css;
    this.sheet ??= new CSSStyleSheet();
    this.sheet.replaceSync(css);
    adoptSheet(root, this.sheet);
  }
}
