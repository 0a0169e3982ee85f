/**
 * Loads the reader of user timeline documents (`user-document.ts`, a lazy
 * chunk), once per page.
 *
 * Why a module of its own that the entries import first: a page whose
 * <cs-timeline> brings its own data (inline JSON or CSV, or `src`) needs the
 * reader before its first picture. Asked for only when the element reads its
 * document, the chunk was requested after the whole entry had been evaluated
 * and the element had updated once (on a phone, 40–200 ms after the entry
 * arrived). Evaluated before the rest of the entry, this module looks at the
 * page as the script finds it (a module script runs once the document is
 * parsed) and requests the chunk at once, while the rest of the entry
 * evaluates. Pages without user data never load it.
 */
type Reader = typeof import('./user-document.js');

let loading: Promise<Reader> | undefined;

/** The reader module; one request per page (a failed one may be tried again). */
export function loadUserDocumentReader(): Promise<Reader> {
  loading ??= import('./user-document.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Timelines that read a document of their own. */
const USER_DATA = 'cs-timeline[src], cs-timeline > script[type="application/json"], cs-timeline > script[type="text/csv"]';

if (typeof document !== 'undefined' && document.querySelector?.(USER_DATA)) {
  // Awaited (and its failure shown) where the element reads its document.
  loadUserDocumentReader().catch(() => {});
}
