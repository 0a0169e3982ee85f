import { bundledData } from '../../data/bundled.js';
import type { Locale, LocalizedText, NamesDocument } from '../../data/types.js';

/**
 * What a card needs besides its treaty, loaded lazily and once per page:
 * the names of places and people (the bundled `names` document)
 * and the mini-timeline module with d3-time. The card asks for it through
 * the core's `SecondaryData` (`load: loadCardSupport, sync: cardSupportSync`).
 */
export interface CardSupport {
  locale: Locale;
  placeNames: ReadonlyMap<string, Partial<LocalizedText>>;
  personNames: ReadonlyMap<string, Partial<LocalizedText>>;
  /** Undefined when the module could not load: the card then shows the timeline as text only. */
  duration?: typeof import('./duration.js');
}

const pending = new Map<Locale, Promise<CardSupport>>();
/** What has arrived, for a card's first update (Node's ssr.js loads all languages before rendering). */
const ready = new Map<Locale, CardSupport>();

/** The support of `locale` when it has arrived already, else undefined. */
export function cardSupportSync(locale: Locale): CardSupport | undefined {
  return ready.get(locale);
}

type DurationModule = typeof import('./duration.js');
let durationModule: Promise<DurationModule | undefined> | undefined;

/**
 * Hands over the mini-timeline module, for an entry that bundles it
 * (src/define/treaty-card.ts): the card then draws it with no request.
 */
export function provideDuration(module: DurationModule): void {
  durationModule = Promise.resolve(module);
}

/** The names in one language (each language is its own lazy chunk). */
export function loadCardSupport(locale: Locale): Promise<CardSupport> {
  let support = pending.get(locale);
  if (!support) {
    support = Promise.all([
      bundledData('names', locale).catch((): NamesDocument => ({ places: [], people: [] })),
      (durationModule ??= import('./duration.js').catch(() => undefined)),
    ]).then(([names, duration]) => ({
      locale,
      placeNames: new Map(names.places.map((place) => [place.id, place.name])),
      personNames: new Map(names.people.map((person) => [person.id, person.name])),
      duration,
    })).then((support) => {
      ready.set(locale, support);
      return support;
    });
    pending.set(locale, support);
  }
  return support;
}
