import { html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CsElement } from '../../core/base-element.js';
import { CopyController } from '../../core/copy-controller.js';
import { DataController, SecondaryData } from '../../core/data-loader.js';
import { userReader } from '../../data/user/load.js';
import { listFormat } from '../../core/intl.js';
import { isLocaleReady, msg, str } from '../../core/localize.js';
import { renderSources } from '../../core/source-list.js';
import type { Locale, TreatiesDocument } from '../../data/types.js';
import { bundledTreaty, bundledTreatyId, bundledTreatyIndex, bundledTreatySync } from './bundled-treaties.js';
import { cardSupportSync, loadCardSupport, type CardSupport } from './support.js';
import { styles } from './treaty-card.styles.js';
import { duplicateTreatyId, findTreaty, treatyYears, type TreatyLookup } from './treaty-lookup.js';
import { cardView, citationText, type CardView } from './treaty-card-view.js';
import { memo } from '../../core/memo.js';


/** How long the "Copied" confirmation stays. */
const COPIED_MS = 4000;

/**
 * One Czechoslovak–Soviet treaty on one card: its name, when and where it was
 * signed and by whom, its key terms and the conditions that decided its fate,
 * a mini-timeline of its validity, what became of it, and its sources, with a
 * Cite button that copies a citation. Only what the data records is shown:
 * an end the data does not know is drawn open and said to be unknown.
 *
 * @tagname treaty-card
 * @summary One treaty on one card: signed, parties, terms, duration, outcome and sources.
 *
 * @csspart card - The `<article>` that holds the card.
 * @csspart title - The heading with the treaty's short name.
 * @csspart signed - Date and place of signature.
 * @csspart parties - The parties, each with its signatories and their roles at the time.
 * @csspart duration - The mini-timeline (signed, in force, term, end) and its legend.
 * @csspart terms - The key provisions, the conditions that decided its fate, and later documents that invoked it.
 * @csspart outcome - What became of the treaty.
 * @csspart sources - The sources footer, with links and quotes.
 * @csspart download - The download menu (PNG, SVG, CSV of the facts); hidden by `no-download`.
 * @csspart download-button - The button that opens the download menu.
 * @csspart download-option - A choice in the download menu.
 * @csspart cite - The Cite button with its confirmation (and the citation to copy by hand if the clipboard refused).
 * @csspart error - The message shown for an unknown `treaty` or unusable data.
 * @csspart retry - The Retry button of a data error.
 * @csspart status - The loading status.
 *
 * @cssprop {<length-percentage>} [--treaty-card-max-width=42rem] - The widest the card grows.
 * @cssprop {<color>} [--treaty-card-accent=var(--cs-color-accent)] - The card's top rule, the timeline and the conditions' rule.
 * @cssprop {<length-percentage>} [--treaty-card-radius=8px] - The corner radius of the card.
 * @cssprop {<length-percentage>+} [--treaty-card-padding=1rem 1.25rem] - The space inside the card.
 */
export class TreatyCard extends CsElement {
  static override styles: CSSResultGroup = [CsElement.styles, styles];
  static override properties: PropertyDeclarations = { treaty: {}, compact: { type: Boolean, reflect: true } };

  /** The treaty: its id (`friendship-1943`) or its year alone (`1943`). */
  treaty?: string;

  /** Only the title, the date, the parties and the mini-timeline. */
  compact = false;

  /** What render() draws, derived in willUpdate from the inputs alone (again only when one of them changed). */
  private view?: CardView;
  private readonly cardView = memo(cardView);
  private lookup?: TreatyLookup;
  private readonly findTreaty = memo(findTreaty);
  /** The card shown stays (busy) while the next treaty's document loads. */
  private busy = false;

  /** Place and person names and the timeline module, once per page and language; the previous language's stay until the next arrive. */
  private readonly supportData = new SecondaryData<Locale, CardSupport>(this, { load: loadCardSupport, sync: cardSupportSync });


  /** The Cite action: “Copied”, or the citation selected for copying by hand. */
  private readonly copier = new CopyController(this, { textarea: '[part~="cite"] textarea', confirmMs: COPIED_MS });

