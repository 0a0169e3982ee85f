/**
 * Per-element localization on top of @lit/localize.
 *
 * @lit/localize normally installs one global `msg()` with one global locale
 * (`configureLocalization`), which throws when called twice on a page. That does
 * not fit embeddable elements: two of ours on one page may render in two
 * languages, and the host page may configure @lit/localize for its own app.
 *
 * So we never install anything globally. Our `msg` has the same type as
 * @lit/localize's (so `lit-localize extract` finds every call and writes the
 * XLIFF files) but looks its templates up with @lit/localize's `runtimeMsg`
 * for the locale of the element that is rendering right now. `CsElement` sets
 * that locale around each update with `withLocale()`; Lit renders
 * synchronously, so every `msg()` inside `render()` sees its own element's
 * language. A host's `configureLocalization` affects only the host's `msg`.
 */
import type { msg as litMsg } from '@lit/localize';
import { str } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize/internal/types.js';
import type { Locale } from '../data/types.js';

type TargetLocale = Exclude<Locale, 'en'>;

/**
 * Czech and Slovak UI strings load on demand, as their own chunks: a page in
 * English never downloads them. A static map of loaders (not a template
 * literal) so that bundlers and the test server see every chunk.
 */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  cs: () => import('../generated/locales/cs.js'),
  sk: () => import('../generated/locales/sk.js'),
};
const templates: Partial<Record<TargetLocale, LocaleModule['templates']>> = {};
const pending: Partial<Record<TargetLocale, Promise<void>>> = {};

/** Whether `msg()` can already speak `locale`. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === 'en' || templates[locale] !== undefined;
}

/** Loads the UI strings of `locale` (once; later calls share the promise). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  pending[locale] ??= loaders[locale]().then((module) => {
    templates[locale] = module.templates;
  });
  return pending[locale];
}

let currentLocale: Locale = 'en';

/** Runs `fn` with `locale` as the language of every `msg()` call inside it. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = currentLocale;
  currentLocale = locale;
  try {
    return fn();
  } finally {
    currentLocale = previous;
  }
}

/**
 * Server rendering only (Lit SSR calls willUpdate and render() outside any
 * update of ours): `locale` stays the language of `msg()` until the next
 * element's willUpdate says otherwise.
 */
export function speak(locale: Locale): void {
  currentLocale = locale;
}

/** The locale of the element currently rendering (`en` outside of any). */
export function activeLocale(): Locale {
  return currentLocale;
}

/** Localizes a string or `str` template in the active element's language. */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(
    currentLocale === 'en' ? undefined : templates[currentLocale],
    template as never,
    options,
  )) as typeof litMsg;

export { str };
