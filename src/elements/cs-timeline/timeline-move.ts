/**
 * Moving a finished layout to another zoom, for the frames of an animated
 * zoom (see buildFrame). Zooming only: it comes with the gestures' chunk
 * (zoom-gestures), which loads when the browser is idle after the first
 * paint; until then a zoom's frames stretch the marks as a whole.
 */
import type { Layout, Unit } from './timeline-layout.js';

/**
 * A finished layout drawn at another zoom of the same base scale: `map` takes
 * a position at the layout's scale to the new one — an affine map that
 * stretches (factor ≥ 1) and shifts. Lanes, labels and aggregates stay; marks
 * move (bars stretch, dots and badges keep their size) and labels move with
 * their marks. Stretching never brings two things closer, so nothing that
 * did not overlap comes to overlap: an animated zoom's frames draw the layout
 * of its wider end this way instead of laying out thousands of events anew
 * each frame (the last frame lays out for real).
 */
export function moveLayout(layout: Layout, map: (t: number) => number, [r0, r1]: readonly [number, number]): Layout {
  const units: Unit[] = [];
  for (const unit of layout.units) {
    const anchor = map(unit.anchor);
    const shift = anchor - unit.anchor;
    let moved: Unit;
    if (unit.kind === 'cluster') moved = { ...unit, t0: unit.t0 + shift, t1: unit.t1 + shift, anchor };
    else {
      // A vertical label keeps its distance below its mark (labels lower down move further: still no overlap).
      const labelTop = unit.labelTop === undefined ? undefined : unit.labelTop + shift;
      moved = unit.bar ? { ...unit, t0: map(unit.t0), t1: map(unit.t1), anchor, labelTop } : { ...unit, t0: unit.t0 + shift, t1: unit.t1 + shift, anchor, labelTop };
    }
    // Marks stretched out of the plot are left out: a deep zoom would otherwise restyle hundreds of them
    // each frame. Horizontally a label reaches past its mark. (`unitOf` still names them: see renderPlot.)
    const label = moved.kind === 'event' && moved.label && !moved.label.inside ? moved.label.width + 4 : 0;
    const before = moved.kind === 'event' && moved.label?.before ? label : 0;
    const after = moved.kind === 'event' && moved.lines ? 0 : label - before;
    if (moved.t1 + after >= r0 - 40 && moved.t0 - before <= r1 + 40) units.push(moved);
  }
  return { ...layout, units };
}

export type MoveLayout = typeof moveLayout;
