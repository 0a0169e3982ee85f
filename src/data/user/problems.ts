/**
 * The sentences a user-document reader says about a bad document, in the
 * element's language, and the list that collects them (every problem counted,
 * the first MAX_PROBLEMS listed with their path or row and column).
 *
 * Why these sentences are here and not in the xliff/@lit/localize tables:
 * @lit/localize's runtime mode puts every `msg()` of the package into the one
 * locale module per language, and a Czech or Slovak page downloads that
 * module with its first picture. Measured with `npm run build`: the 43 Czech
 * sentences below added to the built cs strings chunk take it from 3.9 to
 * 4.9 KB gzip (+1.0 KB, a quarter more) on every Czech page, when only pages
 * with user data, and only once a document is wrong, ever show one. Here
 * they travel in the reader's lazy chunk and cost a first render nothing.
 * (The schema-error sentences that were in the locale chunks went when every
 * element moved to a reader: the cs chunk is 0.16 KB smaller than before.)
 * The three languages of a sentence sit side by side and the `Words` type
 * makes a missing one a compile error; `tests/data/user-words.test.ts`
 * checks that no Czech or Slovak sentence is left in English.
 * No sentence shows a pattern: readers are told what to write instead.
 */
import type { Locale } from '../types.js';

export const MAX_PROBLEMS = 20;

export interface Problem {
  readonly path: string;
  readonly detail: string;
}

export type ReadResult<T> = { value: T; problems?: undefined } | { value?: undefined; problems: Problem[]; heading: string };

type Words = Record<Locale, (...args: string[]) => string>;

