/**
 * What a key does in the timeline, decided apart from the element so that
 * the rules read in one place: `+`/`-` zoom (around the focused event),
 * arrows and Home/End move between events in date order, Enter/Space open an
 * event or zoom into a cluster, Escape closes the detail.
 */
import type { ClusterUnit, Unit } from './timeline-layout.js';
import type { ShownEvents, TimelineItem } from './timeline-model.js';
import type { View } from './timeline-scale.js';

export type KeyAction =
  | { kind: 'zoom'; factor: number; center?: number }
  | { kind: 'close' }
  | { kind: 'move'; item: TimelineItem }
  | { kind: 'open'; id: string }
  | { kind: 'cluster'; unit: ClusterUnit }
  /** The key is the timeline's, but there is nowhere to go (an arrow at the first or last event). */
  | { kind: 'stay' };

export interface KeyContext {
  /** The mark that has the focus, if any. */
  readonly unit?: Unit;
  /** The focus is on the plot itself (zoomed into a stretch without events). */
  readonly onPlot: boolean;
  /** The events that pass the filters, in date order, and each one's index there. */
  readonly shown: ShownEvents;
  readonly indexOf: ReadonlyMap<TimelineItem, number>;
  readonly view: View;
  /** An event is open in the detail panel. */
  readonly selected: boolean;
}

/** The action for `key`; undefined when the timeline does not use the key here (it then stays the browser's). */
export function keyAction(key: string, context: KeyContext): KeyAction | undefined {
  const { unit } = context;
  const center = unit?.kind === 'event' ? unit.item.anchor : undefined;
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2, center };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5, center };
    case 'Escape':
      return context.selected ? { kind: 'close' } : undefined;
  }
  if (unit) return markKey(key, unit, context);
  return context.onPlot ? emptyPlotKey(key, context) : undefined;
}

/** Arrow keys, Home/End, Enter/Space on a mark. */
function markKey(key: string, unit: Unit, { shown, indexOf }: KeyContext): KeyAction | undefined {
  const items = shown.items;
  const first = indexOf.get(unit.kind === 'event' ? unit.item : unit.items[0]) ?? 0;
  const last = indexOf.get(unit.kind === 'event' ? unit.item : unit.items[unit.items.length - 1]) ?? 0;
  let target: TimelineItem | undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      target = items[last + 1];
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      target = items[first - 1];
      break;
    case 'Home':
      target = items[0];
      break;
    case 'End':
      target = items[items.length - 1];
      break;
    case 'Enter':
    case ' ':
      return unit.kind === 'event' ? { kind: 'open', id: unit.item.event.id } : { kind: 'cluster', unit };
    default:
      return undefined;
  }
  // At the first or last event an arrow is still the timeline's: the page does not scroll instead.
  return target ? { kind: 'move', item: target } : { kind: 'stay' };
}

/** Zoomed into a stretch without events, the plot itself takes the keys: arrows go to the nearest event. */
function emptyPlotKey(key: string, { shown, view }: KeyContext): KeyAction | undefined {
  const items = shown.items;
  const [from, to] = view;
  let target: TimelineItem | undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') target = items.find((item) => item.anchor >= from) ?? items[items.length - 1];
  else if (key === 'ArrowLeft' || key === 'ArrowUp') target = items.findLast((item) => item.anchor <= to) ?? items[0];
  else if (key === 'Home') target = items[0];
  else if (key === 'End') target = items[items.length - 1];
  return target ? { kind: 'move', item: target } : undefined;
}
