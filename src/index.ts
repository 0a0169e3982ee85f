/**
 * cs-history-elements: importing this module registers every element.
 * To register one, import `cs-history-elements/<tag>.js` instead.
 */
export * from './core/public.js';
