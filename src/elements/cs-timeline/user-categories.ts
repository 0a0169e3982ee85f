/**
 * What a user's own document adds to the picture, derived from the model:
 * the categories its events use (the legend offers no button that would hide
 * nothing), colours for categories of its own, and its own sources by id for
 * the panel. Kept out of the element so that it stays one thing.
 */
import type { Category, EventOutlineDocument, Source } from '../../data/types.js';
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

const ownSourceMaps = new WeakMap<object, ReadonlyMap<string, Source>>();

/** A user document's own sources by id, for the panel's source list (the catalogue's are looked up there). */
export function userSourceMap(document: EventOutlineDocument | undefined): ReadonlyMap<string, Source> | undefined {
  const own = (document as { userSources?: readonly { id: string; title: string; publisher?: string; url?: string }[] } | undefined)?.userSources;
  if (!document || !own?.length) return undefined;
  let map = ownSourceMaps.get(document);
  if (!map) {
    map = new Map(own.map((source) => [source.id, { kind: 'reference', language: '', publisher: '', ...source } as Source]));
    ownSourceMaps.set(document, map);
  }
  return map;
}
