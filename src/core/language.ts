import { isServer } from 'lit';
import type { Locale, LocalizedText } from '../data/types.js';

/** The languages every element renders in; `en` is the source language. */
export const LOCALES: readonly Locale[] = ['en', 'cs', 'sk'];

/**
 * Maps a BCP 47 tag to a supported locale: `cs-CZ` → `cs`, `SK` → `sk`,
 * anything unsupported (or empty) → `en`.
 */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/**
 * The `lang` that applies to `element`: its own attribute, else the closest
 * ancestor with `[lang]` — crossing shadow roots, so an element inside another
 * component inherits the host page's language — else `<html lang>`, else `en`.
 */
export function resolveLanguage(element: Element): Locale {
  // Lit SSR's elements stand alone: their own `lang`, else what the page around them says.
  if (isServer) return normalizeLocale(element.getAttribute('lang')?.trim() || serverInheritedLanguage);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null && lang.trim() !== '') return normalizeLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normalizeLocale(document.documentElement.getAttribute('lang'));
}

let serverInheritedLanguage: string | undefined;

/**
 * Server rendering: the `lang` the next element inherits from its ancestors
 * or `<html lang>` (renderToString knows the page; Lit SSR does not give an
 * element its parents). Undefined: `en`.
 */
export function setServerInheritedLanguage(lang: string | undefined): void {
  serverInheritedLanguage = lang;
}

type LanguageListener = () => void;
const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so
 * elements can re-resolve an inherited language. One observer serves every
 * element on the page; it is released when the last element unsubscribes.
 */
export function observeLanguageChanges(listener: LanguageListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * A text in `locale` (English if a translation is missing): what an element's
 * `text()` and every view function use, so a view function needs the locale only.
 */
export function localText(value: Partial<LocalizedText> | undefined, locale: Locale): string {
  if (!value) return '';
  // Bundled documents carry only the element's language (see src/data/bundled.ts).
  return value[locale] || value.en || Object.values(value).find(Boolean) || '';
}
