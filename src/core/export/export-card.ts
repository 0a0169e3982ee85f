/**
 * What <treaty-card> shows now, for export: read from the element's own state
 * in the export's chunk, so the card's first render carries no export code.
 */
import type { LocalizedText, Treaty } from '../../data/types.js';
import type { ExportInfo } from '../export-info.js';
import type { CardSupport } from '../../elements/treaty-card/support.js';
import { treatyFacts, type FactsContext } from '../../elements/treaty-card/export-facts.js';

/** The card's members the export reads (private to the element; kept in step by tests/core/export.test.ts). */
interface Card {
  readonly locale: string;
  readonly shown?: Treaty;
  readonly support?: CardSupport;
  text(value: Partial<LocalizedText> | undefined): string;
  placeName(id: string | undefined, support: CardSupport): string | undefined;
  milestones(treaty: Treaty): FactsContext['milestones'];
}

export function describe(host: object): ExportInfo | undefined {
  const card = host as Card;
  const { shown: treaty, support, locale } = card;
  if (!treaty || !support) return undefined;
  const text = (value?: Partial<LocalizedText>) => card.text(value);
  const ctx: FactsContext = {
    text,
    place: (id?: string) => card.placeName(id, support),
    person: (id?: string) => (id && support.personNames.get(id) ? text(support.personNames.get(id)) : undefined),
    milestones: card.milestones(treaty),
  };
  return {
    name: `${treaty.id}-${locale}`,
    title: text(treaty.name.short),
    sources: () => treaty.sources.map((ref) => ref.source),
    csv: () => treatyFacts(treaty, ctx),
  };
}
