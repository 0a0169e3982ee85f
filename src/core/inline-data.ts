/**
 * Where an element's own document sits in the page: a JSON or CSV child.
 * Read by the data loader (core/data-loader.ts); looked at first by the
 * timeline's entry (user-document-load.ts), before any element exists. A
 * module of its own: the readers' rules (data/user/rules.ts) are shared with
 * lazy chunks, and importing them here would put them in every entry.
 */
export const INLINE_DATA = ':scope > script[type="application/json"], :scope > script[type="text/csv"]';
