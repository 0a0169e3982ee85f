/**
 * Loads the reader of user timeline documents (`data/user/timeline-document.ts`,
 * a lazy chunk), once per page.
 *
 * Why a module of its own that the entries import first: a page whose
 * <cs-timeline> brings its own data (inline JSON or CSV, or `src`) needs the
 * reader before its first picture. Asked for only when the element reads its
 * document, the chunk was requested after the whole entry had been evaluated
 * and the element had updated once (on a phone, 40–200 ms after the entry
 * arrived). Evaluated before the rest of the entry, this module looks at the
 * page as the script finds it (a module script runs once the document is
 * parsed) and requests the chunk at once, while the rest of the entry
 * evaluates. Pages without user data never load it; a page whose inline
 * events the entry draws itself (`previewTimeline`) asks for it after that
 * picture, when the reader checks them: its code would otherwise compete
 * with the picture for the main thread.
 */
import { INLINE_DATA } from '../../core/inline-data.js';
import { previewTimeline } from '../../data/user/timeline-preview.js';

type Reader = typeof import('../../data/user/timeline-document.js');

let loading: Promise<Reader> | undefined;

/** The reader module; one request per page (a failed one may be tried again). */
export function loadUserDocumentReader(): Promise<Reader> {
  loading ??= import('../../data/user/timeline-document.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Whether a timeline needs the reader before its first picture: a `src`, CSV, or inline JSON that the
 * entry cannot draw itself (see `previewTimeline`; the element draws what it can and the reader, asked
 * for after that picture, checks it then). Its answer is kept for the element's first update.
 */
export function needsReaderFirst(timeline: Element): boolean {
  if (timeline.getAttribute('src')?.trim()) return true;
  const script = timeline.querySelector(INLINE_DATA);
  if (!script) return false;
  // A selected event's panel shows sources: such an element reads its document with the reader at once (core/data-loader.ts).
  return script.getAttribute('type') !== 'application/json' || timeline.hasAttribute('selected') || !previewTimeline(script.textContent ?? '', true);
}

if (typeof document !== 'undefined' && [...(document.querySelectorAll?.('cs-timeline') ?? [])].some(needsReaderFirst)) {
  // Awaited (and its failure shown) where the element reads its document.
  loadUserDocumentReader().catch(() => {});
}
