/**
 * What an element tells the export about what it shows now. The element
 * describes; the export chunk (core/export/) draws, so no element carries the
 * export code and every element exports the same way.
 */
export interface ExportInfo {
  /** The file name without extension: what the file holds and its language (`sokolovo-losses-cs`). */
  name: string;
  /** The picture's title, in the element's language. */
  title: string;
  /** The ids of the sources of what is shown (they may have to load). */
  sources(): readonly string[] | Promise<readonly string[]>;
  /** The element's table as CSV, where it has one. */
  csv?(): string | Promise<string>;
}

/** A file-name-safe form of a word (`friendship-1943`, `1938-1945`). */
export function fileWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
