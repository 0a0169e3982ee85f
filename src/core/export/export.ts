/**
 * Export: the element's picture as SVG and PNG, its table as CSV, and the
 * download of each. A chunk of its own, loaded the first time a reader (or a
 * script) asks for an export: no page pays for it up front.
 */
import type { Locale } from '../../data/types.js';
import type { ExportFormat } from './export-menu.js';
import type { ExportInfo } from '../export-info.js';
import { msg, str, withLocale } from '../localize.js';
import { loadSources, sourceById } from '../sources.js';
import { pictureOf } from './picture.js';

export const CREDIT = 'cs-history-elements';
const MAX_SCALE = 8;

/** A module that says what an element shows now (`core/export/export-chart.ts` and its siblings). */
export interface Describer {
  describe(host: object): ExportInfo | undefined;
  /** What the element loads before it is printed (the timeline: its events' sources). */
  print?(host: object): Promise<void>;
}

/** The export's host: an element of ours. Its `exportDescriber()` (protected) loads its describer. */
export interface ExportHost extends HTMLElement {
  readonly resolvedLang: Locale;
  readonly updateComplete: Promise<boolean>;
}

/** What the element shows, once it has drawn it, in its language; an element with nothing to show says so. */
async function describeNow(host: ExportHost): Promise<ExportInfo> {
  const describer = await (host as unknown as { exportDescriber?(): Promise<Describer> }).exportDescriber?.();
  await host.updateComplete;
  const info = describer && withLocale(host.resolvedLang, () => describer.describe(host));
  if (!info) throw new Error(`<${host.localName}>: there is nothing to export yet: the element shows no data (it is loading, or it shows an error).`);
  return info;
}

/** "Sources: A; B; C" for the picture, in the element's language. */
async function sourcesLine(info: ExportInfo, locale: Locale): Promise<string> {
  await loadSources();
  const titles = [...new Set((await info.sources()).map((id) => sourceById(id)?.title ?? id))];
  return withLocale(locale, () => {
    const list = titles.join('; ');
    return titles.length ? msg(str`Sources: ${list}`, { id: 'export.sources' }) : msg('Sources: none given', { id: 'export.noSources' });
  });
}

export async function toSVG(host: ExportHost): Promise<string> {
  const info = await describeNow(host);
  const sources = await sourcesLine(info, host.resolvedLang);
  // The sources may have arrived with new names for the picture: draw it afresh first.
  await host.updateComplete;
  return pictureOf(host, { title: info.title, sources, credit: CREDIT }).svg;
}

export async function toPNG(host: ExportHost, scale = 2): Promise<Blob> {
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new RangeError(`<${host.localName}>.toPNG(): scale ${String(scale)} is not valid; use a number above 0 and at most ${MAX_SCALE} (default 2).`);
  }
  const info = await describeNow(host);
  const sources = await sourcesLine(info, host.resolvedLang);
  await host.updateComplete;
  const { svg, width, height } = pictureOf(host, { title: info.title, sources, credit: CREDIT });
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`<${host.localName}>.toPNG(): the browser could not encode the picture.`))), 'image/png'),
  );
}

/** Saves `blob` under `name` through a link the element holds for a moment. */
export function save(host: HTMLElement, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  (host.shadowRoot ?? host).appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The download menu's work: builds the file of `format` and saves it. */
export async function download(host: ExportHost, format: ExportFormat): Promise<void> {
  const info = await describeNow(host);
  const name = `${info.name}.${format}`;
  if (format === 'csv' && info.csv) {
    // The byte order mark tells spreadsheet programs the file is UTF-8 (č, ř, š).
    save(host, new Blob(['\uFEFF', await withLocale(host.resolvedLang, () => info.csv!())], { type: 'text/csv;charset=utf-8' }), name);
  } else if (format === 'svg') {
    save(host, new Blob([await toSVG(host)], { type: 'image/svg+xml' }), name);
  } else if (format === 'png') {
    save(host, await toPNG(host), name);
  }
}
