/**
 * What <treaty-card> shows now, for export: read from the element's own state
 * in the export's chunk, so the card's first render carries no export code.
 */
import type { Locale, LocalizedText } from '../../data/types.js';
import type { ExportInfo } from '../export-info.js';
import { withLocale } from '../localize.js';
import type { CardSupport } from '../../elements/treaty-card/support.js';
import { personName, placeName, type CardView } from '../../elements/treaty-card/treaty-card-view.js';
import { treatyFacts, type FactsContext } from '../../elements/treaty-card/export-facts.js';

/** The card's members the export reads (private to the element; kept in step by tests/core/export.test.ts). */
interface Card {
  readonly locale: Locale;
  readonly view?: CardView;
  readonly supportData: { readonly value?: CardSupport };
  text(value: Partial<LocalizedText> | undefined): string;
}

export function describe(host: object): ExportInfo | undefined {
  const card = host as Card;
  const { view, locale } = card;
  const support = card.supportData.value;
  if (!view || !support) return undefined;
  const { treaty } = view;
  const ctx: FactsContext = {
    text: (value?: Partial<LocalizedText>) => card.text(value),
    place: (id?: string) => placeName(id, support, locale),
    person: (id?: string) => personName(id, support, locale),
    milestones: view.milestones,
  };
  return {
    name: `${treaty.id}-${locale}`,
    title: view.title,
    sources: () => treaty.sources.map((ref) => ref.source),
    csv: () => withLocale(locale, () => treatyFacts(treaty, ctx)),
  };
}
