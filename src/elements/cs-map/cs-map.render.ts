/** The SVG layers and the panel of <cs-map>: templates only, from a MapView. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../core/css-props.js';
import { formatNumber } from '../../core/format.js';
import { msg, str } from '../../core/localize.js';
import type { EventOutline, Locale } from '../../data/types.js';
import type { Compass } from './geometry.js';
import { DATE_SIZE, LINE_HEIGHT, type Leg, type MapView, type Mark } from './cs-map-view.js';

/** An arrowhead pointing right, towards a place beyond the frame. */
const POINTER = 'M9,0 L-5,-7 L-2,0 L-5,7 Z';

export function renderLegs(legs: readonly Leg[]): TemplateResult {
  return svg`<g part="route" data-places=${legs.length ? [legs[0].from, ...legs.map((leg) => leg.to)].join(' ') : ''}>
    ${repeat(
      legs,
      (leg) => `${leg.from}>${leg.to}`,
      (leg, index) =>
        svg`<path part="leg" d=${leg.d} pathLength="1" ${cssProps({ '--leg': String(index) })} data-from=${leg.from} data-to=${leg.to} data-date=${leg.date}></path>
          ${leg.chevron
            ? svg`<path class="chevron" ${cssProps({ '--leg': String(index) })} d="M-4,-4.5L2,0L-4,4.5" transform="translate(${leg.chevron.x},${leg.chevron.y}) rotate(${leg.chevron.angle})"></path>`
            : nothing}`,
    )}
  </g>`;
}

export function offMapText(compass: Compass): string {
  switch (compass) {
    case 'n':
      return msg('off the map to the north', { id: 'cs-map.offMap.n' });
    case 'ne':
      return msg('off the map to the north-east', { id: 'cs-map.offMap.ne' });
    case 'e':
      return msg('off the map to the east', { id: 'cs-map.offMap.e' });
    case 'se':
      return msg('off the map to the south-east', { id: 'cs-map.offMap.se' });
    case 's':
      return msg('off the map to the south', { id: 'cs-map.offMap.s' });
    case 'sw':
      return msg('off the map to the south-west', { id: 'cs-map.offMap.sw' });
    case 'w':
      return msg('off the map to the west', { id: 'cs-map.offMap.w' });
    case 'nw':
      return msg('off the map to the north-west', { id: 'cs-map.offMap.nw' });
  }
}

export function kindText(mark: Mark): string {
  switch (mark.kind) {
    case 'centre':
      return msg('political centre', { id: 'cs-map.kind.centre' });
    case 'station': {
      const number = mark.stationNumber ?? 0;
      return msg(str`station ${number} of the road`, { id: 'cs-map.kind.station' });
    }
    default:
      return '';
  }
}

/** The accessible name of a mark: name, date of arrival, role on the map, off-map direction. */
export function markName(mark: Mark): string {
  const parts = [mark.name];
  if (mark.kind === 'station') parts.push(mark.fullDate ?? msg('date not in the data', { id: 'cs-map.undated' }));
  const kind = kindText(mark);
  if (kind) parts.push(kind);
  if (mark.offMap) parts.push(offMapText(mark.offMap.compass));
  return parts.join(', ');
}

function renderSymbol(mark: Mark): TemplateResult {
  if (mark.offMap) {
    // An arrow pointing out of the frame, towards the place.
    return svg`<path class="pointer" transform="rotate(${-mark.offMap.angle})" d=${POINTER}></path>`;
  }
  if (mark.kind === 'centre') return svg`<rect class="dot" x="-5" y="-5" width="10" height="10"></rect>`;
  if (mark.kind === 'region') return svg`<rect class="dot" x="-4.5" y="-4.5" width="9" height="9" transform="rotate(45)"></rect>`;
  return svg`<circle class="dot" r=${mark.kind === 'station' ? 5.5 : 4}></circle>`;
}

function renderLabel(mark: Mark, nameSize: number): TemplateResult | typeof nothing {
  const label = mark.label;
  if (!label) return nothing;
  const x = label.anchor === 'start' ? label.dx : label.dx + mark.labelWidth;
  const nameY = label.dy + nameSize * 0.95;
  return svg`${label.leader ? svg`<line class="leader" x1="0" y1="0" x2=${label.leader.x} y2=${label.leader.y}></line>` : nothing}
    <text part="label" class="halo" text-anchor=${label.anchor} aria-hidden="true">
      <tspan class="name" x=${x} y=${nameY}>${mark.labelText}</tspan>${mark.dateInLabel
        ? svg` <tspan class="date" x=${x} y=${nameY + DATE_SIZE * LINE_HEIGHT + 1}>${mark.fullDate}</tspan>`
        : nothing}
    </text>`;
}

export function renderMark(
  mark: Mark,
  state: { tabbable: boolean; selected: boolean; nameSize: number },
): TemplateResult {
  return svg`<g
    part="place"
    class="place ${mark.kind}"
    data-id=${mark.place.id}
    data-kind=${mark.kind}
    transform="translate(${mark.x.toFixed(1)},${mark.y.toFixed(1)})"
    role="button"
    tabindex=${state.tabbable ? 0 : -1}
    aria-pressed=${state.selected ? 'true' : 'false'}
    aria-label=${markName(mark)}
  >
    ${mark.label ? nothing : svg`<title .textContent=${mark.name}></title>`}
    <circle class="hit" r="12"></circle>
    <circle class="ring" r="9.5"></circle>
    ${renderSymbol(mark)}${renderLabel(mark, state.nameSize)}
  </g>`;
}

