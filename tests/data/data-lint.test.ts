/**
 * Data lint: the bundled documents in data/ are consistent, sourced and translated.
 * Schema validation runs in Node (scripts/validate-data.mjs); these checks cover what
 * JSON Schema cannot: cross-file references, verbatim quotes, date order, conflicts.
 */
import { expect } from '@open-wc/testing';
import type {
  BattlesDocument,
  EventsDocument,
  Figure,
  HistoryEvent,
  PeopleDocument,
  PlacesDocument,
  Precision,
  SourceRef,
  SourcesDocument,
  TreatiesDocument,
} from '../../src/data/types.js';

interface Fact {
  id: string;
  topic: string;
  statement: string;
  quote?: string | null;
  value?: unknown;
  note?: string;
}

type Node = Record<string, unknown>;

const FILES = ['sources', 'events', 'battles', 'treaties', 'places', 'people'] as const;
type FileName = (typeof FILES)[number];

const TREATY_IDS = [
  'mutual-assistance-1935',
  'joint-action-1941',
  'friendship-1943',
  'liberated-territory-1944',
  'ruthenia-1945',
];
const LOCALES = ['en', 'cs', 'sk'] as const;
const PATTERNS: Record<Precision, RegExp> = {
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let sources: SourcesDocument;
let events: EventsDocument;
let battles: BattlesDocument;
let treaties: TreatiesDocument;
let places: PlacesDocument;
let people: PeopleDocument;
let facts: Map<string, Fact>;
const texts = new Map<string, string>();
let docs: Record<FileName, unknown>;

before(async () => {
  [sources, events, battles, treaties, places, people] = await Promise.all([
    getJson<SourcesDocument>('/data/sources.json'),
    getJson<EventsDocument>('/data/events.json'),
    getJson<BattlesDocument>('/data/battles.json'),
    getJson<TreatiesDocument>('/data/treaties.json'),
    getJson<PlacesDocument>('/data/places.json'),
    getJson<PeopleDocument>('/data/people.json'),
  ]);
  docs = { sources, events, battles, treaties, places, people };
  facts = new Map((await getJson<Fact[]>('/data/reference/facts.json')).map((fact) => [fact.id, fact]));
  for (const source of sources.sources.filter((s) => s.kind === 'document')) {
    const response = await fetch(`/data/texts/${source.id}.txt`);
    if (response.ok) texts.set(source.id, await response.text());
  }
});

/** Visits every object of a document with a readable path: `events.json/events[kiev]/sources/0`. */
function walk(node: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      const id = item && typeof item === 'object' && typeof (item as Node).id === 'string' ? (item as Node).id : undefined;
      walk(item, id ? `${path}[${id}]` : `${path}/${index}`, visit);
    });
  } else if (node && typeof node === 'object') {
    visit(node as Node, path);
    for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`, visit);
  }
}

function walkAll(visit: (node: Node, path: string) => void): void {
  for (const file of FILES) walk(docs[file], `${file}.json`, visit);
}

/** Every source reference (SourceRef or figure value) in every document. */
function allRefs(): { ref: SourceRef; path: string }[] {
  const refs: { ref: SourceRef; path: string }[] = [];
  walkAll((node, path) => {
    if (typeof node.source === 'string') refs.push({ ref: node as unknown as SourceRef, path });
  });
  return refs;
}

const isLocalized = (node: Node) => {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.some((key) => key === 'en' || key === 'cs' || key === 'sk') && keys.every((key) => key === 'en' || key === 'cs' || key === 'sk');
};

/** Every localized text with its path. */
function allLocalized(): { text: Node; path: string }[] {
  const found: { text: Node; path: string }[] = [];
  walkAll((node, path) => {
    if (isLocalized(node)) found.push({ text: node, path });
  });
  return found;
}

/** First and last day a date of a given precision can mean, for comparisons. */
const earliest = (date: string) => (date + '-01-01').slice(0, 10);
const latest = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

const expectNone = (problems: string[]) => expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);

const figure = (battleId: string, force: string, category: string): Figure | undefined =>
  battles.battles.find((b) => b.id === battleId)?.figures.find((f) => f.force === force && f.category === category);

/** Every kind of record that must cite a source, by the name of its list. */
function sourcedRecords(): [string, { id: string; sources?: SourceRef[] }[]][] {
  return [
    ['eras', events.eras ?? []],
    ['events', events.events],
    ['battles', battles.battles],
    ['treaties', treaties.treaties],
    ['places', places.places],
    ['people', people.people],
  ];
}

describe('data lint: identity and references', () => {
  it('has unique ids within every file (and forces within every battle)', () => {
    const problems: string[] = [];
    const lists: [string, { id: string }[]][] = [
      ['sources', sources.sources],
      ['categories', events.categories ?? []],
      ...sourcedRecords(),
      ...battles.battles.map((b): [string, { id: string }[]] => [`battle ${b.id} forces`, b.forces]),
    ];
    for (const [name, list] of lists) {
      const seen = new Set<string>();
      for (const { id } of list) {
        if (seen.has(id)) problems.push(`${name}: duplicate id "${id}"`);
        seen.add(id);
      }
    }
    expectNone(problems);
  });

  it('makes every record cite at least one source', () => {
    const problems: string[] = [];
    for (const [name, list] of sourcedRecords()) {
      for (const record of list) if (!record.sources?.length) problems.push(`${name}: "${record.id}" cites no source`);
    }
    for (const battle of battles.battles) {
      for (const fig of battle.figures) {
        fig.values.forEach((value, i) => {
          if (!value.source) problems.push(`battle ${battle.id}: ${fig.force}/${fig.category} value ${i} has no source`);
        });
      }
    }
    expectNone(problems);
  });

  it('cites only sources that exist, and every listed source is cited', () => {
    const ids = new Set(sources.sources.map((s) => s.id));
    const cited = new Set<string>();
    const problems: string[] = [];
    for (const { ref, path } of allRefs()) {
      if (path.startsWith('sources.json')) continue;
      cited.add(ref.source);
      if (!ids.has(ref.source)) problems.push(`${path}: unknown source "${ref.source}"`);
    }
    for (const id of ids) if (!cited.has(id)) problems.push(`sources.json: "${id}" is never cited`);
    expectNone(problems);
  });

  it('describes every source with title, publisher and a clean URL; documents have their text', () => {
    const problems: string[] = [];
    for (const source of sources.sources) {
      if (!source.title.trim() || !source.publisher.trim()) problems.push(`${source.id}: title or publisher empty`);
      if (source.url && (!/^https?:\/\/\S+$/.test(source.url) || /\.\.\.|…/.test(source.url))) problems.push(`${source.id}: bad URL ${source.url}`);
      if (/\.txt$/.test(source.title) || /\d{3}_[0-9a-f]{16}/.test(source.title)) problems.push(`${source.id}: named by file name`);
      if (source.kind === 'document' && !texts.get(source.id)?.trim()) problems.push(`${source.id}: no data/texts/${source.id}.txt`);
    }
    expect(sources.sources.filter((s) => s.kind === 'document')).to.have.length(4);
    expectNone(problems);
  });

  it('references only places, people, eras, categories, events and forces that exist', () => {
    const placeIds = new Set(places.places.map((p) => p.id));
    const personIds = new Set(people.people.map((p) => p.id));
    const eraIds = new Set((events.eras ?? []).map((e) => e.id));
    const categoryIds = new Set((events.categories ?? []).map((c) => c.id));
    const eventIds = new Set(events.events.map((e) => e.id));
    const problems: string[] = [];
    const need = (set: Set<string>, id: string | undefined, what: string, where: string) => {
      if (id !== undefined && !set.has(id)) problems.push(`${where}: unknown ${what} "${id}"`);
    };
    expect([...categoryIds].sort()).to.deep.equal(['diplomacy', 'military', 'politics', 'repression']);
    expect([...eraIds].sort()).to.deep.equal(['communist-rule', 'first-republic', 'occupation-exile', 'second-republic', 'third-republic']);
    for (const e of events.events) {
      const where = `event ${e.id}`;
      need(eraIds, e.era, 'era', where);
      e.categories.forEach((c) => need(categoryIds, c, 'category', where));
      e.places?.forEach((p) => need(placeIds, p, 'place', where));
      e.people?.forEach((p) => need(personIds, p, 'person', where));
    }
    for (const b of battles.battles) {
      const where = `battle ${b.id}`;
      need(eventIds, b.event, 'event', where);
      need(placeIds, b.place, 'place', where);
      const forces = new Set(b.forces.map((f) => f.id));
      for (const f of b.figures) {
        need(forces, f.force, 'force', where);
        if (f.parent && !b.figures.some((p) => p.force === f.force && p.category === f.parent)) {
          problems.push(`${where}: ${f.category} nests under missing figure ${f.force}/${f.parent}`);
        }
      }
    }
    for (const t of treaties.treaties) {
      const where = `treaty ${t.id}`;
      need(eventIds, t.event, 'event', where);
      need(placeIds, t.signed.place, 'place', where);
      t.signatories.forEach((s) => need(personIds, s.person, 'person', where));
      t.invokedBy.forEach((i) => need(eventIds, i.event, 'event', where));
    }
    expectNone(problems);
  });

  it('cites only facts that exist in reference/facts.json', () => {
    const problems: string[] = [];
    for (const { ref, path } of allRefs()) {
      for (const id of ref.facts ?? []) if (!facts.has(id)) problems.push(`${path}: unknown fact ${id}`);
    }
    expect(facts.size).to.equal(173);
    expectNone(problems);
  });
});

describe('data lint: quotes and sources', () => {
  it('quotes documents verbatim from data/texts and reference sources from a listed fact', () => {
    const kinds = new Map(sources.sources.map((s) => [s.id, s.kind]));
    const problems: string[] = [];
    let checked = 0;
    for (const { ref, path } of allRefs()) {
      if (ref.quote === undefined) continue;
      checked += 1;
      if (kinds.get(ref.source) === 'document') {
        if (!texts.get(ref.source)?.includes(ref.quote)) problems.push(`${path}: quote not in data/texts/${ref.source}.txt: “${ref.quote}”`);
      } else if (!(ref.facts ?? []).some((id) => facts.get(id)?.quote?.includes(ref.quote!))) {
        problems.push(`${path}: quote not in the quote of facts ${JSON.stringify(ref.facts ?? [])}: “${ref.quote}”`);
      }
    }
    expect(checked).to.be.greaterThan(100);
    expectNone(problems);
  });

  it('gives each place the coordinates of a geo fact it cites', () => {
    const problems: string[] = [];
    for (const place of places.places) {
      const geo = place.sources.flatMap((s) => s.facts ?? []).map((id) => facts.get(id)).find((f) => f?.topic === 'geo');
      const value = geo?.value as { lat?: number; lon?: number } | undefined;
      if (!geo || value?.lat !== place.lat || value?.lon !== place.lon) problems.push(`place ${place.id}: coordinates not those of a cited geo fact`);
    }
    expect(places.places.length).to.be.greaterThanOrEqual(13);
    expectNone(problems);
  });
});

describe('data lint: dates', () => {
  it('writes every date at the length of its precision, and no range runs backwards', () => {
    const problems: string[] = [];
    walkAll((node, path) => {
      if (typeof node.date !== 'string') return;
      const precision = node.precision as Precision;
      if (!PATTERNS[precision]?.test(node.date)) problems.push(`${path}: date ${node.date} does not match precision ${precision}`);
      if (typeof node.end === 'string') {
        const endPrecision = (node.endPrecision as Precision | undefined) ?? precision;
        if (!PATTERNS[endPrecision]?.test(node.end)) problems.push(`${path}: end ${node.end} does not match precision ${endPrecision}`);
        if (latest(node.end) < earliest(node.date)) problems.push(`${path}: end ${node.end} before start ${node.date}`);
      }
    });
    walkAll((node, path) => {
      if (typeof node.asOf === 'string' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(node.asOf)) problems.push(`${path}: asOf ${node.asOf} is not ISO`);
    });
    for (const person of people.people) {
      if (person.born && person.died && latest(person.died.date) < earliest(person.born.date)) problems.push(`person ${person.id}: died before born`);
    }
    expectNone(problems);
  });

  it('has at least 56 events, all within 1918–1948, in date order and inside their era', () => {
    const eras = new Map((events.eras ?? []).map((era) => [era.id, era]));
    const problems: string[] = [];
    let previous = '';
    for (const e of events.events) {
      if (e.date < '1918' || latest(e.end ?? e.date) > '1948-12-31') problems.push(`event ${e.id}: ${e.date} outside 1918–1948`);
      if (earliest(e.date) < previous) problems.push(`event ${e.id}: out of date order`);
      previous = earliest(e.date);
      const era = e.era ? eras.get(e.era) : undefined;
      if (!era) problems.push(`event ${e.id}: no era`);
      else if (latest(e.date) < earliest(era.date) || earliest(e.date) > latest(era.end ?? era.date)) {
        problems.push(`event ${e.id}: ${e.date} is outside era ${era.id} (${era.date}–${era.end})`);
      }
    }
    expect(events.events.length).to.be.greaterThanOrEqual(56);
    expectNone(problems);
  });

  it('dates each treaty as its signing event', () => {
    const byId = new Map(events.events.map((e) => [e.id, e]));
    const problems: string[] = [];
    for (const t of treaties.treaties) {
      const event = t.event ? byId.get(t.event) : undefined;
      if (!event || event.date !== t.signed.date) problems.push(`treaty ${t.id}: signed ${t.signed.date}, event ${t.event} ${event?.date}`);
      if (String(t.year) !== t.signed.date.slice(0, 4)) problems.push(`treaty ${t.id}: year ${t.year} ≠ signing year`);
    }
    expectNone(problems);
  });
});

describe('data lint: languages', () => {
  it('has a non-empty en, cs and sk text wherever a text is localized', () => {
    const problems: string[] = [];
    const found = allLocalized();
    for (const { text, path } of found) {
      for (const locale of LOCALES) {
        const value = text[locale];
        if (typeof value !== 'string' || !value.trim()) problems.push(`${path}: locale ${locale} is missing a text`);
      }
    }
    expect(found.length).to.be.greaterThan(300);
    expectNone(problems);
  });

  it('translates titles (cs and sk differ from en), keeps them short, and does not copy cs into sk', () => {
    const problems: string[] = [];
    const titles: [string, Node][] = [
      ...events.events.map((e): [string, Node] => [`event ${e.id} title`, e.title]),
      ...treaties.treaties.map((t): [string, Node] => [`treaty ${t.id} official name`, t.name.official]),
      ...treaties.treaties.map((t): [string, Node] => [`treaty ${t.id} short name`, t.name.short]),
    ];
    for (const [where, title] of titles) {
      if (title.cs === title.en) problems.push(`${where}: cs left in English`);
      if (title.sk === title.en) problems.push(`${where}: sk left in English`);
    }
    for (const e of events.events) {
      for (const locale of LOCALES) if ((e.title[locale] ?? '').length > 70) problems.push(`event ${e.id}: ${locale} title over 70 characters`);
      if (e.summary.cs === e.summary.sk) problems.push(`event ${e.id}: sk summary is the cs one`);
      if (e.summary.cs === e.summary.en || e.summary.sk === e.summary.en) problems.push(`event ${e.id}: summary left in English`);
    }
    expectNone(problems);
  });

  it('keeps Czech and Slovak apart: no Slovak letters or month names in cs, no Czech ones in sk', () => {
    // Proper names (Kramář, Zdeněk, Aktuálně.cz …) keep their own spelling in both languages: capitalised words are skipped.
    const strip = (text: string) =>
      text
        .split(/\s+/)
        .filter((word) => !/^[„“(]?\p{Lu}/u.test(word))
        .join(' ');
    const word = (list: string) => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, 'u');
    const czechMonths = word('ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|leden|únor|březen|duben|květen|červen|červenec|srpen|říjen|prosinec');
    const slovakMonths = word('januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|január|február|marec|apríl|jún|júl|október');
    const problems: string[] = [];
    for (const { text, path } of allLocalized()) {
      const cs = typeof text.cs === 'string' ? strip(text.cs) : '';
      const sk = typeof text.sk === 'string' ? strip(text.sk) : '';
      if (/[äľĺŕô]/i.test(cs)) problems.push(`${path}: Slovak letter in cs: ${text.cs}`);
      if (/[ěřů]/i.test(sk)) problems.push(`${path}: Czech letter in sk: ${text.sk}`);
      if (slovakMonths.test(cs)) problems.push(`${path}: Slovak month in cs: ${text.cs}`);
      if (czechMonths.test(sk)) problems.push(`${path}: Czech month in sk: ${text.sk}`);
    }
    expectNone(problems);
  });

  it('uses the Czech and Slovak place names', () => {
    const name = (id: string) => places.places.find((p) => p.id === id)?.name;
    expect(name('kiev')).to.include({ cs: 'Kyjev', sk: 'Kyjev' });
    expect(name('dukla-pass')).to.include({ cs: 'Dukelský průsmyk', sk: 'Dukliansky priesmyk' });
    expect(name('carpathian-ruthenia')).to.include({ cs: 'Podkarpatská Rus', sk: 'Podkarpatská Rus' });
    expect(name('prague')).to.include({ cs: 'Praha', sk: 'Praha' });
    expect(name('moscow')).to.include({ cs: 'Moskva', sk: 'Moskva' });
    expect(name('london')).to.include({ cs: 'Londýn', sk: 'Londýn' });
    expect(name('bila-tserkva')).to.include({ cs: 'Bílá Cerkev', sk: 'Biela Cerkev' });
    expect(name('vasylkiv')).to.include({ cs: 'Vasilkov' });
  });
});

describe('data lint: conflicts between sources', () => {
  it('keeps every disputed figure value with its own source', () => {
    const problems: string[] = [];
    for (const b of battles.battles) {
      for (const f of b.figures) {
        const keys = f.values.map((v) => `${v.value}|${v.qualifier}|${v.source}`);
        if (new Set(keys).size !== keys.length) problems.push(`battle ${b.id}: ${f.force}/${f.category} repeats a value`);
        for (const v of f.values) {
          if (v.qualifier === 'range' && !(typeof v.max === 'number' && v.max >= v.value)) problems.push(`battle ${b.id}: ${f.category} range without max ≥ value`);
        }
      }
    }
    expectNone(problems);

    const sokolovo = figure('sokolovo', 'czechoslovak', 'killed')!;
    expect(sokolovo.values.map((v) => v.value)).to.include.members([103, 86, 80]);
    const sourcesOf = (values: number[]) => new Set(sokolovo.values.filter((v) => values.includes(v.value)).map((v) => v.source));
    expect(sourcesOf([103, 86, 80]).size).to.equal(3);
    expect(sokolovo.values.every((v) => v.qualifier === 'exact')).to.be.true;

    const kiev = figure('kiev', 'czechoslovak', 'killed')!;
    expect(kiev.values.find((v) => v.source === 'aktualne-kiev-2023')).to.include({ value: 30, qualifier: 'at-least' });

    const dukla = figure('dukla', 'czechoslovak', 'killed')!;
    expect(new Set(dukla.values.map((v) => v.source)).size).to.be.greaterThanOrEqual(2);
  });

  it('nests prisoners who died or defected under the captured, within its count', () => {
    const captured = figure('sokolovo', 'czechoslovak', 'captured')!;
    const most = Math.max(...captured.values.map((v) => v.value));
    const died = figure('sokolovo', 'czechoslovak', 'died-in-captivity')!;
    const defected = figure('sokolovo', 'czechoslovak', 'defected')!;
    expect(died.parent).to.equal('captured');
    expect(defected.parent).to.equal('captured');
    expect(died.values[0].value + defected.values[0].value).to.be.at.most(most);
  });

  it('keeps claims the research notes contradict only under “disputed”', () => {
    // fact → what the source document claims (must not be stated as fact in title/summary)
    const contradicted: Record<string, RegExp> = {
      A073: /nobility|šlecht|šľacht/i,
      A080: /quickly|rychle|rýchlo/i,
      A081: /hundreds|stov(ky|kách)|stovk/i,
      A083: /\bthe first\b|jako první|ako prv/i,
      A086: /military cooperation|vojensk(é|ej) spoluprác|vojenské spolupráci/i,
      A030: /October 1944|října 1944|októbra 1944/i,
      A008: /brigade was decided|brigád/i,
    };
    const problems: string[] = [];
    for (const [factId, claim] of Object.entries(contradicted)) {
      const citing: HistoryEvent[] = events.events.filter((e) => e.sources.some((s) => s.facts?.includes(factId)));
      if (!citing.length) problems.push(`${factId}: no event represents this contradicted claim`);
      for (const e of citing) {
        if (!e.disputed) problems.push(`event ${e.id}: cites contradicted ${factId} but has no "disputed"`);
        for (const locale of LOCALES) {
          if (claim.test(e.title[locale]) || claim.test(e.summary[locale])) problems.push(`event ${e.id}: states the contradicted claim (${factId}) in its ${locale} text`);
        }
      }
    }
    expectNone(problems);
    const byId = new Map(events.events.map((e) => [e.id, e]));
    expect(byId.get('soviet-note-1939')).to.include({ date: '1939-03-18' });
    expect(byId.get('soviet-note-1939')!.disputed!.en).to.match(/quickly recognized/);
    expect(byId.get('dukla-operation')).to.include({ date: '1944-09-08', end: '1944-10-28' });
    expect(byId.get('dukla-border-crossing')).to.include({ date: '1944-10-06' });
    expect(byId.get('agreement-1944')).to.include({ date: '1944-05-08' });
  });
});

describe('data lint: treaties', () => {
  it('has exactly the five treaties of the contract, each with the facts a card shows', () => {
    expect(treaties.treaties.map((t) => t.id)).to.deep.equal(TREATY_IDS);
    const byId = new Map(treaties.treaties.map((t) => [t.id, t]));
    expect(byId.get('mutual-assistance-1935')!.conditions.map((c) => c.en).join(' ')).to.match(/France/);
    expect(byId.get('friendship-1943')!.term?.years).to.equal(20);
    expect(byId.get('friendship-1943')!.invokedBy.map((i) => i.event)).to.include('kosice-programme');
    expect(byId.get('ruthenia-1945')!.inForce).to.include({ date: '1946-01-30', precision: 'day' });
    for (const t of treaties.treaties) {
      expect(t.parties.length, t.id).to.be.greaterThanOrEqual(2);
      expect(t.terms.length, t.id).to.be.greaterThanOrEqual(1);
    }
  });
});

describe('data lint: what a careful historian asked for (issue 19)', () => {
  const byId = () => new Map(events.events.map((e) => [e.id, e]));
  /** Every localized text of the events, treaties and battles with its path. */
  const texts = () => allLocalized().filter(({ path }) => /^(events|treaties|battles)\.json/.test(path));

  it('attributes judgements and the treaty’s own wording instead of stating them as fact', () => {
    // claim in any language → the words that must attribute it in the same text
    const attributed: { claim: RegExp; by: RegExp; what: string }[] = [
      { what: 'the exhibition’s “subordinated” (A047)', claim: /subordinated|podřídil|podriadil/i, by: /exhibition|výstav/i },
      { what: 'the panel’s “Soviet priority”', claim: /Soviet priority|sovětskou prioritou|sovietskou prioritou/i, by: /exhibition|výstav/i },
      { what: 'the treaty’s and the manifesto’s “reunification”', claim: /reunif|reunit|znovusjednocen|znovu spoj|znovuzjednoten|opätovne spája/i, by: /[“„]|treaty’s words|called|slov smlouvy|slov zmluvy|nazval/i },
      { what: 'the history website’s “groundwork” (A036)', claim: /groundwork|půdu pro nový komunistický|pôdu pre nový komunistický/i, by: /history website|historického webu/i },
      { what: 'the Soviet aim at Dukla (A035’s note)', claim: /main Soviet aim|hlavním cílem sovětské|hlavným cieľom sovietskej/i, by: /research notes|výzkumných poznámek|výskumných poznámok/i },
      { what: 'the 4 a.m. entry (B134)', claim: /4 a\.m\.|4 hodiny ráno|o štvrtej ráno/i, by: /Information Bureau|informačního byra|informačného byra/i },
    ];
    const problems: string[] = [];
    for (const { text, path } of texts()) {
      for (const locale of LOCALES) {
        const value = String(text[locale] ?? '');
        for (const { claim, by, what } of attributed) if (claim.test(value) && !by.test(value)) problems.push(`${path} (${locale}): states ${what} without attribution`);
      }
    }
    expectNone(problems);
    const sources = (id: string) => byId().get(id)!.sources;
    expect(sources('slovak-national-uprising').some((s) => s.source === 'soviet-liberation-begins'), 'A035’s note is not the document’s').to.be.false;
    expect(treaties.treaties.find((t) => t.id === 'ruthenia-1945')!.inForce!.note!.en).to.match(/constitution/);
  });

  it('keeps casualty figures as what they are: totals as totals, combined figures as combined', () => {
    const problems: string[] = [];
    for (const b of battles.battles) {
      for (const f of b.figures) {
        const label = f.label?.en ?? '';
        if (f.category === 'combined' && !((f.includes?.length ?? 0) >= 2 && label)) problems.push(`battle ${b.id}: ${f.force} combined figure without includes and label`);
        if (f.category !== 'combined' && f.includes) problems.push(`battle ${b.id}: ${f.force}/${f.category} has includes but is not combined`);
        // "killed, missing or captured" filed under one category is the error this rule exists for
        if (f.category !== 'combined' && /,| or /.test(label) && f.category !== 'non-combat') problems.push(`battle ${b.id}: ${f.force}/${f.category} label “${label}” names several categories`);
        for (const v of f.values) if (/ or |POW or/i.test(v.quote ?? '') && f.category !== 'combined') problems.push(`battle ${b.id}: quote “${v.quote}” is a combined figure filed as ${f.category}`);
      }
    }
    expectNone(problems);
    const combined = (battle: string, force: string) => battles.battles.find((b) => b.id === battle)!.figures.filter((f) => f.force === force && f.category === 'combined');
    expect(combined('kiev', 'red-army').map((f) => f.values[0].value)).to.include(28141);
    expect(combined('sokolovo', 'czechoslovak').map((f) => f.values[0].value)).to.include(20);
    expect(figure('sokolovo', 'czechoslovak', 'captured')!.values.map((v) => v.value)).to.deep.equal([21]);
    expect(figure('kiev', 'czechoslovak', 'non-combat'), 'the Vasylkiv deaths are not of 3–6 November').to.be.undefined;

    const dukla = battles.battles.find((b) => b.id === 'dukla')!;
    expect(dukla.forces.map((f) => f.id)).to.include('axis');
    const totals = (force: string) => figure('dukla', force, 'total')!.values;
    expect(totals('red-army').map((v) => [v.value, v.max])).to.deep.equal([
      [131000, undefined],
      [80000, 123000],
      [100000, 125000],
    ]);
    expect(totals('czechoslovak')[0]).to.include({ value: 6000, qualifier: 'about' });
    expect(totals('axis').map((v) => v.value)).to.include.members([61000, 70000]);
    expect(new Set(totals('red-army').map((v) => v.source)).size, 'every total value keeps its own source').to.equal(3);
  });

  it('writes Czech and Slovak thousands with a no-break space and Slovak day ranges as the date formatter does', () => {
    const problems: string[] = [];
    for (const { text, path } of allLocalized()) {
      for (const locale of ['cs', 'sk'] as const) {
        const value = String(text[locale] ?? '');
        if (/\d[ \u2009\u202f]\d{3}(?!\d)/.test(value)) problems.push(`${path} (${locale}): thousands grouped with a plain or thin space: ${value}`);
        if (locale === 'sk' && /\d\. – \d/.test(value)) problems.push(`${path} (sk): spaced dash in a day range: ${value}`);
      }
      if (/Vasylkov/.test(String(text.cs ?? ''))) problems.push(`${path} (cs): “Vasylkov” instead of Vasilkov`);
      if (/Biela Cerkov/.test(String(text.sk ?? ''))) problems.push(`${path} (sk): “Biela Cerkov” instead of Biela Cerkev`);
    }
    expectNone(problems);
    const openings = events.events.filter((e) => /^(Dne|Dňa) /.test(e.summary.cs) || /^(Dne|Dňa) /.test(e.summary.sk));
    expect(openings.map((e) => e.id), 'few summaries open with “Dne…” / “Dňa…”').to.have.length.at.most(2);
  });

  it('tells the events the notes can source, each sourced by the fact it rests on', () => {
    const expected: Record<string, { date: string; facts: string[] }> = {
      'prague-uprising': { date: '1945-05-05', facts: ['B134'] },
      'ussr-recognises-slovak-state': { date: '1939-09-16', facts: ['B024'] },
      'fierlinger-leaves-moscow': { date: '1939-12-25', facts: ['B024'] },
      'second-amnesty-1942': { date: '1942-11-20', facts: ['B030'] },
      'battalion-to-front': { date: '1943-01-30', facts: ['B054'] },
      'corps-founded': { date: '1944-04-10', facts: ['B101'] },
      'kalinov-liberated': { date: '1944-09-21', facts: ['B112'] },
      'kiev-decorations': { date: '1943-11', facts: ['B077'] },
      'masaryk-dies': { date: '1948-03-10', facts: ['B162'] },
      'benes-resigns': { date: '1948-06-02', facts: ['B163'] },
      'gottwald-president': { date: '1948-06-14', facts: ['B163'] },
      'partisans-liberation': { date: '1944', facts: ['A033'] },
      'groundwork-communist-regime': { date: '1945', facts: ['A036'] },
      'two-blocs': { date: '1945', facts: ['A061'] },
      'soviet-offensive-1943': { date: '1943', facts: ['A003'] },
      kiev: { date: '1943-11-03', facts: ['A002'] },
    };
    const problems: string[] = [];
    for (const [id, { date, facts: needed }] of Object.entries(expected)) {
      const e = byId().get(id);
      if (!e) {
        problems.push(`event ${id} is missing`);
        continue;
      }
      if (e.date !== date) problems.push(`event ${id}: date ${e.date}, expected ${date}`);
      const cited = new Set(e.sources.flatMap((s) => s.facts ?? []));
      for (const fact of needed) if (!cited.has(fact)) problems.push(`event ${id}: does not cite ${fact}`);
    }
    expectNone(problems);
    // conflicts the notes keep stay visible
    expect(byId().get('battalion-to-front')!.disputed?.en).to.match(/972/);
    expect(byId().get('corps-founded')!.disputed?.en).to.match(/5 May 1944/);
    expect(byId().get('benes-resigns')).to.include({ end: '1948-06-07' });
    expect(people.people.map((p) => p.id)).to.include('stalin');
  });

  it('cites every figure it shows and shows every figure it cites', () => {
    const e = byId();
    const cites = (id: string, fact: string) => e.get(id)!.sources.some((s) => s.facts?.includes(fact));
    for (const [id, fact] of [
      ['sokolovo', 'A018'],
      ['sokolovo', 'A019'],
      ['sokolovo', 'B063'],
      ['sokolovo', 'B064'],
      ['sokolovo', 'B065'],
      ['buzuluk-cadre', 'A010'],
    ]) {
      expect(cites(id, fact), `${id} cites ${fact}`).to.be.true;
    }
    expect(e.get('sokolovo')!.summary.en).to.match(/350/).and.match(/112/).and.match(/murdered/);
    expect(e.get('prague-offensive')!.summary.en).to.match(/tens of thousands/);
    expect(e.get('refugees-gulag')!.summary.en).to.match(/fabricated/);
    expect(e.get('legion-revolt')!.summary.en).to.match(/Chelyabinsk/);
    expect(e.get('vasylkiv-poisoning')).to.include({ qualifier: 'approximate' });
  });
});
