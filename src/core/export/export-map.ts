/**
 * What <cs-map> shows now, for export: read from the element's own state in
 * the export's chunk, so the map's first render carries no export code.
 */
import type { ExportInfo } from '../export-info.js';
import type { MapView } from '../../elements/cs-map/cs-map-view.js';

/** The map's members the export reads (private to the element; kept in step by tests/core/export.test.ts). */
interface Map {
  readonly locale: string;
  readonly view?: MapView;
  readonly untilYear?: number;
  configProblem(): unknown;
  caption(year: number | undefined): string;
}

export function describe(host: object): ExportInfo | undefined {
  const map = host as Map;
  const view = map.view;
  if (!view || map.configProblem()) return undefined;
  return {
    name: `road-${map.untilYear ?? '1942-1945'}-${map.locale}`,
    title: map.caption(map.untilYear),
    sources: () => view.marks.flatMap((mark) => mark.place.sources.map((ref) => ref.source)),
  };
}
