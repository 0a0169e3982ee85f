import { html, nothing, type TemplateResult } from 'lit';
import { formatFigure } from '../../core/format.js';
import { cssProps } from '../../core/css-props.js';
import { figureName, qualifierName, sourceTitle, valueNote, type DrawContext } from './messages.js';
import type { FigureRow } from './casualty-chart-view.js';

/**
 * The tooltip of a figure: every value with its qualifier, source and scope.
 * Its text is the mark's accessible name already, so it is hidden from
 * assistive technology (no double reading).
 */
export function renderTooltip(row: FigureRow, ctx: DrawContext, position: Record<string, string>): TemplateResult | typeof nothing {
  if (ctx.tooltip !== row.key) return nothing;
  const { name, detail } = figureName(row, ctx);
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${cssProps(position)}>
    <p class="tooltip-title">
      <strong>${name}</strong>${detail ? html` · ${detail}` : nothing}<br /><span class="muted">${ctx.text(row.force.label)}</span>
    </p>
    <ul>
      ${row.figure.values.map((value) => {
        const note = valueNote(value, ctx);
        return html`<li>
          <strong class="figure">${formatFigure(value, ctx.locale)}</strong>
          ${value.qualifier === 'exact' ? nothing : html`<span class="muted">(${qualifierName(value.qualifier)})</span>`}
          – <cite>${sourceTitle(value.source)}</cite>${note ? html`<span class="muted">; ${note}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}
