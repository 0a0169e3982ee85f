/**
 * One Tab stop per list of marks, arrow keys inside it (the roving tabindex of
 * the ARIA practices): a chart of 28 figures is one stop on the way through
 * the page, not 28. The element says which keys the list holds and how a mark
 * element is found; this controller keeps the active key, moves it on Arrow
 * keys, Home and End, and focuses the new mark once the update that gave it
 * `tabindex="0"` is rendered. The same controller serves a row of buttons
 * (a toolbar, filter chips), which wraps around at its ends and keeps its
 * arrow keys from the element's own keys (`wrap`, `stopPropagation`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The list's keys, in keyboard order. */
  keys: () => readonly string[];
  /** The selector of a mark in the render root, e.g. `[part~="mark"]`; its `data-key` (or `data-id`) is its key. */
  selector: string;
  /** The attribute that carries a mark's key (default `data-key`). */
  keyAttribute?: string;
  /** Past the last key the arrows go on to the first, and back (default: they stop at the ends). */
  wrap?: boolean;
  /** A handled key goes no further (e.g. to the element's own arrow keys around the list). */
  stopPropagation?: boolean;
}

/** What a key does: the next (1) or the previous (-1) mark, the last (End) or the first (Home). */
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, End: 2, Home: -2 };

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class RovingFocusController implements ReactiveController {
  /** The mark the keyboard is on; undefined: none yet (the preferred or first one holds the Tab stop). */
  active?: string;
  private focusPending = false;

  constructor(
    private readonly host: Host,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The key that holds the Tab stop: the active one while it is listed, else `preferred` (e.g. the selection) if listed, else the first. */
  tabStop(preferred?: string): string | undefined {
    const keys = this.options.keys();
    return [this.active, preferred].find((key) => key !== undefined && keys.includes(key)) ?? keys[0];
  }

  /** The key of the mark an event came from, if it came from one. */
  keyOf(event: Event): string | undefined {
    const origin = event.composedPath()[0];
    const mark = origin instanceof Element ? origin.closest(this.options.selector) : null;
    return mark?.getAttribute(this.options.keyAttribute ?? 'data-key') ?? undefined;
  }

  /**
   * Arrow keys (next/previous), Home and End on a mark: moves the Tab stop and
   * the focus, and returns true (the key is then handled). Other keys: false.
   */
  handleKey = (event: KeyboardEvent): boolean => {
    const current = this.keyOf(event);
    if (current === undefined) return false;
    const keys = this.options.keys();
    const last = keys.length - 1;
    const step = STEPS[event.key];
    const index = keys.indexOf(current) + (step ?? 0);
    const next = step === undefined ? undefined : keys[step > 1 ? last : step < -1 ? 0 : this.options.wrap ? (index + keys.length) % keys.length : Math.max(0, Math.min(last, index))];
    if (next === undefined) return false;
    event.preventDefault();
    if (this.options.stopPropagation) event.stopPropagation();
    this.focus(next);
    return true;
  };

  /** Makes `key` the Tab stop and focuses its mark after the next update. */
  focus(key: string): void {
    this.active = key;
    this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Remembers the mark that received focus (by pointer or Tab), so the Tab stop stays where the reader was. */
  focused = (event: FocusEvent): void => {
    const key = this.keyOf(event);
    if (key !== undefined) this.active = key;
  };

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const attribute = this.options.keyAttribute ?? 'data-key';
    const key = this.active ?? '';
    // After the update has finished: focusing opens a tooltip or the like, an update of its own.
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement | SVGElement>(`${this.options.selector}[${attribute}="${CSS.escape(key)}"]`)?.focus(),
    );
  }
}
