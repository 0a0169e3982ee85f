/**
 * The card's facts as a CSV table, for a class handout or a spreadsheet:
 * one row per fact (name, signing, parties, signatories, each date of the
 * treaty's life, each term and condition, the outcome) and one per source.
 * A chunk of its own: it loads only when a reader downloads the table.
 */
import { csvDocument } from '../../core/csv.js';
import { msg } from '../../core/localize.js';
import { sourceById } from '../../core/sources.js';
import type { LocalizedText, Treaty } from '../../data/types.js';

export interface FactsContext {
  text(value: Partial<LocalizedText> | undefined): string;
  place(id: string | undefined): string | undefined;
  person(id: string | undefined): string | undefined;
  /** The treaty's dates as the card lists them: label, value as shown, ISO date. */
  milestones: readonly { label: string; value: string; datetime?: string; note?: string }[];
}

/** Call it in the card's language (`withLocale`). */
export function treatyFacts(treaty: Treaty, ctx: FactsContext): string {
  const header = [
    msg('Fact', { id: 'treaty-card.column.fact' }),
    msg('Value', { id: 'treaty-card.column.value' }),
    msg('ISO date', { id: 'treaty-card.column.isoDate' }),
    msg('Source URL', { id: 'treaty-card.column.url' }),
  ];
  const rows: (string | undefined)[][] = [
    [msg('Treaty', { id: 'treaty-card.column.treaty' }), ctx.text(treaty.name.official)],
    [msg('Place of signing', { id: 'treaty-card.column.place' }), ctx.place(treaty.signed.place)],
    [msg('Parties', { id: 'treaty-card.parties' }), treaty.parties.map((party) => ctx.text(party)).join('; ')],
    ...treaty.signatories.map((signatory) => [
      msg('Signatory', { id: 'treaty-card.column.signatory' }),
      `${ctx.person(signatory.person) ?? signatory.name} (${ctx.text(signatory.role)}, ${ctx.text(signatory.party)})`,
    ]),
    ...ctx.milestones.map((milestone) => [milestone.label, milestone.note ? `${milestone.value} (${milestone.note})` : milestone.value, milestone.datetime]),
    ...treaty.terms.map((term) => [msg('Provision', { id: 'treaty-card.column.provision' }), ctx.text(term)]),
    ...treaty.conditions.map((condition) => [msg('Condition', { id: 'treaty-card.column.condition' }), ctx.text(condition)]),
    [msg('Outcome', { id: 'treaty-card.outcome' }), ctx.text(treaty.outcome)],
    ...[...new Set(treaty.sources.map((ref) => ref.source))].map((id) => {
      const source = sourceById(id);
      return [msg('Source', { id: 'treaty-card.column.source' }), source ? [source.title, source.publisher !== source.title ? source.publisher : undefined].filter(Boolean).join(', ') : id, undefined, source?.url];
    }),
  ];
  return csvDocument(header, rows.filter((row) => row[1]));
}
