/**
 * cs-history-elements: importing this module registers every element.
 * To register one, import `cs-history-elements/<tag>.js` instead.
 */
// First: a page whose timeline brings its own data requests the reader at once.
import './elements/cs-timeline/user-document-load.js';
export * from './core/public.js';
export { CsTimeline } from './define/cs-timeline.js';
export { CasualtyChart } from './define/casualty-chart.js';
export { TreatyCard } from './define/treaty-card.js';
export { CsMap } from './define/cs-map.js';
