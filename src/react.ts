/**
 * JSX types for React 19. `import 'cs-history-elements/react';` once (or add it
 * to `compilerOptions.types`) and the elements type-check in TSX:
 *
 *   <treaty-card treaty="1943" lang="cs" />
 *   <cs-timeline from="1938" to="1945" oncs-select={(e) => console.log(e.detail.id)} />
 *
 * React 19 passes these props to the custom element as attributes (or as
 * properties where the element has one) and listens to `on<event-name>`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CsSelectEvent } from './core/events.js';
import type { CasualtyChartAttributes, CsMapAttributes, CsTimelineAttributes, TreatyCardAttributes } from './element-props.js';

type ElementProps<Own> = Omit<DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>, keyof Own> & Own;

export interface CsTimelineProps extends CsTimelineAttributes {
  'oncs-select'?: (event: CsSelectEvent) => void;
}

export type CasualtyChartProps = CasualtyChartAttributes;

export type TreatyCardProps = TreatyCardAttributes;

export interface CsMapProps extends CsMapAttributes {
  'oncs-select'?: (event: CsSelectEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cs-timeline': ElementProps<CsTimelineProps>;
      'casualty-chart': ElementProps<CasualtyChartProps>;
      'treaty-card': ElementProps<TreatyCardProps>;
      'cs-map': ElementProps<CsMapProps>;
    }
  }
}
