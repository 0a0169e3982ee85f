import type { LitElement, ReactiveController } from 'lit';

/** `copied`: the clipboard took the text; `manual`: it refused, and the text waits, selected, for Ctrl+C. */
export type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies a text (a citation) to the clipboard and keeps what the element
 * shows about it: a short-lived confirmation, or — when the clipboard is
 * refused (no permission, insecure page) — the text itself in a textarea,
 * focused and selected so the reader can copy it by hand.
 */
export class CopyController implements ReactiveController {
  state: CopyState = 'idle';
  /** The text to show for copying by hand (state `manual`). */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: LitElement,
    /** Where the element renders the textarea of the `manual` state, and how long "copied" shows. */
    private readonly options: { textarea: string; confirmMs?: number },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Back to idle, without an update of its own (call it from willUpdate, too). */
  reset(): void {
    clearTimeout(this.timer);
    this.state = 'idle';
  }

  async copy(text: string): Promise<void> {
    clearTimeout(this.timer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.show('copied');
      this.timer = setTimeout(() => this.show('idle'), this.options.confirmMs ?? 4000);
    } catch {
      this.text = text;
      this.show('manual');
      await this.host.updateComplete;
      const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>(this.options.textarea);
      area?.focus();
      area?.select();
    }
  }

  private show(state: CopyState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
