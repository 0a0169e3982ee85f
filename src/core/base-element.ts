import { html, isServer, LitElement, nothing, type CSSResultGroup, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { primeFromPage } from '../data/bundled.js';
import type { LocalizedText, Locale } from '../data/types.js';
import { DataController } from './data-loader.js';
import { observeLanguageChanges, resolveLanguage } from './language.js';
import { isLocaleReady, loadLocale, msg, withLocale } from './localize.js';
import { describeConfigProblem, describeDataError, type ConfigProblem } from './messages.js';
import { themeStyles } from './theme.js';

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
 */
export abstract class CsElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];

  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** URL of a JSON document in the shape of the element's bundled data; replaces it. */
  @property() src?: string;

  /** The language the element renders in, resolved from `lang`. */
  @state() protected locale: Locale = 'en';

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
  /** The element's data controllers, which server rendering runs itself (Lit SSR runs no controller). */
  private readonly dataControllers: DataController<unknown>[] = [];
  /**
   * A server rendering's nodes (Declarative Shadow DOM from ssr.js): they stay
   * on screen until the element draws its own picture, then go in the same
   * task, so the reader sees neither a flash nor an empty box.
   */
  private serverNodes?: ChildNode[];

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
  }

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (controller instanceof DataController) this.dataControllers.push(controller);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = Boolean(this.shadowRoot?.firstChild);
    const root = super.createRenderRoot();
    if (serverRendered) {
      this.serverNodes = [...root.childNodes];
      // The data the server rendering used, copied into the page: no second download.
      primeFromPage(this.ownerDocument);
      this.adoptServerRendering(root as ShadowRoot);
    }
    return root;
  }

  /** True while a server rendering is on screen and the element's own picture is not ready to replace it. */
  protected get showsServerRendering(): boolean {
    return this.serverNodes !== undefined;
  }

  /**
   * Called once, before the first update, when the element was pre-rendered:
   * what the element needs from the server rendering for its first picture
   * (the timeline reads the size of the plot box it drew).
   */
  protected adoptServerRendering(_root: ShadowRoot): void {}

  /**
   * Whether the element's picture is whole enough to replace a server
   * rendering of it; an element whose picture arrives in parts (the map's
   * basemap) says no until the last part is there.
   */
  protected pictureComplete(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit SSR calls no connectedCallback: the language comes from the element and what renderToString knows.
    if (isServer) this.locale = resolveLanguage(this);
    // The data controllers' turn comes after willUpdate (and never in Lit SSR): a document already in
    // memory must be there for the subclass's willUpdate, which derives the picture from it.
    for (const data of this.dataControllers) data.hostUpdate();
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
    if (this.serverNodes && !this.renderedLoading && this.pictureComplete()) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = undefined;
    }
  }

  /** The text in the element's language (English if a translation is missing). */
  protected text(value: Partial<LocalizedText> | undefined): string {
    if (!value) return '';
    // Bundled documents carry only the element's language (see src/data/bundled.ts).
    return value[this.locale] || value.en || Object.values(value).find(Boolean) || '';
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
    // Lit SSR calls render() outside performUpdate: the element's language is set here too.
    return withLocale(this.locale, () => this.renderFrame(data, draw));
  }

  private renderFrame<T>(data: DataController<T>, draw: (document: T) => unknown): unknown {
    // Until its UI strings arrive, the element shows a status rather than English.
    if (!isLocaleReady(this.locale)) return this.renderLoading();
    const problem = this.configProblem();
    if (problem) return this.renderError(describeConfigProblem(problem));
    // A picture still missing a part would show beside the server's whole one: the server's stays alone.
    if (this.serverNodes && !data.error && !this.pictureComplete()) return this.renderLoading();
    if (data.error) return this.renderError(describeDataError(data.error), () => data.retry());
    if (!data.value) return this.renderLoading();
    this.shownError = undefined;
    return draw(data.value);
  }

  protected renderError(message: string, retry?: () => void): TemplateResult {
    this.shownError = message;
    return html`<div part="error" role="alert">
      <p>${message}</p>
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
    // The server rendering stays on screen meanwhile: nothing beside it, so nothing moves.
    if (this.serverNodes) return html``;
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
