/** What the package exports besides the element classes. */
export { CsElement, THEMES, type Theme } from './base-element.js';
export { CsSelectEvent } from './events.js';
export { formatDate, formatDateRange, formatDateSpec, formatFigure, formatNumber } from './format.js';
export { LOCALES, normalizeLocale, resolveLanguage } from './language.js';
export type * from '../data/types.js';
