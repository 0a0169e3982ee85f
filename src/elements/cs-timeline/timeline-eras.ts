/**
 * The era bands and their names. Every band in view is named: the name goes
 * inside its band where it fits, else the era's short name, and a band too
 * narrow for either (the Second Republic lasted five and a half months) has
 * its name centred over it with a bracket marking the band's extent, the
 * neighbours' names moving aside. Only when nothing else fits is a name
 * shortened with "…". Across, the names have a row of their own (the bands
 * start below it): a centred name crossed the bands' edges and fills, which
 * cut "Druhá republika" into three differently shaded pieces. Down, the bands
 * stay full width: the axis breaks' labels reach into the names' column.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { fitText } from './timeline-layout.js';
import type { EraBand } from './timeline-model.js';
import type { Geometry } from './timeline-render.js';

export interface EraNames {
  readonly full: string;
  readonly short?: string;
}

export interface EraLabel {
  readonly band: EraBand;
  readonly index: number;
  /** The band's extent along the time axis (px). */
  readonly a: number;
  readonly b: number;
  /** The name as drawn, where it starts along the axis, and whether a bracket joins it to a narrow band. */
  readonly text?: string;
  readonly at: number;
  readonly bracket: boolean;
}

/** The names' row (px), as deep as the axis keeps free of grid lines at the top (H_ERA in timeline-render). */
const NAME_ROW = 22;
/** Room between two names (px): at 12 px "Druhá republika" centred over its narrow band and "Okupace a exil" read as one phrase. */
const GAP = 20;

/** Where each visible band's name goes (pure: positions from the scale, widths from `measure`). */
export function placeEraLabels(eras: readonly EraBand[], g: Geometry, position: (t: number) => number, names: (band: EraBand) => EraNames, measure: (text: string) => number): EraLabel[] {
  const [r0, r1] = g.range;
  const length = g.orientation === 'horizontal' ? g.width : g.height;
  let taken = -Infinity;
  const labels: EraLabel[] = [];
  eras.forEach((band, index) => {
    const a = Math.max(r0 - 14, position(band.start));
    const b = Math.min(r1 + 16, position(band.end));
    if (b <= a) return;
    const { full, short } = names(band);
    const candidates = short && short !== full ? [full, short] : [full];
    const start = Math.max(Math.max(a, 0) + 6, taken + GAP);
    const end = Math.min(b, length) - 4;
    let placed: EraLabel | undefined;
    for (const text of candidates) {
      const width = measure(text);
      if (start + width <= end) {
        placed = { band, index, a, b, text, at: start, bracket: false };
        taken = start + width;
        break;
      }
    }
    if (!placed) {
      // Too narrow for its name: centred over the band, past the previous name, inside the plot.
      for (const text of candidates) {
        const width = measure(text);
        const at = Math.min(length - width - 2, Math.max(taken + GAP, (a + b) / 2 - width / 2));
        if (at >= taken + GAP && at >= 2) {
          placed = { band, index, a, b, text, at, bracket: true };
          taken = at + width;
          break;
        }
      }
    }
    if (!placed) {
      const text = fitText(full, end - start, measure);
      placed = { band, index, a, b, text, at: start, bracket: false };
      if (text) taken = start + measure(text);
    }
    labels.push(placed);
  });
  return labels;
}

/** The bands first, then every name over them (a centred name may reach over a neighbouring band). */
export function renderEras(labels: readonly EraLabel[], g: Geometry): SVGTemplateResult {
  const horizontal = g.orientation === 'horizontal';
  return svg`<g class="eras" aria-hidden="true">${labels.map(({ band, index, a, b }) =>
    horizontal
      ? svg`<g part="era" class=${index % 2 ? 'odd' : 'even'} data-id=${band.era.id}>
          <rect x=${a} y=${NAME_ROW} width=${b - a} height=${Math.max(0, g.axisAt - NAME_ROW)}></rect>
          <line x1=${a} x2=${a} y1=${NAME_ROW} y2=${g.axisAt}></line>
        </g>`
      : svg`<g part="era" class=${index % 2 ? 'odd' : 'even'} data-id=${band.era.id}>
          <rect x="0" y=${a} width=${g.width} height=${b - a}></rect>
          <line x1="0" x2=${g.width} y1=${a} y2=${a}></line>
        </g>`,
  )}${labels.map(({ band, a, b, text, at, bracket }) =>
    horizontal
      ? svg`<g class="era-name" data-era=${band.era.id}>
          ${bracket ? svg`<path class="era-bracket" d=${`M${a + 1} 17v3H${b - 1}v-3`}></path>` : nothing}
          ${text ? svg`<text x=${at} y="13">${text}</text>` : nothing}
        </g>`
      : svg`<g class="era-name" data-era=${band.era.id}>
          ${bracket ? svg`<path class="era-bracket" d=${`M17 ${a + 1}h3V${b - 1}h-3`}></path>` : nothing}
          ${text ? svg`<text transform=${`translate(7 ${at}) rotate(90)`}>${text}</text>` : nothing}
        </g>`,
  )}</g>`;
}
