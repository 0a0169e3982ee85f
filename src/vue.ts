/**
 * Template types for Vue 3. `import 'cs-history-elements/vue';` once (or add it
 * to `compilerOptions.types`) and `vue-tsc` checks the elements' props and
 * events in templates:
 *
 *   <cs-timeline from="1938" orientation="vertical" @cs-select="(e) => show(e.detail.id)" />
 *
 * At run time Vue must also be told these tags are custom elements
 * (`compilerOptions.isCustomElement`, see the README).
 */
import type { DefineComponent } from 'vue';
import type { CsSelectEvent } from './core/events.js';
import type { CasualtyChartAttributes, CsMapAttributes, CsTimelineAttributes, TreatyCardAttributes } from './element-props.js';

/** `@cs-select` in a template (Vue passes a listener as the prop `onCsSelect`). */
export interface CsSelectListener {
  onCsSelect?: (event: CsSelectEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'cs-timeline': DefineComponent<CsTimelineAttributes & CsSelectListener>;
    'casualty-chart': DefineComponent<CasualtyChartAttributes>;
    'treaty-card': DefineComponent<TreatyCardAttributes>;
    'cs-map': DefineComponent<CsMapAttributes & CsSelectListener>;
  }
}
