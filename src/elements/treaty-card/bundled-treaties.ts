/**
 * The bundled treaties, one document per treaty and language: a card shows
 * one treaty, so a page downloads that one (1 KB gzip) rather than all five.
 */
import { TREATIES } from '../../generated/data/treaties.js';
import type { Locale, TreatiesDocument } from '../../data/types.js';
import { documentSync, primeDocument } from '../../data/bundled.js';

/** The bundled treaty a `treaty` attribute names (its id or its year alone), if any. */
export function bundledTreatyId(key: string | null | undefined): string | undefined {
  const value = (key ?? '').trim();
  return TREATIES.find((treaty) => treaty.id === value || String(treaty.year) === value)?.id;
}

/**
 * The document of the treaty `key` names; for a key that names none, a
 * document without treaties (the card then says what `treaty` accepts, from
 * `bundledTreatyIndex`).
 */
export async function bundledTreaty(key: string | null | undefined, locale: Locale): Promise<TreatiesDocument> {
  const id = bundledTreatyId(key);
  const entry = TREATIES.find((treaty) => treaty.id === id);
  if (!entry) return { treaties: [] };
  const known = documentSync(treatyDocumentName(entry.id), locale) as TreatiesDocument | undefined;
  if (known) return known;
  const document = (await entry.load[locale]()).default as TreatiesDocument;
  primeTreaty(entry.id, locale, document);
  return document;
}

/** The bundled document name of one treaty (`treaty-friendship-1943`), as `documentSync` knows it. */
export function treatyDocumentName(id: string): string {
  return `treaty-${id}`;
}

/** The treaty's document when it is in memory already (else undefined; a key naming none: no treaties). */
export function bundledTreatySync(key: string | null | undefined, locale: Locale): TreatiesDocument | undefined {
  const id = bundledTreatyId(key);
  if (!id) return { treaties: [] };
  return documentSync(treatyDocumentName(id), locale) as TreatiesDocument | undefined;
}

/** The ids and years of the bundled treaties, for the messages about a wrong `treaty`. */
export const bundledTreatyIndex: readonly { id: string; year: number }[] = TREATIES;

/** Puts a treaty's document in memory (the treaty-card entry primes the English ones), so a card renders it with no request. */
export function primeTreaty(id: string, locale: Locale, document: TreatiesDocument): void {
  primeDocument(treatyDocumentName(id), locale, document);
}