/** Every sentence in the three languages: en, cs, sk. */
export const WORDS = {
  heading: {
    en: (n, origin) => `The data ${origin} has ${n} problem(s); nothing is drawn until they are fixed:`,
    cs: (n, origin) => `Data ${origin} obsahují chyby (${n}); dokud je neopravíte, nic se nevykreslí:`,
    sk: (n, origin) => `Údaje ${origin} obsahujú chyby (${n}); kým ich neopravíte, nič sa nevykreslí:`,
  },
  more: {
    en: (n) => `… and ${n} more.`,
    cs: (n) => `… a dalších ${n}.`,
    sk: (n) => `… a ďalších ${n}.`,
  },
  inline: {
    en: () => 'in the inline <script>',
    cs: () => 've vloženém prvku <script>',
    sk: () => 'vo vloženom prvku <script>',
  },
  from: {
    en: (url) => `from ${url}`,
    cs: (url) => `z adresy ${url}`,
    sk: (url) => `z adresy ${url}`,
  },
  row: {
    en: (row, column) => (column ? `row ${row}, column “${column}”` : `row ${row}`),
    cs: (row, column) => (column ? `řádek ${row}, sloupec „${column}“` : `řádek ${row}`),
    sk: (row, column) => (column ? `riadok ${row}, stĺpec „${column}“` : `riadok ${row}`),
  },
  json: {
    en: (detail) => `this is not valid JSON (${detail}); check the brackets, quotes and commas`,
    cs: (detail) => `toto není platný JSON (${detail}); zkontrolujte závorky, uvozovky a čárky`,
    sk: (detail) => `toto nie je platný JSON (${detail}); skontrolujte zátvorky, úvodzovky a čiarky`,
  },
  noEvents: {
    en: () => 'the document needs an “events” list with at least one event',
    cs: () => 'dokument potřebuje seznam „events“ s alespoň jednou událostí',
    sk: () => 'dokument potrebuje zoznam „events“ aspoň s jednou udalosťou',
  },
  noList: {
    en: (name) => `the document needs a “${name}” list with at least one entry`,
    cs: (name) => `dokument potřebuje seznam „${name}“ s alespoň jednou položkou`,
    sk: (name) => `dokument potrebuje zoznam „${name}“ aspoň s jednou položkou`,
  },
  noRows: {
    en: () => 'the file has a header row but no events below it',
    cs: () => 'soubor má řádek záhlaví, ale pod ním žádné události',
    sk: () => 'súbor má riadok hlavičky, ale pod ním žiadne udalosti',
  },
  noColumn: {
    en: (names) => `the header row has no ${names} column; name the columns in the first row (see the template)`,
    cs: (names) => `v řádku záhlaví chybí sloupec ${names}; pojmenujte sloupce v prvním řádku (viz šablona)`,
    sk: (names) => `v riadku hlavičky chýba stĺpec ${names}; pomenujte stĺpce v prvom riadku (pozri šablónu)`,
  },
  missing: {
    en: () => 'this is required and missing',
    cs: () => 'tento údaj je povinný a chybí',
    sk: () => 'tento údaj je povinný a chýba',
  },
  empty: {
    en: () => 'this must not be empty',
    cs: () => 'tento údaj nesmí být prázdný',
    sk: () => 'tento údaj nesmie byť prázdny',
  },
  unknownField: {
    en: (name) => `“${name}” is not a field here; check its spelling or leave it out`,
    cs: (name) => `„${name}“ sem nepatří; zkontrolujte, jak je napsáno, nebo ho vynechte`,
    sk: (name) => `„${name}“ sem nepatrí; skontrolujte, ako je napísané, alebo ho vynechajte`,
  },
  notText: {
    en: () => 'write a text, or an object with “en”, “cs” or “sk” texts',
    cs: () => 'napište text, nebo objekt s texty „en“, „cs“ či „sk“',
    sk: () => 'napíšte text alebo objekt s textami „en“, „cs“ či „sk“',
  },
  notString: {
    en: () => 'write a text here (in quotes)',
    cs: () => 'tady má být text (v uvozovkách)',
    sk: () => 'tu má byť text (v úvodzovkách)',
  },
  notNumber: {
    en: () => 'write a number here (digits, without quotes)',
    cs: () => 'tady má být číslo (číslice bez uvozovek)',
    sk: () => 'tu má byť číslo (číslice bez úvodzoviek)',
  },
  notBoolean: {
    en: () => 'write true or false here',
    cs: () => 'tady má být true, nebo false',
    sk: () => 'tu má byť true alebo false',
  },
  notList: {
    en: () => 'this must be a list (in square brackets)',
    cs: () => 'tady má být seznam (v hranatých závorkách)',
    sk: () => 'tu má byť zoznam (v hranatých zátvorkách)',
  },
  notObject: {
    en: () => 'this must be an object (in curly braces)',
    cs: () => 'tady má být objekt (ve složených závorkách)',
    sk: () => 'tu má byť objekt (v zložených zátvorkách)',
  },
  fewItems: {
    en: (n) => `the list needs at least ${n} item(s)`,
    cs: (n) => `seznam potřebuje aspoň tento počet položek: ${n}`,
    sk: (n) => `zoznam potrebuje aspoň tento počet položiek: ${n}`,
  },
  sameItem: {
    en: (a, b) => `items ${a} and ${b} are the same; list each one once`,
    cs: (a, b) => `položky ${a} a ${b} jsou stejné; každou uveďte jen jednou`,
    sk: (a, b) => `položky ${a} a ${b} sú rovnaké; každú uveďte len raz`,
  },
  atLeast: {
    en: (value, limit) => `${value} is too small; write a number of at least ${limit}`,
    cs: (value, limit) => `${value} je příliš málo; napište číslo aspoň ${limit}`,
    sk: (value, limit) => `${value} je príliš málo; napíšte číslo aspoň ${limit}`,
  },
  above: {
    en: (value, limit) => `${value} is too small; write a number above ${limit}`,
    cs: (value, limit) => `${value} je příliš málo; napište číslo větší než ${limit}`,
    sk: (value, limit) => `${value} je príliš málo; napíšte číslo väčšie ako ${limit}`,
  },
  atMost: {
    en: (value, limit) => `${value} is too large; write a number of at most ${limit}`,
    cs: (value, limit) => `${value} je příliš mnoho; napište číslo nejvýše ${limit}`,
    sk: (value, limit) => `${value} je príliš veľa; napíšte číslo najviac ${limit}`,
  },
  needs: {
    en: (field, other) => `“${field}” needs “${other}” beside it`,
    cs: (field, other) => `„${field}“ potřebuje vedle sebe i „${other}“`,
    sk: (field, other) => `„${field}“ potrebuje vedľa seba aj „${other}“`,
  },
  invalid: {
    en: () => 'this value cannot be used here',
    cs: () => 'tuto hodnotu tu nelze použít',
    sk: () => 'túto hodnotu tu nemožno použiť',
  },
  date: {
    en: (value) => `“${value}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (with ~ in front when approximate)`,
    cs: (value) => `„${value}“ není datum; napište RRRR, RRRR-MM nebo RRRR-MM-DD (u přibližného data s ~ na začátku)`,
    sk: (value) => `„${value}“ nie je dátum; napíšte RRRR, RRRR-MM alebo RRRR-MM-DD (pri približnom dátume s ~ na začiatku)`,
  },
  plainDate: {
    en: (value) => `“${value}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
    cs: (value) => `„${value}“ není datum; napište RRRR, RRRR-MM nebo RRRR-MM-DD`,
    sk: (value) => `„${value}“ nie je dátum; napíšte RRRR, RRRR-MM alebo RRRR-MM-DD`,
  },
  precision: {
    en: (value, form) => `“${value}” does not match its precision; write it as ${form.replace(/R/g, 'Y')}`,
    cs: (value, form) => `„${value}“ neodpovídá své přesnosti; napište ho jako ${form}`,
    sk: (value, form) => `„${value}“ nezodpovedá svojej presnosti; napíšte ho ako ${form}`,
  },
  endBefore: {
    en: (end, start) => `the end ${end} comes before the start ${start}`,
    cs: (end, start) => `konec ${end} je dříve než začátek ${start}`,
    sk: (end, start) => `koniec ${end} je skôr ako začiatok ${start}`,
  },
  duplicate: {
    en: (id, first) => `the id “${id}” is already used by ${first}; give every event its own id`,
    cs: (id, first) => `identifikátor „${id}“ už má ${first}; každá událost potřebuje vlastní`,
    sk: (id, first) => `identifikátor „${id}“ už má ${first}; každá udalosť potrebuje vlastný`,
  },
  id: {
    en: (value) => `“${value}” cannot be an id; use letters, digits, hyphens or underscores`,
    cs: (value) => `„${value}“ nemůže být identifikátor; použijte písmena, číslice, pomlčky nebo podtržítka`,
    sk: (value) => `„${value}“ nemôže byť identifikátor; použite písmená, číslice, pomlčky alebo podčiarkovníky`,
  },
  strictId: {
    en: (value) => `“${value}” cannot be an id; use lower-case letters and digits, words joined by single hyphens`,
    cs: (value) => `„${value}“ nemůže být identifikátor; použijte malá písmena bez diakritiky a číslice, slova spojená jednou pomlčkou`,
    sk: (value) => `„${value}“ nemôže byť identifikátor; použite malé písmená bez diakritiky a číslice, slová spojené jednou pomlčkou`,
  },
  factId: {
    en: (value) => `“${value}” is not a fact id; write a capital letter and two or three digits, such as F12`,
    cs: (value) => `„${value}“ není identifikátor faktu; napište velké písmeno a dvě nebo tři číslice, například F12`,
    sk: (value) => `„${value}“ nie je identifikátor faktu; napíšte veľké písmeno a dve alebo tri číslice, napríklad F12`,
  },
  languageTag: {
    en: (value) => `“${value}” is not a language code; write one such as cs, sk or en`,
    cs: (value) => `„${value}“ není kód jazyka; napište například cs, sk nebo en`,
    sk: (value) => `„${value}“ nie je kód jazyka; napíšte napríklad cs, sk alebo en`,
  },
  form: {
    en: (value) => `“${value}” is not written in the form this field takes`,
    cs: (value) => `„${value}“ nemá tvar, který tento údaj vyžaduje`,
    sk: (value) => `„${value}“ nemá tvar, ktorý tento údaj vyžaduje`,
  },
  oneOf: {
    en: (value, valid) => `“${value}” is not allowed; write one of: ${valid}`,
    cs: (value, valid) => `„${value}“ není povoleno; napište jedno z: ${valid}`,
    sk: (value, valid) => `„${value}“ nie je povolené; napíšte jedno z: ${valid}`,
  },
  url: {
    en: (value) => `“${value}” is not a usable address; write a web address starting with https:// or http://, or a relative one`,
    cs: (value) => `„${value}“ není použitelná adresa; napište webovou adresu začínající https:// nebo http://, případně relativní`,
    sk: (value) => `„${value}“ nie je použiteľná adresa; napíšte webovú adresu začínajúcu https:// alebo http://, prípadne relatívnu`,
  },
  absoluteUrl: {
    en: (value) => `“${value}” is not a usable address; write a web address starting with https:// or http://`,
    cs: (value) => `„${value}“ není použitelná adresa; napište webovou adresu začínající https:// nebo http://`,
    sk: (value) => `„${value}“ nie je použiteľná adresa; napíšte webovú adresu začínajúcu https:// alebo http://`,
  },
  alt: {
    en: () => 'an image needs a description for readers who cannot see it (alt)',
    cs: () => 'obrázek potřebuje popis pro čtenáře, kteří ho nevidí (alt)',
    sk: () => 'obrázok potrebuje opis pre čitateľov, ktorí ho nevidia (alt)',
  },
  color: {
    en: (value) => `“${value}” is not a colour; write a CSS colour such as #0068a8`,
    cs: (value) => `„${value}“ není barva; napište barvu CSS, například #0068a8`,
    sk: (value) => `„${value}“ nie je farba; napíšte farbu CSS, napríklad #0068a8`,
  },
  tooMany: {
    en: (limit) => `the document has more than ${limit} events`,
    cs: (limit) => `dokument má víc než ${limit} událostí`,
    sk: (limit) => `dokument má viac ako ${limit} udalostí`,
  },
  sameSource: {
    en: (id, first) => `the source id “${id}” is already used by ${first}; give every source its own id`,
    cs: (id, first) => `identifikátor zdroje „${id}“ už má ${first}; každý zdroj potřebuje vlastní`,
    sk: (id, first) => `identifikátor zdroja „${id}“ už má ${first}; každý zdroj potrebuje vlastný`,
  },
} satisfies Record<string, Words>;

export type WordKey = keyof typeof WORDS;

/** The problems found so far, counted past the listed ones. */
export class Problems {
  readonly list: Problem[] = [];
  count = 0;
  constructor(readonly locale: Locale) {}
  say(key: WordKey, ...args: string[]): string {
    return (WORDS[key] as Words)[this.locale](...args);
  }
  add(path: string, key: WordKey, ...args: string[]): void {
    this.push(path, this.say(key, ...args));
  }
  /** A problem already worded (a CSV row's, or an element's own check). */
  push(path: string, detail: string): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, detail });
  }
  /** The reader's answer: the value, or every problem under a heading naming where the document came from. */
  result<T>(value: T | undefined, origin: string): ReadResult<T> {
    if (value !== undefined && this.count === 0) return { value };
    const where = origin === 'inline' ? this.say('inline') : this.say('from', origin);
    const list = [...this.list];
    if (this.count > list.length) list.push({ path: '…', detail: this.say('more', String(this.count - list.length)) });
    return { problems: list, heading: this.say('heading', String(this.count), where) };
  }
}
