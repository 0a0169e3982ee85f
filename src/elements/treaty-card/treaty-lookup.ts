import type { Treaty, TreatiesDocument } from '../../data/types.js';

/** What a `treaty` attribute value points at in a document. */
export type TreatyLookup =
  | { kind: 'found'; treaty: Treaty }
  | { kind: 'missing' }
  | { kind: 'unknown'; value: string }
  | { kind: 'ambiguous'; value: string; ids: string[] };

/**
 * Finds the treaty an attribute value names: its id, or its year alone
 * (`1943`). A year that two treaties of a user document share is ambiguous
 * rather than silently the first of them.
 */
export function findTreaty(document: TreatiesDocument, key: string | null | undefined): TreatyLookup {
  const value = (key ?? '').trim();
  if (!value) return { kind: 'missing' };
  const byId = document.treaties.find((treaty) => treaty.id === value);
  if (byId) return { kind: 'found', treaty: byId };
  if (/^\d{4}$/.test(value)) {
    const byYear = document.treaties.filter((treaty) => treaty.year === Number(value));
    if (byYear.length === 1) return { kind: 'found', treaty: byYear[0] };
    if (byYear.length > 1) return { kind: 'ambiguous', value, ids: byYear.map((treaty) => treaty.id) };
  }
  return { kind: 'unknown', value };
}

/** The path of the first treaty id used twice, which would make `treaty` ambiguous. */
export function duplicateTreatyId(document: TreatiesDocument): { path: string; id: string } | undefined {
  const seen = new Set<string>();
  for (const [index, treaty] of document.treaties.entries()) {
    if (seen.has(treaty.id)) return { path: `treaties[${index}].id`, id: treaty.id };
    seen.add(treaty.id);
  }
  return undefined;
}

/** The distinct years of a document, in order: what `treaty="<year>"` accepts. */
export function treatyYears(document: { treaties: readonly Pick<Treaty, 'year'>[] }): number[] {
  return [...new Set(document.treaties.map((treaty) => treaty.year))].sort((a, b) => a - b);
}
