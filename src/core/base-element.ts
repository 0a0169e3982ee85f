import { html, isServer, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LocalizedText, Locale } from '../data/types.js';
import { DataController, retryable, type DataError } from './data-loader.js';
import { localText, observeLanguageChanges, resolveLanguage } from './language.js';
import { isLocaleReady, loadLocale, msg, speak, withLocale } from './localize.js';
import { describeConfigProblem, describeDataError, type ConfigProblem } from './messages.js';
import { themeStyles } from './theme.js';
import type { Describer } from './export/export.js';
import { menuWaiting, menuWhenIdle, renderMenu } from './export/menu-loader.js';

/** The export code (pictures, files): loaded the first time it is used. */
const exporter = () => import('./export/export.js');

export type Theme = 'light' | 'dark' | 'auto';

/**
 * How long an element may have nothing to show before it says "Loading…":
 * most loads (bundled chunks, inline JSON, a fast `src`) take a few
 * milliseconds, and a status shown at once would flash for them and cost the
 * first picture a frame.
 */
export const STATUS_DELAY_MS = 150;
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * What every element shares: its language (own `lang`, else inherited, else
 * `<html lang>`), its theme, its data source (`src`, inline JSON or the
 * bundled document), the error state and the loading state. Subclasses draw
 * only their own picture.
 *
 * What every element inherits is documented here once (the manifest copies it
 * to each element): the `lang` attribute, the shared tokens and parts.
 *
 * @attr {string} lang - The language: `en`, `cs` or `sk`. Without it the element uses the closest ancestor's `lang`, then `<html lang>`, then `en`; an unsupported language falls back to `en`.
 *
 * @csspart error - The message shown for an invalid attribute or document: a sentence naming what was wrong and what is valid.
 * @csspart retry - The button in the error message that loads the data again (only where retrying can help).
 * @csspart status - The loading status (shown only when loading takes longer than a moment).
 *
 * @cssprop {<color>} [--cs-color-text=light-dark(#1c1d21, #e9e9ee)] - Text.
 * @cssprop {<color>} [--cs-color-surface=light-dark(#ffffff, #16171b)] - Background.
 * @cssprop {<color>} [--cs-color-accent=light-dark(#b0262c, #ff8f8a)] - Links, highlights and the selection.
 * @cssprop {<color>} [--cs-color-muted=light-dark(#595d66, #a9adb6)] - Secondary text and axes.
 * @cssprop {<color>} [--cs-color-focus=light-dark(#0b57d0, #8ab4f8)] - The keyboard focus ring.
 * @cssprop {*} [--cs-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - The font (a font-family list).
 * @cssprop {<length>} [--cs-font-size=1rem] - The base font size; the elements' other sizes follow it.
 */
export abstract class CsElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];

  // Lit's reactive properties declared in one object, not one decorator each: the decorators' helper
  // and a call per property cost every entry about 0.3 KB gzip.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    noDownload: { type: Boolean, reflect: true, attribute: 'no-download' },
    locale: { attribute: false },
  };

  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). */
  theme: Theme = 'auto';

  /** URL of a JSON document in the shape of the element's bundled data; replaces it. */
  src?: string;

  /** Hides the download menu (`toSVG()` and `toPNG()` stay). */
  noDownload = false;

  /** The language the element renders in, resolved from `lang`. */
  protected locale: Locale = 'en';

  /** The language the element renders in (`en`, `cs` or `sk`), resolved from `lang` and its ancestors. */
  get resolvedLang(): Locale {
    return this.locale;
  }

  private stopObservingLanguage?: () => void;
  /** When the element began to have nothing to show, and the timer that then shows the status. */
  private waitingSince?: number;
  private statusTimer?: ReturnType<typeof setTimeout>;
  /** Whether this update rendered the loading state. */
  private renderedLoading = false;
  private lastWarning?: string;
  private shownError?: string;
  /**
   * True during the first update of an element pre-rendered by ssr.js, set by
   * src/core/prerendered.ts (loaded only on such pages): that update adopts
   * the server's DOM (Lit's hydration), so it must draw from the server's
   * inputs — e.g. the width the server laid out for, not the measured one.
   * @internal
   */
  hydrating?: boolean;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.resolveLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveLocale();
    this.stopObservingLanguage = observeLanguageChanges(() => this.resolveLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLanguage?.();
    this.stopObservingLanguage = undefined;
    this.stopWaiting();
    menuWaiting.delete(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit SSR calls no connectedCallback and renders outside performUpdate: the language comes
    // from the element and what renderToString knows, and msg() speaks it until the next element.
    // Lit SSR runs no controller either: the element's document (in memory, see ssr.js) is taken here.
    if (isServer) {
      speak((this.locale = resolveLanguage(this)));
      (this as { data?: DataController<unknown> }).data?.hostUpdate();
    }
  }

  private stopWaiting(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    this.waitingSince = undefined;
  }

  private resolveLocale(): void {
    const locale = resolveLanguage(this);
    this.locale = locale;
    if (!isLocaleReady(locale)) {
      void loadLocale(locale).then(() => this.requestUpdate());
    }
  }

  /** Every `msg()` during this update — willUpdate, render, updated — speaks the element's language. */
  protected override performUpdate(): void {
    this.renderedLoading = false;
    withLocale(this.locale, () => super.performUpdate());
    if (!this.renderedLoading) this.stopWaiting();
  }

  /** The text in the element's language (English if a translation is missing). */
  protected text(value: Partial<LocalizedText> | undefined): string {
    return localText(value, this.locale);
  }

  /**
   * Loads the module that says what the element shows now, for export
   * (`core/export/export-<element>.ts`): elements that export override it with one
   * dynamic import, so the describing stays out of their first render.
   */
  protected exportDescriber?(): Promise<Describer>;

  /** A standalone SVG document of what the element shows now, with its title, sources and credit. */
  toSVG(): Promise<string> {
    return exporter().then((run) => run.toSVG(this));
  }

  /** The same picture as PNG, `scale` times the element's size (default 2). */
  toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return exporter().then((run) => run.toPNG(this, options.scale));
  }

  /** The download menu (`[part~="download"]`) unless `no-download`, once its chunk (with the print styles) is there. */
  protected renderDownload(csv: boolean): unknown {
    // Not on a server: a pre-rendered menu would not work before the script. Nor in the browser's
    // first picture when it adopts the server's (see prerendered.ts): it comes in idle time.
    if (isServer) return nothing;
    if (renderMenu && !this.hydrating) return renderMenu(this, csv);
    menuWhenIdle(this);
    return nothing;
  }

  /** Attribute problems; subclasses add theirs to `super.configProblem()`. */
  protected configProblem(): ConfigProblem | undefined {
    // A removed attribute sets the property to null: that is the default, `auto`.
    if (this.theme != null && !THEMES.includes(this.theme)) return { attribute: 'theme', value: String(this.theme), valid: THEMES };
    return undefined;
  }

  /**
   * The common frame of `render()`: a configuration error, a data error, a
   * loading status, or the element's own picture of its loaded document.
   */
  protected renderWith<T>(data: DataController<T>, draw: (document: T) => unknown): unknown {
    // Until its UI strings arrive, the element shows a status rather than English.
    if (!isLocaleReady(this.locale)) return this.renderLoading();
    const problem = this.configProblem();
    if (problem) return this.renderError(describeConfigProblem(problem));
    if (data.error) return this.renderError(describeDataError(data.error), retryable(data.error) ? () => data.retry() : undefined, data.error);
    if (!data.value) return this.renderLoading();
    this.shownError = undefined;
    return draw(data.value);
  }

  protected renderError(message: string, retry?: () => void, error?: DataError): TemplateResult {
    this.shownError = message;
    return html`<div part="error" role="alert">
      ${error?.kind === 'problems'
        ? html`<p>${error.heading}</p>
            <ul class="problems">
              ${error.problems.map(({ path, detail }) => html`<li><code>${path}</code>: ${detail}</li>`)}
            </ul>`
        : html`<p>${message}</p>`}
      ${retry ? html`<button type="button" part="retry" @click=${retry}>${msg('Retry', { id: 'action.retry' })}</button>` : nothing}
    </div>`;
  }

  /**
   * The loading status. Its text appears once the element has waited
   * STATUS_DELAY_MS with nothing to show; until then the (live) region is
   * there but empty, so it takes no space and says nothing.
   */
  protected renderLoading(): TemplateResult {
    this.renderedLoading = true;
    const now = performance.now();
    this.waitingSince ??= now;
    const left = this.waitingSince + STATUS_DELAY_MS - now;
    // On a server there is no later render to show the word in.
    if (left > 0 && !isServer) {
      this.statusTimer ??= setTimeout(() => {
        this.statusTimer = undefined;
        this.requestUpdate();
      }, left);
    }
    return html`<div part="status" role="status" class="loading">${left > 0 ? '' : msg('Loading…', { id: 'status.loading' })}</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // One console.warn per error shown, not one per render.
    if (this.shownError && this.shownError !== this.lastWarning) {
      console.warn(`<${this.localName}>: ${this.shownError}`);
    }
    this.lastWarning = this.shownError;
  }
}