  readonly data = new DataController<TreatiesDocument>(this, {
    // One treaty per document: a new `treaty` loads its own (the year and the id share it).
    bundled: (locale) => bundledTreaty(this.treaty, locale),
    bundledSync: (locale) => bundledTreatySync(this.treaty, locale),
    bundledKey: () => bundledTreatyId(this.treaty) ?? '',
    // User documents: one-language texts, own sources, every problem listed (lazy: only with user data).
    reader: { load: () => userReader<TreatiesDocument>(import('../../generated/validate-treaties.js'), 'treaties') },
    check: (document) => {
      const duplicate = duplicateTreatyId(document);
      if (!duplicate) return undefined;
      const { id } = duplicate;
      // The DataController runs the check in the element's language.
      const detail = msg(str`the id “${id}” is used by more than one treaty.`, { id: 'treaty-card.duplicateId' });
      return { path: duplicate.path, detail };
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A confirmation or a citation belongs to the card it was made for.
    if (changed.has('treaty') || changed.has('locale')) this.copier.reset();
    // Lit runs the controllers after willUpdate: a document already in memory is taken now.
    this.data.hostUpdate();
    void this.supportData.request(this.locale);
    // The view holds UI words: derive it once they are here in this language (render() shows the status until then).
    if (!isLocaleReady(this.locale)) return;
    const document = this.data.value;
    const support = this.supportData.value;
    this.lookup = document && this.findTreaty(document, this.treaty);
    const found = this.lookup?.kind === 'found' ? this.lookup.treaty : undefined;
    // The next treaty's document is on its way: the card shown so far stays, marked busy.
    this.busy = !found && this.data.loading && !!this.view;
    if (!this.busy) this.view = found && support ? this.cardView(found, support, this.locale) : undefined;
  }

  protected override exportDescriber() {
    return import('../../core/export/export-card.js');
  }

  private async cite(view: CardView): Promise<void> {
    await this.copier.copy(citationText(view, this.locale));
  }

  override render() {
    return this.renderWith(this.data, (document) => {
      if (this.busy && this.view) return this.renderCard(this.view, true);
      const lookup = this.lookup;
      if (lookup && lookup.kind !== 'found') return this.renderError(this.describeLookup(lookup, document));
      return this.view ? this.renderCard(this.view) : this.renderLoading();
    });
  }

  /**
   * The card is one landmark-free article: its sections have headings but no
   * accessible names, so five cards on a page do not make five "Key terms"
   * regions that a screen reader's landmark list cannot tell apart.
   */
  private renderCard(view: CardView, busy = false): TemplateResult {
    const compact = this.compact;
    const { signed } = view;
    return html`<article part="card" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <header>
        <h2 id="title" part="title">${view.title}</h2>
        ${compact ? nothing : html`<p class="official">${view.official}</p>`}
      </header>
      <dl class="facts">
        <div part="signed">
          <dt>${msg('Signed', { id: 'treaty-card.signed' })}</dt>
          <dd>
            <time datetime=${signed.datetime}>${signed.date}</time>${signed.place ? html`, <span class="place">${signed.place}</span>` : nothing}
          </dd>
        </div>
        <div part="parties">
          <dt>
            ${compact || !view.treaty.signatories.length
              ? msg('Parties', { id: 'treaty-card.parties' })
              : msg('Parties and signatories', { id: 'treaty-card.partiesAndSignatories' })}
          </dt>
          <dd>${this.renderParties(view)}</dd>
        </div>
      </dl>
      ${this.renderDuration(view)}
      ${compact
        ? nothing
        : html`${this.renderTerms(view)}
            <section part="outcome">
              <h3 id="outcome-heading">${msg('Outcome', { id: 'treaty-card.outcome' })}</h3>
              <p>${view.outcome}</p>
            </section>
            ${renderSources(view.treaty.sources)} ${this.renderCite(view)}`}
      ${compact ? this.renderDownload(true) : nothing}
    </article>`;
  }

  /** Each party with the people who signed for it; compact: the parties alone. */
  private renderParties(view: CardView): TemplateResult {
    if (this.compact) {
      return html`<ul class="parties inline">
        ${view.parties.map((party) => html`<li>${party.name}</li>`)}
      </ul>`;
    }
    return html`<ul class="parties">
      ${view.parties.map(
        (party) => html`<li>
          <span class="party">${party.name}</span>
          ${party.signatories.length
            ? html`<ul class="signatories">
                ${party.signatories.map((person) => html`<li><span class="person">${person.name}</span><span class="role">${person.role}</span></li>`)}
              </ul>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderDuration({ duration, durationText, milestones }: CardView): TemplateResult {
    const drawing = duration ? duration.module.renderDuration(duration.model, durationText) : nothing;
    return html`<section part="duration">
      <h3 id="duration-heading" class=${this.compact ? 'visually-hidden' : ''}>${msg('Validity', { id: 'treaty-card.validity' })}</h3>
      ${drawing}
      ${this.compact && duration
        ? nothing
        : html`<dl class="milestones">
            ${milestones.map(
              (milestone) => html`<div data-milestone=${milestone.kind}>
                <dt><span class="glyph" aria-hidden="true"></span>${milestone.label}</dt>
                <dd>
                  ${milestone.datetime ? html`<time datetime=${milestone.datetime}>${milestone.value}</time>` : milestone.value}
                  ${milestone.note ? html`<span class="note">${milestone.note}</span>` : nothing}
                </dd>
              </div>`,
            )}
          </dl>`}
    </section>`;
  }

  private renderTerms(view: CardView): TemplateResult {
    const list = (items: string[]) => html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
    return html`<section part="terms">
      <h3 id="terms-heading">${msg('Key terms', { id: 'treaty-card.keyTerms' })}</h3>
      ${view.terms.length ? list(view.terms) : html`<p>${msg('The data lists no terms.', { id: 'treaty-card.noTerms' })}</p>`}
      ${view.conditions.length
        ? html`<div class="conditions">
            <h3>${msg('Conditions', { id: 'treaty-card.conditions' })}</h3>
            ${list(view.conditions)}
          </div>`
        : nothing}
      ${view.invokedBy.length
        ? html`<h3>${msg('Invoked by', { id: 'treaty-card.invokedBy' })}</h3>
            ${list(view.invokedBy)}`
        : nothing}
    </section>`;
  }

  private renderCite(view: CardView): TemplateResult {
    return html`<div part="cite" class="cite">
      <button type="button" @click=${() => this.cite(view)}>${msg('Cite', { id: 'treaty-card.cite' })}</button>
      <span role="status" class="copied">${this.copier.state === 'copied'
        ? html`<span aria-hidden="true">✓</span> ${msg('Copied', { id: 'treaty-card.copied' })}`
        : nothing}</span>
      ${this.renderDownload(true)}
      ${this.copier.state === 'manual'
        ? html`<label class="manual">
            <span>${msg('The clipboard is not available here: the citation is selected, copy it with Ctrl+C (⌘C on a Mac).', {
              id: 'treaty-card.copyByHand',
            })}</span>
            <textarea readonly rows="5" .value=${this.copier.text}></textarea>
          </label>`
        : nothing}
    </div>`;
  }

  private describeLookup(lookup: Exclude<TreatyLookup, { kind: 'found' }>, document: TreatiesDocument): string {
    // The bundled document holds the one treaty asked for: what else is valid comes from the index.
    const known = this.data.usesBundled ? { treaties: bundledTreatyIndex } : document;
    const ids = listOf(known.treaties.map((treaty) => treaty.id), this.locale, true);
    const years = listOf(treatyYears(known).map(String), this.locale, false);
    switch (lookup.kind) {
      case 'missing':
        return msg(str`The treaty attribute is missing. Use ${ids}, or the year alone: ${years}.`, { id: 'treaty-card.missing' });
      case 'unknown': {
        const { value } = lookup;
        return msg(str`The treaty attribute has the invalid value “${value}”. Use ${ids}, or the year alone: ${years}.`, {
          id: 'treaty-card.unknownTreaty',
        });
      }
      case 'ambiguous': {
        const { value } = lookup;
        const matches = listOf(lookup.ids, this.locale, true, 'conjunction');
        return msg(str`The treaty attribute “${value}” matches more than one treaty: ${matches}. Use the id instead.`, {
          id: 'treaty-card.ambiguous',
        });
      }
    }
  }
}

/** „a“, „b“ nebo „c“ — quoted ids or plain years, joined as the language joins them. */
function listOf(values: string[], locale: Locale, quoted: boolean, type: 'disjunction' | 'conjunction' = 'disjunction'): string {
  const [open, close] = locale === 'en' ? ['“', '”'] : ['„', '“'];
  const items = quoted ? values.map((value) => `${open}${value}${close}`) : values;
  return listFormat(locale, type).format(items);
}

declare global {
  interface HTMLElementTagNameMap {
    'treaty-card': TreatyCard;
  }
}
