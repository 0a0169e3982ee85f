/**
 * The attributes of each element as template props, written once for the
 * framework typings (`react.ts`, `vue.ts`, `svelte.ts`) so that the three
 * cannot drift apart. Each typing adds its own form of the events.
 * Types only: nothing here exists at run time.
 */
import type { Theme } from './core/base-element.js';

/** What every element takes. */
export interface CommonAttributes {
  /** `en`, `cs` or `sk`; else inherited from the closest ancestor's `lang`, then `<html lang>`. */
  lang?: string;
  /** `light`, `dark` or `auto` (default: the reader's system setting). */
  theme?: Theme;
  /** URL of a JSON document in the shape of the element's bundled data; replaces it. */
  src?: string;
}

export interface CsTimelineAttributes extends CommonAttributes {
  /** First year or ISO date shown (inclusive), e.g. `1938` or `1938-09-30`. */
  from?: string;
  /** Last year or ISO date shown (inclusive). */
  to?: string;
  /** Space-separated category ids: `diplomacy`, `military`, `politics`, `repression`. */
  categories?: string;
  /** Id of the selected event. */
  selected?: string;
  orientation?: 'horizontal' | 'vertical' | 'auto';
  /** Keep the selection in `location.hash`. */
  'deep-link'?: boolean;
}

export interface CasualtyChartAttributes extends CommonAttributes {
  /** `sokolovo`, `kiev`, `dukla` or `all`; with a user document, any battle id in it. */
  battle?: 'sokolovo' | 'kiev' | 'dukla' | 'all' | (string & {});
  chart?: 'bar' | 'waffle';
  /** Show the data table (screen readers always have it). */
  'show-table'?: boolean;
}

export interface TreatyCardAttributes extends CommonAttributes {
  /** `mutual-assistance-1935`, `joint-action-1941`, `friendship-1943`, `liberated-territory-1944`, `ruthenia-1945`, or the year alone. */
  treaty?: string;
  compact?: boolean;
}

export interface CsMapAttributes extends CommonAttributes {
  /** Show the road as it stood at the end of this year (1942–1945). */
  year?: string | number;
  /** Id of the selected place. */
  selected?: string;
}
