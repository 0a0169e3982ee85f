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
import type { Theme } from './core/base-element.js';

interface CommonProps {
  /** `en`, `cs` or `sk`; else inherited from the page. */
  lang?: string;
  /** `light`, `dark` or `auto` (default). */
  theme?: Theme;
  /** URL of a JSON document in the shape of the element's bundled data. */
  src?: string;
}

type ElementProps<Own> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CommonProps & Own;

export interface CsTimelineProps {
  from?: string;
  to?: string;
  categories?: string;
  selected?: string;
  orientation?: 'horizontal' | 'vertical' | 'auto';
  'deep-link'?: boolean;
  'oncs-select'?: (event: CsSelectEvent) => void;
}

export interface CasualtyChartProps {
  battle?: 'sokolovo' | 'kiev' | 'dukla' | 'all' | (string & {});
  chart?: 'bar' | 'waffle';
  'show-table'?: boolean;
}

export interface TreatyCardProps {
  treaty?: string;
  compact?: boolean;
}

export interface CsMapProps {
  year?: string | number;
  selected?: string;
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
