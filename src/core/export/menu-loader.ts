/**
 * The download menu and the print styles every element shares
 * (`export-menu.ts`, a chunk of its own): no first render grows by them.
 * They arrive in idle time after an element's first picture — or at once,
 * beside the reader, when an element reads a user document: that picture
 * waits for a chunk anyway, and the menu is then in it rather than drawn in a
 * second update of the whole element.
 */
import { whenIdle } from '../idle.js';

type RenderMenu = typeof import('./export-menu.js').renderDownloadMenu;

/** The menu's template, once its chunk is there. */
export let renderMenu: RenderMenu | undefined;

/** Elements to draw again when it arrives (each removed when it leaves the page, so that none is kept alive). */
export const menuWaiting = new Set<{ requestUpdate(): void }>();
let loading: Promise<void> | undefined;
/** Asked for in idle time (asking again then, or at once, finds `loading`). */
let requested = false;

function load(): Promise<void> {
  return (loading ??= import('./export-menu.js').then(
    (module) => {
      renderMenu = module.renderDownloadMenu;
      for (const element of menuWaiting) element.requestUpdate();
      menuWaiting.clear();
    },
    () => {
      // Asked for again by the next render.
      loading = undefined;
      requested = false;
    },
  ));
}

/** The menu for `element` after its first picture, in idle time; it is drawn again when the menu arrives. */
export function menuWhenIdle(element: { requestUpdate(): void }): void {
  menuWaiting.add(element);
  if (!requested) {
    requested = true;
    whenIdle(() => void load(), 2000);
  }
}

/** The menu now; settles (never rejects) when it is there or could not load. */
export const menuNow = load;
