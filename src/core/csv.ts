/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends), one way for every
 * element: the chart's figures, the timeline's events, the card's facts.
 * Fields that begin like a formula are defused, so a cell from a document
 * can never run in the reader's spreadsheet.
 */

/** One CSV field. */
export function csvField(field: string | number | undefined): string {
  if (field === undefined) return '';
  if (typeof field === 'number') return String(field);
  const text = /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header and its rows as one CSV document (no byte order mark). */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