/** On a narrow map the dates leave the labels for this list of the road's stations; on paper it is always there. */
export function renderItinerary(view: MapView): TemplateResult | typeof nothing {
  const stations = view.marks.filter((mark) => mark.kind === 'station');
  if (!stations.length) return nothing;
  return html`<ol part="itinerary" class=${view.compact ? '' : 'print-only'}>
    ${stations.map(
      (mark) => html`<li>${mark.name}${mark.shortDate ? html` <span class="date">${mark.shortDate}</span>` : nothing}</li>`,
    )}
  </ol>`;
}

export function renderScale(view: MapView, locale: Locale): TemplateResult | typeof nothing {
  const scale = view.scale;
  if (!scale) return nothing;
  const { x, y, length } = scale;
  return svg`<g part="scale" aria-hidden="true">
    <line x1=${x} y1=${y} x2=${x + length} y2=${y}></line>
    <line x1=${x} y1=${y - 4} x2=${x} y2=${y + 1}></line>
    <line x1=${x + length} y1=${y - 4} x2=${x + length} y2=${y + 1}></line>
    <text class="halo" x=${x} y=${y - 6}>${formatNumber(scale.kilometres, locale)} km</text>
  </g>`;
}

/** A legend key: the same classes as the marks on the map, so one set of styles draws both. */
const key = (kind: string, content: TemplateResult) =>
  html`<svg class=${kind} viewBox="-11 -7 22 14" aria-hidden="true">${content}</svg>`;

export function renderLegend(view: MapView, untilYear: number | undefined): TemplateResult {
  const kinds = new Set(view.marks.map((mark) => mark.kind));
  const offMap = view.marks.some((mark) => mark.offMap);
  return html`<ul part="legend">
    <li>
      ${key('key-route', svg`<line x1="-10" y1="0" x2="10" y2="0"></line>`)}
      ${untilYear === undefined
        ? msg('The unit’s road', { id: 'cs-map.legend.road' })
        : msg(str`The unit’s road to the end of ${untilYear}`, { id: 'cs-map.legend.roadUntil' })}
    </li>
    <li>
      ${key('station', svg`<circle class="dot" r="5.5"></circle>`)}
      ${view.compact
        ? msg('Station, numbered as in the list above', { id: 'cs-map.legend.stationNumbered' })
        : msg('Station, with the date the unit got there', { id: 'cs-map.legend.station' })}
    </li>
    ${kinds.has('centre')
      ? html`<li>
          ${key('centre', svg`<rect class="dot" x="-5" y="-5" width="10" height="10"></rect>`)}
          ${msg('Political centre', { id: 'cs-map.legend.centre' })}
        </li>`
      : nothing}
    ${kinds.has('other')
      ? html`<li>${key('other', svg`<circle class="dot" r="4"></circle>`)} ${msg('Other place', { id: 'cs-map.legend.other' })}</li>`
      : nothing}
    ${kinds.has('region')
      ? html`<li>
          ${key('region', svg`<rect class="dot" x="-4.5" y="-4.5" width="9" height="9" transform="rotate(45)"></rect>`)}
          ${msg('Region', { id: 'cs-map.legend.region' })}
        </li>`
      : nothing}
    ${offMap
      ? html`<li>
          ${key('off-map', svg`<path class="pointer" d=${POINTER}></path>`)}
          ${msg('Place beyond the edge of the map', { id: 'cs-map.legend.offMap' })}
        </li>`
      : nothing}
    <li>
      ${key('key-border', svg`<line x1="-10" y1="0" x2="10" y2="0"></line>`)}
      ${msg('Present-day borders', { id: 'cs-map.legend.borders' })}
    </li>
  </ul>`;
}

export function renderAttribution(): TemplateResult {
  return html`<p part="attribution">
    ${msg('Basemap:', { id: 'cs-map.attribution.basemap' })}
    <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>
    ${msg('(public domain), present-day land and borders, not those of 1942–1945.', { id: 'cs-map.attribution.note' })}
  </p>`;
}

export function renderDetail(
  mark: Mark | undefined,
  events: readonly EventOutline[],
  untilYear: number | undefined,
  date: (event: EventOutline) => string,
  title: (event: EventOutline) => string,
): TemplateResult {
  if (!mark) {
    return html`<section part="detail" class="hint" aria-live="polite">
      <p class="meta">${msg('Select a place on the map to see what happened there.', { id: 'cs-map.detail.hint' })}</p>
    </section>`;
  }
  const kind = kindText(mark);
  const arrival =
    mark.kind === 'station'
      ? mark.fullDate
        ? msg(str`The unit got there: ${mark.fullDate}`, { id: 'cs-map.detail.arrival' })
        : msg('The data does not date the unit’s arrival here.', { id: 'cs-map.detail.undated' })
      : undefined;
  return html`<section part="detail" aria-live="polite">
    <h2>${mark.name}</h2>
    ${kind || mark.offMap
      ? html`<p class="meta">${[kind, mark.offMap ? offMapText(mark.offMap.compass) : ''].filter(Boolean).join(', ')}</p>`
      : nothing}
    ${arrival ? html`<p>${arrival}</p>` : nothing}
    ${events.length
      ? html`<ol>
          ${events.map((event) => html`<li data-event=${event.id}><time datetime=${event.date}>${date(event)}</time> ${title(event)}</li>`)}
        </ol>`
      : html`<p class="meta">
          ${untilYear === undefined
            ? msg('The data records no events at this place.', { id: 'cs-map.detail.none' })
            : msg(str`The data records no events at this place up to the end of ${untilYear}.`, { id: 'cs-map.detail.noneUntil' })}
        </p>`}
  </section>`;
}
