/**
 * What a card shows of one treaty, in one language: every text and date as
 * the card prints it, the parties with their signatories, the milestones of
 * the mini-timeline and its model. The card's one view function: inputs in
 * (treaty, names and module, language, compact), called through `memo()` in
 * willUpdate; render() only reads what it returns.
 */
import { formatDate } from '../../core/format.js';
import { numberFormat } from '../../core/intl.js';
import { localText } from '../../core/language.js';
import { msg, str, withLocale } from '../../core/localize.js';
import { sourceById } from '../../core/sources.js';
import type { Locale, LocalizedText, Treaty } from '../../data/types.js';
import type { DurationModel } from './duration.js';
import type { CardSupport } from './support.js';

/** One of the treaty's dates, as the timeline's legend and its text equivalent show it. */
export interface Milestone {
  kind: 'signed' | 'in-force' | 'term' | 'ended' | 'open-end';
  label: string;
  value: string;
  note?: string;
  datetime?: string;
}

export interface CardView {
  treaty: Treaty;
  title: string;
  official: string;
  signed: { date: string; datetime: string; place?: string };
  /** Each party with the people who signed for it (a signatory of a party not listed brings its own). */
  parties: { name: string; signatories: { name: string; role: string }[] }[];
  milestones: Milestone[];
  /** The mini-timeline drawn, when its module arrived; its words. */
  duration?: { module: NonNullable<CardSupport['duration']>; model: DurationModel };
  durationText: { description: string; term?: string; endUnknown: string };
  terms: string[];
  conditions: string[];
  invokedBy: string[];
  outcome: string;
}

/** A place's name from the bundled names; a place they do not know (user data): its id, readable. */
export function placeName(id: string | undefined, support: CardSupport, locale: Locale): string | undefined {
  if (!id) return undefined;
  const name = support.placeNames.get(id);
  return name ? localText(name, locale) : id.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
}

export function personName(id: string | undefined, support: CardSupport, locale: Locale): string | undefined {
  const name = id ? support.personNames.get(id) : undefined;
  return name ? localText(name, locale) : undefined;
}

/** "20 years", "20 let", "20 rokov". */
function years(count: number, locale: Locale): string {
  return numberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(count);
}

/** What the data knows of the treaty's life, in order; an unknown end says so. */
function milestones(treaty: Treaty, locale: Locale): Milestone[] {
  const { signed, inForce, term, ended } = treaty;
  const text = (value: Partial<LocalizedText> | undefined) => localText(value, locale);
  const list: Milestone[] = [
    { kind: 'signed', label: msg('Signed', { id: 'treaty-card.signed' }), value: formatDate(signed.date, signed.precision, locale), datetime: signed.date },
  ];
  if (inForce) {
    list.push({
      kind: 'in-force',
      label: msg('In force from', { id: 'treaty-card.inForce' }),
      value: formatDate(inForce.date, inForce.precision, locale, inForce.qualifier),
      note: inForce.note ? text(inForce.note) : undefined,
      datetime: inForce.date,
    });
  }
  if (term) {
    list.push({
      kind: 'term',
      label: msg('Term', { id: 'treaty-card.term' }),
      value: term.years ? years(term.years, locale) : text(term.text),
      note: term.years ? text(term.text) : undefined,
    });
  }
  list.push(
    ended
      ? {
          kind: 'ended',
          label: msg('Ended', { id: 'treaty-card.ended' }),
          value: formatDate(ended.date, ended.precision, locale),
          note: text(ended.note),
          datetime: ended.date,
        }
      : { kind: 'open-end', label: msg('End', { id: 'treaty-card.end' }), value: msg('unknown', { id: 'treaty-card.endUnknownValue' }) },
  );
  return list;
}

/** The card of `treaty` in `locale`, with the names and the mini-timeline module of `support`. */
export function cardView(treaty: Treaty, support: CardSupport, locale: Locale): CardView {
  return withLocale(locale, () => {
    const text = (value: Partial<LocalizedText> | undefined) => localText(value, locale);
    const same = (a: Partial<LocalizedText>, b: Partial<LocalizedText>) => text(a) === text(b);
    const signatory = (person: Treaty['signatories'][number]) => ({ name: personName(person.person, support, locale) ?? person.name, role: text(person.role) });
    const parties = treaty.parties.map((party) => ({
      name: text(party),
      signatories: treaty.signatories.filter((person) => same(person.party, party)).map(signatory),
    }));
    for (const person of treaty.signatories) {
      if (treaty.parties.some((party) => same(party, person.party))) continue;
      const group = parties.find((candidate) => candidate.name === text(person.party));
      if (group) group.signatories.push(signatory(person));
      else parties.push({ name: text(person.party), signatories: [signatory(person)] });
    }
    const dates = milestones(treaty, locale);
    const endUnknown = msg('end unknown', { id: 'treaty-card.endUnknown' });
    const items = dates.map((milestone) => (milestone.kind === 'open-end' ? endUnknown : `${milestone.label}: ${milestone.value}`)).join('; ');
    const model = support.duration?.durationModel(treaty);
    return {
      treaty,
      title: text(treaty.name.short),
      official: text(treaty.name.official),
      signed: {
        date: formatDate(treaty.signed.date, treaty.signed.precision, locale),
        datetime: treaty.signed.date,
        place: placeName(treaty.signed.place, support, locale),
      },
      parties,
      milestones: dates,
      duration: model && support.duration ? { module: support.duration, model } : undefined,
      durationText: {
        description: msg(str`Timeline: ${items}.`, { id: 'treaty-card.timelineDescription' }),
        term: treaty.term?.years ? years(treaty.term.years, locale) : undefined,
        endUnknown,
      },
      terms: treaty.terms.map(text),
      conditions: treaty.conditions.map(text),
      invokedBy: treaty.invokedBy.map((invocation) => text(invocation.text)),
      outcome: text(treaty.outcome),
    };
  });
}

/** "Treaty …. Signed: 12 December 1943, Moscow. Sources: title, publisher, URL; …." (sources as registered now). */
export function citationText(view: CardView, locale: Locale): string {
  return withLocale(locale, () => {
    const { official: name, signed: date } = view;
    const signed = date.place ? `${date.date}, ${date.place}` : date.date;
    const sources = [...new Set(view.treaty.sources.map((ref) => ref.source))]
      .map((id) => {
        const source = sourceById(id);
        if (!source) return id;
        return [source.title, source.publisher !== source.title ? source.publisher : undefined, source.url].filter(Boolean).join(', ');
      })
      .join('; ');
    return msg(str`${name}. Signed: ${signed}. Sources: ${sources}.`, { id: 'treaty-card.citation' });
  });
}
