import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CsElement } from '../../core/base-element.js';
import { CopyController } from '../../core/copy-controller.js';
import { DataController } from '../../core/data-loader.js';
import { formatDate } from '../../core/format.js';
import { listFormat, numberFormat } from '../../core/intl.js';
import { msg, str, withLocale } from '../../core/localize.js';
import { renderSources, sourceById } from '../../core/sources.js';
import type { Locale, LocalizedText, Signatory, Treaty, TreatiesDocument } from '../../data/types.js';
import { bundledTreaty, bundledTreatyId, bundledTreatyIndex, bundledTreatySync } from './bundled-treaties.js';
import { cardSupportSync, loadCardSupport, type CardSupport } from './support.js';
import { treatyCardStyles } from './treaty-card.styles.js';
import { duplicateTreatyId, findTreaty, treatyYears, type TreatyLookup } from './treaty-lookup.js';


/** How long the "Copied" confirmation stays. */
const COPIED_MS = 4000;

/** One of the treaty's dates, as the timeline's legend and its text equivalent show it. */
interface Milestone {
  kind: 'signed' | 'in-force' | 'term' | 'ended' | 'open-end';
  label: string;
  value: string;
  note?: string;
  datetime?: string;
}

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
  static override styles: CSSResultGroup = [CsElement.styles, treatyCardStyles];

  /** The treaty: its id (`friendship-1943`) or its year alone (`1943`). */
  @property() treaty?: string;

  /** Only the title, the date, the parties and the mini-timeline. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The treaty on the card now: it stays (busy) while the next one's document loads. */
  private shown?: Treaty;

  /** Place and person names and the timeline module, loaded once per page. */
  @state() private support?: CardSupport;

  /** The Cite action: “Copied”, or the citation selected for copying by hand. */
  private readonly copier = new CopyController(this, { textarea: '[part~="cite"] textarea', confirmMs: COPIED_MS });

  readonly data = new DataController<TreatiesDocument>(this, {
    // One treaty per document: a new `treaty` loads its own (the year and the id share it).
    bundled: (locale) => bundledTreaty(this.treaty, locale),
    bundledSync: (locale) => bundledTreatySync(this.treaty, locale),
    bundledKey: () => bundledTreatyId(this.treaty) ?? '',
    validate: { load: () => import('../../generated/validate-treaties.js').then((module) => module.validate) },
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
    // Names in the card's language; the previous language's stay until they arrive.
    if (this.support?.locale !== this.locale) this.support = cardSupportSync(this.locale) ?? this.support;
    if (this.support?.locale !== this.locale) {
      const locale = this.locale;
      void loadCardSupport(locale).then((support) => {
        if (this.locale === locale) this.support = support;
      });
    }
  }

  protected override exportDescriber() {
    return import('../../core/export/export-card.js');
  }

  private async cite(treaty: Treaty): Promise<void> {
    const text = withLocale(this.locale, () => this.citationText(treaty));
    await this.copier.copy(text);
  }

  override render() {
    return this.renderWith(this.data, (document) => {
      const lookup = findTreaty(document, this.treaty);
      if (lookup.kind !== 'found') {
        // The next treaty's document is on its way: the card shown so far stays, marked busy.
        if (this.data.loading && this.shown && this.support) return this.renderCard(this.shown, this.support, true);
        this.shown = undefined;
        return this.renderError(this.describeLookup(lookup, document));
      }
      if (!this.support) return this.renderLoading();
      this.shown = lookup.treaty;
      return this.renderCard(lookup.treaty, this.support);
    });
  }

  /**
   * The card is one landmark-free article: its sections have headings but no
   * accessible names, so five cards on a page do not make five "Key terms"
   * regions that a screen reader's landmark list cannot tell apart.
   */
  private renderCard(treaty: Treaty, support: CardSupport, busy = false): TemplateResult {
    const compact = this.compact;
    return html`<article part="card" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <header>
        <h2 id="title" part="title">${this.text(treaty.name.short)}</h2>
        ${compact ? nothing : html`<p class="official">${this.text(treaty.name.official)}</p>`}
      </header>
      <dl class="facts">
        <div part="signed">
          <dt>${msg('Signed', { id: 'treaty-card.signed' })}</dt>
          <dd>${this.renderSigned(treaty, support)}</dd>
        </div>
        <div part="parties">
          <dt>
            ${compact || !treaty.signatories.length
              ? msg('Parties', { id: 'treaty-card.parties' })
              : msg('Parties and signatories', { id: 'treaty-card.partiesAndSignatories' })}
          </dt>
          <dd>${this.renderParties(treaty, support)}</dd>
        </div>
      </dl>
      ${this.renderDuration(treaty, support)}
      ${compact
        ? nothing
        : html`${this.renderTerms(treaty)}
            <section part="outcome">
              <h3 id="outcome-heading">${msg('Outcome', { id: 'treaty-card.outcome' })}</h3>
              <p>${this.text(treaty.outcome)}</p>
            </section>
            ${renderSources(treaty.sources)} ${this.renderCite(treaty)}`}
      ${compact ? this.renderDownload(true) : nothing}
    </article>`;
  }

  private renderSigned(treaty: Treaty, support: CardSupport): TemplateResult {
    const place = this.placeName(treaty.signed.place, support);
    return html`<time datetime=${treaty.signed.date}>${formatDate(treaty.signed.date, treaty.signed.precision, this.locale)}</time>${place
        ? html`, <span class="place">${place}</span>`
        : nothing}`;
  }

  /** Each party with the people who signed for it; compact: the parties alone. */
  private renderParties(treaty: Treaty, support: CardSupport): TemplateResult {
    const same = (a: Partial<LocalizedText>, b: Partial<LocalizedText>) => this.text(a) === this.text(b);
    const groups = treaty.parties.map((party) => ({
      party,
      signatories: treaty.signatories.filter((signatory) => same(signatory.party, party)),
    }));
    // A signatory whose party is not among `parties` still appears, under its own party.
    for (const signatory of treaty.signatories) {
      if (groups.some((group) => same(group.party, signatory.party))) continue;
      groups.push({ party: signatory.party, signatories: [signatory] });
    }
    if (this.compact) {
      return html`<ul class="parties inline">
        ${groups.map((group) => html`<li>${this.text(group.party)}</li>`)}
      </ul>`;
    }
    return html`<ul class="parties">
      ${groups.map(
        (group) => html`<li>
          <span class="party">${this.text(group.party)}</span>
          ${group.signatories.length
            ? html`<ul class="signatories">
                ${group.signatories.map((signatory) => this.renderSignatory(signatory, support))}
              </ul>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderSignatory(signatory: Signatory, support: CardSupport): TemplateResult {
    const known = signatory.person ? support.personNames.get(signatory.person) : undefined;
    const name = known ? this.text(known) : signatory.name;
    return html`<li><span class="person">${name}</span><span class="role">${this.text(signatory.role)}</span></li>`;
  }

  private renderDuration(treaty: Treaty, support: CardSupport): TemplateResult {
    const milestones = this.milestones(treaty);
    const endUnknown = msg('end unknown', { id: 'treaty-card.endUnknown' });
    const items = milestones
      .map((milestone) => (milestone.kind === 'open-end' ? endUnknown : `${milestone.label}: ${milestone.value}`))
      .join('; ');
    const description = msg(str`Timeline: ${items}.`, { id: 'treaty-card.timelineDescription' });
    const model = support.duration?.durationModel(treaty);
    const drawing =
      model && support.duration
        ? support.duration.renderDuration(model, {
            description,
            term: treaty.term?.years ? this.years(treaty.term.years) : undefined,
            endUnknown,
          })
        : nothing;
    return html`<section part="duration">
      <h3 id="duration-heading" class=${this.compact ? 'visually-hidden' : ''}>${msg('Validity', { id: 'treaty-card.validity' })}</h3>
      ${drawing}
      ${this.compact && model
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

  /** What the data knows of the treaty's life, in order; an unknown end says so. */
  private milestones(treaty: Treaty): Milestone[] {
    const { signed, inForce, term, ended } = treaty;
    const list: Milestone[] = [
      {
        kind: 'signed',
        label: msg('Signed', { id: 'treaty-card.signed' }),
        value: formatDate(signed.date, signed.precision, this.locale),
        datetime: signed.date,
      },
    ];
    if (inForce) {
      list.push({
        kind: 'in-force',
        label: msg('In force from', { id: 'treaty-card.inForce' }),
        value: formatDate(inForce.date, inForce.precision, this.locale, inForce.qualifier),
        note: inForce.note ? this.text(inForce.note) : undefined,
        datetime: inForce.date,
      });
    }
    if (term) {
      list.push({
        kind: 'term',
        label: msg('Term', { id: 'treaty-card.term' }),
        value: term.years ? this.years(term.years) : this.text(term.text),
        note: term.years ? this.text(term.text) : undefined,
      });
    }
    if (ended) {
      list.push({
        kind: 'ended',
        label: msg('Ended', { id: 'treaty-card.ended' }),
        value: formatDate(ended.date, ended.precision, this.locale),
        note: this.text(ended.note),
        datetime: ended.date,
      });
    } else {
      list.push({
        kind: 'open-end',
        label: msg('End', { id: 'treaty-card.end' }),
        value: msg('unknown', { id: 'treaty-card.endUnknownValue' }),
      });
    }
    return list;
  }

  private renderTerms(treaty: Treaty): TemplateResult {
    const list = (items: LocalizedText[]) => html`<ul>
      ${items.map((item) => html`<li>${this.text(item)}</li>`)}
    </ul>`;
    return html`<section part="terms">
      <h3 id="terms-heading">${msg('Key terms', { id: 'treaty-card.keyTerms' })}</h3>
      ${treaty.terms.length ? list(treaty.terms) : html`<p>${msg('The data lists no terms.', { id: 'treaty-card.noTerms' })}</p>`}
      ${treaty.conditions.length
        ? html`<div class="conditions">
            <h3>${msg('Conditions', { id: 'treaty-card.conditions' })}</h3>
            ${list(treaty.conditions)}
          </div>`
        : nothing}
      ${treaty.invokedBy.length
        ? html`<h3>${msg('Invoked by', { id: 'treaty-card.invokedBy' })}</h3>
            ${list(treaty.invokedBy.map((invocation) => invocation.text))}`
        : nothing}
    </section>`;
  }

  private renderCite(treaty: Treaty): TemplateResult {
    return html`<div part="cite" class="cite">
      <button type="button" @click=${() => this.cite(treaty)}>${msg('Cite', { id: 'treaty-card.cite' })}</button>
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

  /** "Treaty …. Signed: 12 December 1943, Moscow. Sources: title, publisher, URL; …." */
  private citationText(treaty: Treaty): string {
    const name = this.text(treaty.name.official);
    const date = formatDate(treaty.signed.date, treaty.signed.precision, this.locale);
    const place = this.support ? this.placeName(treaty.signed.place, this.support) : undefined;
    const signed = place ? `${date}, ${place}` : date;
    const ids = [...new Set(treaty.sources.map((ref) => ref.source))];
    const sources = ids
      .map((id) => {
        const source = sourceById(id);
        if (!source) return id;
        return [source.title, source.publisher !== source.title ? source.publisher : undefined, source.url].filter(Boolean).join(', ');
      })
      .join('; ');
    return msg(str`${name}. Signed: ${signed}. Sources: ${sources}.`, { id: 'treaty-card.citation' });
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

  private placeName(id: string | undefined, support: CardSupport): string | undefined {
    if (!id) return undefined;
    const name = support.placeNames.get(id);
    // A place of user data that the bundled places do not know: its id, readable.
    return name ? this.text(name) : id.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
  }

  /** "20 years", "20 let", "20 rokov". */
  private years(count: number): string {
    return numberFormat(this.locale, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(count);
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
