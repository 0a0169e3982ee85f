/**
 * The bundled documents, one lazy chunk per document and language
 * (src/generated/data, made by `npm run gen` from data/). Localized texts in
 * them carry only that language; `CsElement.text()` reads it.
 */
import type {
  BattlesDocument,
  EventOutlineDocument,
  EventsDocument,
  Locale,
  NamesDocument,
  PlacesDocument,
  SourcesDocument,
} from './types.js';

export interface BundledDocuments {
  sources: SourcesDocument;
  events: EventsDocument;
  /** The events without their detail (summary, people, dispute, sources): what a first picture needs. */
  'events-outline': EventOutlineDocument;
  battles: BattlesDocument;
  places: PlacesDocument;
  /** Place and person names without the rest of their records. */
  names: NamesDocument;
}

type Loader = () => Promise<{ default: unknown }>;

// Written out so that bundlers and the test server see every chunk.
const loaders: { [Name in keyof BundledDocuments]: Record<Locale, Loader> } = {
  sources: {
    en: () => import('../generated/data/sources.en.js'),
    cs: () => import('../generated/data/sources.cs.js'),
    sk: () => import('../generated/data/sources.sk.js'),
  },
  events: {
    en: () => import('../generated/data/events.en.js'),
    cs: () => import('../generated/data/events.cs.js'),
    sk: () => import('../generated/data/events.sk.js'),
  },
  'events-outline': {
    en: () => import('../generated/data/events-outline.en.js'),
    cs: () => import('../generated/data/events-outline.cs.js'),
    sk: () => import('../generated/data/events-outline.sk.js'),
  },
  battles: {
    en: () => import('../generated/data/battles.en.js'),
    cs: () => import('../generated/data/battles.cs.js'),
    sk: () => import('../generated/data/battles.sk.js'),
  },
  places: {
    en: () => import('../generated/data/places.en.js'),
    cs: () => import('../generated/data/places.cs.js'),
    sk: () => import('../generated/data/places.sk.js'),
  },
  names: {
    en: () => import('../generated/data/names.en.js'),
    cs: () => import('../generated/data/names.cs.js'),
    sk: () => import('../generated/data/names.sk.js'),
  },
};

/**
 * Documents already in memory, by `name.locale` (treaties by `treaty-<id>.locale`):
 * filled by every load, by an entry that primes them (ssr.js in Node) and by a
 * pre-rendered page's copy of what its server rendering used. What is here an
 * element draws in its first update, with no request and no microtask.
 */
const memory = new Map<string, unknown>();

/** Any bundled document in memory (the typed forms below are for the named ones). */
export function documentSync(name: string, locale: Locale): unknown {
  return memory.get(`${name}.${locale}`);
}

/** Puts any bundled document in memory. */
export function primeDocument(name: string, locale: Locale, document: unknown): void {
  memory.set(`${name}.${locale}`, document);
}

/** A bundled document already in memory (primed by an entry, or loaded before), else undefined. */
export function bundledDataSync<Name extends keyof BundledDocuments>(name: Name, locale: Locale): BundledDocuments[Name] | undefined {
  return documentSync(name, locale) as BundledDocuments[Name] | undefined;
}

/** Puts a bundled document in memory, so an element renders it in its first update with no request. */
export function primeBundled<Name extends keyof BundledDocuments>(name: Name, locale: Locale, document: BundledDocuments[Name]): void {
  primeDocument(name, locale, document);
}

/** A bundled document in one language: from memory, else its chunk (then kept in memory). */
export async function bundledData<Name extends keyof BundledDocuments>(name: Name, locale: Locale): Promise<BundledDocuments[Name]> {
  const document = bundledDataSync(name, locale) ?? ((await loaders[name][locale]()).default as BundledDocuments[Name]);
  primeDocument(name, locale, document);
  return document;
}
