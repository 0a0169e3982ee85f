/**
 * Template types for Svelte 5. `import 'cs-history-elements/svelte';` once (in
 * a `.d.ts` of the app, or any module) and `svelte-check` checks the elements'
 * attributes and events in markup:
 *
 *   <cs-timeline from="1938" orientation="vertical" oncs-select={(e) => show(e.detail.id)}></cs-timeline>
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CsSelectEvent } from './core/events.js';
import type { CasualtyChartAttributes, CsMapAttributes, CsTimelineAttributes, TreatyCardAttributes } from './element-props.js';

/** `oncs-select={…}` (Svelte 5) and `on:cs-select={…}` (Svelte 4 syntax, still accepted). */
export interface CsSelectHandlers {
  'oncs-select'?: (event: CsSelectEvent) => void;
  'on:cs-select'?: (event: CsSelectEvent) => void;
}

type Element<Own> = Omit<HTMLAttributes<HTMLElement>, keyof Own> & Own;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'cs-timeline': Element<CsTimelineAttributes & CsSelectHandlers>;
    'casualty-chart': Element<CasualtyChartAttributes>;
    'treaty-card': Element<TreatyCardAttributes>;
    'cs-map': Element<CsMapAttributes & CsSelectHandlers>;
  }
}
