/**
 * Text widths for deciding which labels fit, from a canvas: measuring text
 * there reads no layout. Widths are cached; a wider host font only makes a
 * label end a little earlier than measured.
 */
import { isServer } from 'lit';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;
/** The font the context is set to: setting `font` parses the string every time, even the same one. */
let contextFont = '';

/** While true, widths are the server's estimate (see estimateTextWidths). */
let estimating: boolean | undefined;

/** Widths as a server estimates them, for a picture that adopts a server rendering (hydration). */
export function estimateTextWidths(on: boolean | undefined): void {
  estimating = on;
}

export function textWidth(text: string, px: number, weight = 400): number {
  if (context === undefined) context = isServer ? null : document.createElement('canvas').getContext('2d');
  // A server has no canvas: it estimates, and the browser's first picture measures (unless it adopts the server's).
  if (!context || estimating) return text.length * px * 0.58;
  const key = `${px}|${weight}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const font = `${weight} ${px}px ${FONT}`;
    if (font !== contextFont) context.font = contextFont = font;
    width = context.measureText(text).width * 1.05;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, width);
  }
  return width;
}

/**
 * A page's first text measured in a font costs a few milliseconds (the font
 * is looked up then): done for the label and badge fonts when the module
 * loads, like the core's first Intl formats, not when a timeline first draws.
 */
if (typeof document !== 'undefined') {
  textWidth('1938', 12);
  textWidth('1938', 11, 600);
  cache.clear();
}
