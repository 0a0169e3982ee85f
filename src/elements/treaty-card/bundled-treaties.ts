/**
 * The bundled treaties, one document per treaty and language: a card shows
 * one treaty, so a page downloads that one (1 KB gzip) rather than all five.
 * The treaty-card entry primes the English ones (`primeTreaty`), so the card
 * draws after one script request whichever treaty it names.
 */
import { TREATIES } from '../../generated/data/treaties.js';
import type { Locale, TreatiesDocument } from '../../data/types.js';

/** The bundled treaty a `treaty` attribute names (its id or its year alone), if any. */
export function bundledTreatyId(key: string | null | undefined): string | undefined {
  const value = (key ?? '').trim();
  return TREATIES.find((treaty) => treaty.id === value || String(treaty.year) === value)?.id;
}

/** Treaty documents in memory, by `id:locale`: primed by an entry, or loaded before. */
const inMemory = new Map<string, TreatiesDocument>();

/** Puts a treaty's document in memory, so a card renders it in its first update with no request. */
export function primeTreaty(id: string, locale: Locale, document: TreatiesDocument): void {
  inMemory.set(`${id}:${locale}`, document);
}

/**
 * The document of the treaty `key` names if it is in memory; a document
 * without treaties for a key that names none; else undefined (not loaded yet).
 */
export function bundledTreatySync(key: string | null | undefined, locale: Locale): TreatiesDocument | undefined {
  const id = bundledTreatyId(key);
  if (!id) return { treaties: [] };
  return inMemory.get(`${id}:${locale}`);
}

/**
 * The document of the treaty `key` names; for a key that names none, a
 * document without treaties (the card then says what `treaty` accepts, from
 * `bundledTreatyIndex`).
 */
export async function bundledTreaty(key: string | null | undefined, locale: Locale): Promise<TreatiesDocument> {
  const known = bundledTreatySync(key, locale);
  if (known) return known;
  const id = bundledTreatyId(key);
  const entry = TREATIES.find((treaty) => treaty.id === id);
  if (!id || !entry) return { treaties: [] };
  const document = (await entry.load[locale]()).default as TreatiesDocument;
  primeTreaty(id, locale, document);
  return document;
}

/** The ids and years of the bundled treaties, for the messages about a wrong `treaty`. */
export const bundledTreatyIndex: readonly { id: string; year: number }[] = TREATIES;
