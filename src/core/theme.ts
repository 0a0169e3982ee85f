import { css } from 'lit';

/**
 * The public `--cs-*` tokens, each with a light and a dark default.
 * `light-dark()` picks the value for the host's `color-scheme`, which the
 * `theme` attribute sets: `auto` (default) follows `prefers-color-scheme`.
 * A page that sets a token overrides both defaults.
 * Elements read the private `--_*` copies, never the tokens directly.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_text: var(--cs-color-text, light-dark(#1c1d21, #e9e9ee));
    --_surface: var(--cs-color-surface, light-dark(#ffffff, #16171b));
    --_accent: var(--cs-color-accent, light-dark(#b0262c, #ff8f8a));
    --_muted: var(--cs-color-muted, light-dark(#595d66, #a9adb6));
    --_line: light-dark(#d5d7dc, #3b3e46);
    --_raised: light-dark(#f3f4f6, #22242a);
    --_focus: var(--cs-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_font: var(--cs-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--cs-font-size, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: 4px;
    padding: 0.25em 0.7em;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* On paper only (the wide map's list of stations, the timeline's sources); the print styles come with the download menu. */
  .print-only {
    display: none !important;
  }
  [part~='error'] {
    border: 1px solid var(--_accent);
    border-left-width: 4px;
    border-radius: 4px;
    padding: 0.75em 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  [part~='error'] p {
    margin: 0;
    flex: 1 1 16em;
  }
  [part~='sources'] {
    margin-top: 0.75em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  [part~='sources'] h2 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  [part~='sources'] ol {
    margin: 0;
    padding-inline-start: 1.4em;
  }
  [part~='sources'] q {
    font-style: italic;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_surface: Canvas;
      --_accent: LinkText;
      --_muted: CanvasText;
      --_line: CanvasText;
      --_focus: Highlight;
    }
  }
  /* On paper: dark on white whatever the theme, and no controls to press. */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_surface: #fff;
      --_muted: #333;
      --_line: #999;
    }
    button,
    [role='toolbar'] {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
