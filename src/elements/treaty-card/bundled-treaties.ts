/**
 * The bundled treaties, one document per treaty and language: a card shows
 * one treaty, so a page downloads that one (1 KB gzip) rather than all five.
 */
import { TREATIES } from '../../generated/data/treaties.js';
import type { Locale, TreatiesDocument } from '../../data/types.js';

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
  return (await entry.load[locale]()).default as TreatiesDocument;
}

/** The ids and years of the bundled treaties, for the messages about a wrong `treaty`. */
export const bundledTreatyIndex: readonly { id: string; year: number }[] = TREATIES;
