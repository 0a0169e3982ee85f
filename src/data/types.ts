/** Types of the documents in `data/` (see data/README.md and data/schemas/). */

export type Locale = 'en' | 'cs' | 'sk';
export type LocalizedText = Record<Locale, string>;
export type Precision = 'day' | 'month' | 'year';
export type DateQualifier = 'approximate' | 'before' | 'after';

/** A date, or a range, known to a given precision. */
export interface DateSpec {
  date: string;
  precision: Precision;
  qualifier?: DateQualifier;
  end?: string;
  endPrecision?: Precision;
}

export interface SourceRef {
  source: string;
  quote?: string;
  facts?: string[];
  note?: LocalizedText;
}

export interface Source {
  id: string;
  kind: 'document' | 'reference';
  title: string;
  publisher: string;
  url?: string;
  language: string;
  description?: LocalizedText;
}

export interface SourcesDocument {
  sources: Source[];
}

export type CategoryId = 'diplomacy' | 'military' | 'politics' | 'repression';

export interface Category {
  id: CategoryId;
  label: LocalizedText;
  description: LocalizedText;
}

export interface Era extends DateSpec {
  id: string;
  label: LocalizedText;
  /** A shorter name for bands too narrow for the label. */
  short?: LocalizedText;
  sources: SourceRef[];
}

export interface HistoryEvent extends DateSpec {
  id: string;
  categories: CategoryId[];
  era?: string;
  title: LocalizedText;
  summary: LocalizedText;
  places?: string[];
  people?: string[];
  sources: SourceRef[];
  disputed?: LocalizedText;
}

export interface EventsDocument {
  categories?: Category[];
  eras?: Era[];
  events: HistoryEvent[];
}

/** An event's detail: what a reader opens it for. */
export type EventDetailField = 'summary' | 'people' | 'sources' | 'disputed';

/**
 * An event as a first picture needs it (where it goes, what it is called),
 * with or without its detail: the bundled outline has none, a user's
 * document and the full bundled one have all of it.
 */
export type EventOutline = Omit<HistoryEvent, EventDetailField> & Partial<Pick<HistoryEvent, EventDetailField>>;

/** A category as an outline carries it (the bundled outline leaves the description to the whole document). */
export type CategoryOutline = Omit<Category, 'description'> & Partial<Pick<Category, 'description'>>;
/** An era as an outline carries it (the bundled outline leaves its sources to the whole document). */
export type EraOutline = Omit<Era, 'sources'> & Partial<Pick<Era, 'sources'>>;

export interface EventOutlineDocument {
  categories?: CategoryOutline[];
  eras?: EraOutline[];
  events: EventOutline[];
}

/**
 * `total`: all losses of a force together, as a source gives them (never the sum of
 * the other rows). `combined`: one figure a source gives for several categories at
 * once ("killed, missing or captured"), named in `includes`, never filed under one.
 */
export type FigureCategory =
  | 'total'
  | 'killed'
  | 'wounded'
  | 'captured'
  | 'died-in-captivity'
  | 'defected'
  | 'missing'
  | 'non-combat'
  | 'combined';

export type ValueQualifier = 'exact' | 'at-least' | 'about' | 'range';

export interface FigureValue {
  value: number;
  max?: number;
  qualifier: ValueQualifier;
  asOf?: string;
  scope?: LocalizedText;
  source: string;
  quote?: string;
  facts?: string[];
  note?: LocalizedText;
}

export interface Figure {
  force: string;
  category: FigureCategory;
  parent?: FigureCategory;
  /** For `combined`: the categories the one figure counts together. */
  includes?: FigureCategory[];
  label?: LocalizedText;
  values: FigureValue[];
}

export interface Force {
  id: string;
  label: LocalizedText;
}

export interface Battle extends DateSpec {
  id: string;
  event?: string;
  name: LocalizedText;
  place?: string;
  forces: Force[];
  figures: Figure[];
  sources: SourceRef[];
}

export interface BattlesDocument {
  battles: Battle[];
}

export interface Signatory {
  person?: string;
  name: string;
  role: LocalizedText;
  party: LocalizedText;
}

export interface Treaty {
  id: string;
  year: number;
  event?: string;
  name: { official: LocalizedText; short: LocalizedText };
  signed: { date: string; precision: Precision; place?: string };
  parties: LocalizedText[];
  signatories: Signatory[];
  inForce?: { date: string; precision: Precision; qualifier?: DateQualifier; note?: LocalizedText };
  term?: { years?: number; text: LocalizedText };
  ended?: { date: string; precision: Precision; note: LocalizedText };
  terms: LocalizedText[];
  conditions: LocalizedText[];
  outcome: LocalizedText;
  invokedBy: { event?: string; text: LocalizedText }[];
  sources: SourceRef[];
}

export interface TreatiesDocument {
  treaties: Treaty[];
}

export interface Place {
  id: string;
  name: LocalizedText;
  lat: number;
  lon: number;
  kind: 'city' | 'village' | 'pass' | 'region';
  country?: LocalizedText;
  sources: SourceRef[];
}

export interface PlacesDocument {
  places: Place[];
}

export interface Person {
  id: string;
  name: LocalizedText;
  born?: { date: string; precision: Precision };
  died?: { date: string; precision: Precision };
  roles: LocalizedText[];
  sources: SourceRef[];
}

export interface PeopleDocument {
  people: Person[];
}

/** Place and person names alone (generated from the places and people documents). */
export interface NamesDocument {
  places: Pick<Place, 'id' | 'name'>[];
  people: Pick<Person, 'id' | 'name'>[];
}
