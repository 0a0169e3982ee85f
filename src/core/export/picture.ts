/**
 * What an element shows now, as a standalone SVG document: for slides,
 * worksheets and vector editors.
 *
 * Why our own serializer and not a DOM-to-image library (html-to-image,
 * dom-to-svg): those wrap the page's HTML in a `<foreignObject>`, which
 * PowerPoint, Inkscape and most SVG viewers do not draw, and they copy every
 * computed property of every node. Our elements draw their pictures as SVG
 * already; what is left is a little HTML text (headings, dates, legends), and
 * that we place as SVG `<text>` where the browser laid it out. So the file is
 * plain SVG 1.1: shapes and text with their colours and fonts written on
 * them (font families, never font files), no stylesheet, no script, no
 * external reference.
 */

/**
 * What the picture leaves out: controls, and the long sources list (the
 * picture has its own sources line). They are taken out of the flow while
 * the picture is read, so the boxes around them close up; nothing is painted
 * in between, so the reader never sees it.
 */
const LEFT_OUT = [
  '[part~="download"]',
  '[part~="controls"]',
  '[part~="actions"]',
  '[part~="retry"]',
  '[part~="close"]',
  '[part~="sources"]',
  '[part~="tooltip"]',
  '[part~="cite"]',
  '[part~="overview"]',
  '.print-only',
  // What the element says to do next ("Select a place…"): nothing to do in a picture.
  '.hint',
  // A heading or caption that says what the picture's own title says already (marked while the picture is read).
  '[data-picture-title]',
  'textarea',
  'input',
  'select',
  'img',
].join(',');

/** Also skipped, but left in the layout: what is there for screen readers only. */
const SKIPPED = `${LEFT_OUT},.visually-hidden`;

let hideSheet: CSSStyleSheet | undefined;

/** Runs `read` with the left-out parts of `root` out of the layout. */
function withoutLeftOut<T>(root: ShadowRoot | null, title: string, read: () => T): T {
  if (!root) return read();
  // The picture is of what the element shows once drawn: an animation on its way (the map's road) ends first.
  for (const animation of root.getAnimations()) {
    try {
      animation.finish();
    } catch {
      // An endless animation cannot end: it is drawn as it is now.
    }
  }
  // The element's own heading, when it is the picture's title: drawn once, as the title, with no gap where it was.
  const same = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim() === title;
  const titles = [...root.querySelectorAll('figcaption, h1, h2, h3, [part~="title"]')].filter(same);
  for (const node of titles) node.setAttribute('data-picture-title', '');
  hideSheet ??= new CSSStyleSheet();
  // Out of the flow, not `display: none`: Chrome would take the focus from the menu's button.
  if (!hideSheet.cssRules.length) hideSheet.replaceSync(`:is(${LEFT_OUT}) { position: absolute !important; }`);
  const sheets = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...sheets, hideSheet];
  try {
    return read();
  } finally {
    root.adoptedStyleSheets = sheets;
    for (const node of titles) node.removeAttribute('data-picture-title');
  }
}

/** Presentation properties written on every SVG shape whose value differs from its parent's. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-path',
  'stop-color',
  'stop-opacity',
];

/**
 * The browser gives `url(#id)` paints and markers back with the page's whole
 * address (`url("https://…/page#id")`): in the picture they point at the
 * picture's own gradients, patterns and markers again, `url(#id)`.
 */
function localReference(value: string): string {
  return value.replace(/url\(\s*["']?[^"')]*?#([^"')]+)["']?\s*\)/g, 'url(#$1)');
}

const XMLNS = 'http://www.w3.org/2000/svg';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const transparent = (color: string) => color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
const round = (value: number) => Math.round(value * 10) / 10;

/** How far above its box's top a font's baseline sits, for text laid out in boxes of that font. */
function baselineOffset(measure: CanvasRenderingContext2D, style: CSSStyleDeclaration, boxHeight: number): number {
  measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const metrics = measure.measureText('Hg');
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  return (boxHeight - (ascent + descent)) / 2 + ascent;
}

function fontAttributes(style: CSSStyleDeclaration): string {
  return `font-family="${escapeXml(style.fontFamily)}" font-size="${style.fontSize}" font-weight="${style.fontWeight}"${
    style.fontStyle === 'normal' ? '' : ` font-style="${style.fontStyle}"`
  }`;
}

class Serializer {
  readonly parts: string[] = [];
  bottom = 0;
  private readonly measure = document.createElement('canvas').getContext('2d')!;

  constructor(private readonly origin: DOMRect) {}

  walk(node: Node): void {
    if (node instanceof Text) return this.text(node);
    if (!(node instanceof Element) || node.matches(SKIPPED)) return;
    if (node instanceof HTMLSlotElement) {
      for (const child of node.assignedNodes({ flatten: true })) this.walk(child);
      return;
    }
    const style = getComputedStyle(node);
    if (style.display === 'none') return;
    const rect = node.getBoundingClientRect();
    // Visually hidden (1 px, clipped): there for screen readers, not in the picture.
    if (rect.width <= 1 && rect.height <= 1 && style.overflow !== 'visible') return;
    if (style.visibility !== 'hidden' && style.display !== 'contents') this.box(rect, style);
    if (node instanceof SVGSVGElement) return this.svg(node, rect);
    if (node instanceof SVGElement) return;
    if (style.display === 'list-item') this.marker(node, style);
    this.generated(node, 'before');
    for (const child of (node.shadowRoot ?? node).childNodes) this.walk(child);
    this.generated(node, 'after');
  }

  /** A list item's bullet or number, where the browser puts it: before the first line, outside the item. */
  private marker(item: Element, style: CSSStyleDeclaration): void {
    const kind = style.listStyleType;
    if (kind === 'none' || style.visibility === 'hidden') return;
    const siblings = [...(item.parentElement?.children ?? [])].filter((node) => node.localName === item.localName);
    const start = item.parentElement instanceof HTMLOListElement ? item.parentElement.start : 1;
    const text = kind === 'decimal' ? `${start + siblings.indexOf(item)}.` : kind === 'circle' ? '◦' : kind === 'square' ? '▪' : '•';
    const first = this.firstLine(item);
    if (!first) return;
    this.measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const x = round(first.left - this.origin.left - this.measure.measureText(`${text} `).width);
    const y = round(first.top - this.origin.top + baselineOffset(this.measure, style, first.height));
    this.parts.push(`<text x="${x}" y="${y}" ${fontAttributes(style)} fill="${style.color}">${escapeXml(text)}</text>`);
  }

  /**
   * Text that the stylesheet puts before or after an element (a separator, a
   * station's number): plain strings and counters of list items, inline,
   * beside the element's first or last line.
   */
  private generated(node: Element, which: 'before' | 'after'): void {
    const style = getComputedStyle(node, `::${which}`);
    const content = style.content;
    if (!content || content === 'none' || content === 'normal' || style.display === 'none' || style.position === 'absolute' || transparent(style.color)) return;
    const index = [...(node.parentElement?.children ?? [])].filter((child) => child.localName === node.localName).indexOf(node) + 1;
    // Quoted strings and counter(...) (read as the item's place among its like); an alt text after "/" is not drawn.
    const text = [...content.split(/\s\/\s/)[0].matchAll(/"((?:[^"\\]|\\.)*)"|counter\([^)]*\)/g)]
      .map((match) => (match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : String(index)))
      .join('');
    if (!text.trim()) return;
    const line = which === 'before' ? this.firstLine(node) : this.lastLine(node);
    if (!line) return;
    this.measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const width = this.measure.measureText(text).width;
    const x = which === 'before' ? line.left - width : line.right + (parseFloat(style.marginInlineStart) || 0);
    const y = line.top - this.origin.top + baselineOffset(this.measure, style, line.height);
    this.parts.push(`<text x="${round(x - this.origin.left)}" y="${round(y)}" ${fontAttributes(style)} fill="${style.color}" xml:space="preserve">${escapeXml(text)}</text>`);
  }

  /** The box of the first or last line of an element's own text. */
  private firstLine(node: Element): DOMRect | undefined {
    return this.lines(node)[0];
  }

  private lastLine(node: Element): DOMRect | undefined {
    const lines = this.lines(node);
    return lines[lines.length - 1];
  }

  private lines(node: Element): DOMRect[] {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  }

  /** A box's background and borders. */
  private box(rect: DOMRect, style: CSSStyleDeclaration): void {
    const x = round(rect.left - this.origin.left);
    const y = round(rect.top - this.origin.top);
    if (rect.width === 0 || rect.height === 0) return;
    // A radius in per cent (50 %: a circle) is of the box's size.
    const radius = style.borderTopLeftRadius.endsWith('%')
      ? (Math.min(rect.width, rect.height) * parseFloat(style.borderTopLeftRadius)) / 100
      : parseFloat(style.borderTopLeftRadius) || 0;
    if (!transparent(style.backgroundColor)) {
      this.parts.push(`<rect x="${x}" y="${y}" width="${round(rect.width)}" height="${round(rect.height)}"${radius ? ` rx="${radius}"` : ''} fill="${style.backgroundColor}"/>`);
    }
    const border = parseFloat(style.borderTopWidth);
    const uniform =
      radius &&
      border &&
      style.borderTopStyle === 'solid' &&
      ['Right', 'Bottom', 'Left'].every(
        (side) => style.getPropertyValue(`border-${side.toLowerCase()}-width`) === style.borderTopWidth && style.getPropertyValue(`border-${side.toLowerCase()}-color`) === style.borderTopColor,
      );
    if (uniform && !transparent(style.borderTopColor)) {
      const inset = border / 2;
      this.parts.push(
        `<rect x="${round(x + inset)}" y="${round(y + inset)}" width="${round(rect.width - border)}" height="${round(rect.height - border)}" rx="${round(Math.max(0, radius - inset))}" fill="none" stroke="${style.borderTopColor}" stroke-width="${border}"/>`,
      );
      this.bottom = Math.max(this.bottom, y + rect.height);
      return;
    }
    const sides = [
      ['Top', x, y, x + rect.width, y],
      ['Right', x + rect.width, y, x + rect.width, y + rect.height],
      ['Bottom', x, y + rect.height, x + rect.width, y + rect.height],
      ['Left', x, y, x, y + rect.height],
    ] as const;
    for (const [side, x1, y1, x2, y2] of sides) {
      const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      if (!width || kind === 'none' || kind === 'hidden' || transparent(color)) continue;
      // The line runs down the middle of the border, as the browser paints it.
      const inset = width / 2;
      const dx = side === 'Left' ? inset : side === 'Right' ? -inset : 0;
      const dy = side === 'Top' ? inset : side === 'Bottom' ? -inset : 0;
      this.parts.push(
        `<line x1="${round(x1 + dx)}" y1="${round(y1 + dy)}" x2="${round(x2 + dx)}" y2="${round(y2 + dy)}" stroke="${color}" stroke-width="${width}"${
          kind === 'dashed' ? ` stroke-dasharray="${width * 3} ${width * 2}"` : kind === 'dotted' ? ` stroke-dasharray="${width} ${width}"` : ''
        }/>`,
      );
    }
    this.bottom = Math.max(this.bottom, y + rect.height);
  }

  /** A text node, line by line where the browser wrapped it. */
  private text(node: Text): void {
    const parent = node.parentElement;
    if (!parent || !/\S/.test(node.data)) return;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || transparent(style.color)) return;
    const lines: { left: number; top: number; height: number; words: string[] }[] = [];
    const range = document.createRange();
    for (const match of node.data.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      const line = lines[lines.length - 1];
      if (line && Math.abs(rect.top - line.top) < rect.height / 2) line.words.push(match[0]);
      else lines.push({ left: rect.left, top: rect.top, height: rect.height, words: [match[0]] });
    }
    const upper = style.textTransform === 'uppercase';
    for (const line of lines) {
      const x = round(line.left - this.origin.left);
      const y = round(line.top - this.origin.top + baselineOffset(this.measure, style, line.height));
      const words = line.words.join(' ');
      this.parts.push(`<text x="${x}" y="${y}" ${fontAttributes(style)} fill="${style.color}">${escapeXml(upper ? words.toUpperCase() : words)}</text>`);
      this.bottom = Math.max(this.bottom, line.top - this.origin.top + line.height);
    }
  }

  /** An SVG drawing of the element, copied with its computed presentation written on every shape. */
  private svg(source: SVGSVGElement, rect: DOMRect): void {
    const copy = source.cloneNode(true) as SVGSVGElement;
    inlineStyles(source, copy, undefined);
    copy.setAttribute('x', String(round(rect.left - this.origin.left)));
    copy.setAttribute('y', String(round(rect.top - this.origin.top)));
    copy.setAttribute('width', String(round(rect.width)));
    copy.setAttribute('height', String(round(rect.height)));
    copy.setAttribute('overflow', 'hidden');
    this.parts.push(new XMLSerializer().serializeToString(copy));
    this.bottom = Math.max(this.bottom, rect.bottom - this.origin.top);
  }
}

/** Writes the computed presentation of `source` and its descendants onto `copy` (the same tree, cloned). */
function inlineStyles(source: Element, copy: Element, inherited: Map<string, string> | undefined): void {
  const style = getComputedStyle(source);
  if (style.display === 'none' || source.matches(SKIPPED)) {
    copy.remove();
    return;
  }
  const own = new Map<string, string>();
  for (const name of SVG_PROPERTIES) {
    const value = localReference(style.getPropertyValue(name));
    own.set(name, value);
    if (inherited?.get(name) !== value) copy.setAttribute(name, value);
  }
  if (style.opacity !== '1') copy.setAttribute('opacity', style.opacity);
  // A transform set by the stylesheet (not the attribute) has its origin in the stylesheet too.
  if (style.transform !== 'none' && source instanceof SVGGraphicsElement) {
    const [ox, oy] = style.transformOrigin.split(' ').map(parseFloat);
    const box = style.transformBox === 'fill-box' ? source.getBBox() : { x: 0, y: 0 };
    const x = box.x + (ox || 0);
    const y = box.y + (oy || 0);
    copy.setAttribute('transform', x || y ? `translate(${x} ${y}) ${style.transform} translate(${-x} ${-y})` : style.transform);
  }
  for (const name of ['class', 'style', 'part', 'tabindex', 'role', 'focusable']) copy.removeAttribute(name);
  for (const attribute of [...copy.attributes]) {
    const value = attribute.value.trim();
    // Nothing that points outside the document: only #fragment references stay.
    if ((attribute.localName === 'href' && !value.startsWith('#')) || /url\((?!["']?#)/.test(value)) copy.removeAttribute(attribute.name);
    if (attribute.name.startsWith('aria-') || attribute.name.startsWith('@')) copy.removeAttribute(attribute.name);
  }
  if (copy.localName === 'image' || copy.localName === 'foreignObject' || copy.localName === 'script') {
    copy.remove();
    return;
  }
  const sources = [...source.children];
  const copies = [...copy.children];
  sources.forEach((child, index) => inlineStyles(child, copies[index], own));
  // Lit's markers are comments: no use in a picture.
  for (const node of [...copy.childNodes]) if (node.nodeType === Node.COMMENT_NODE) node.remove();
}

export interface PictureText {
  title: string;
  /** "Sources: …", already in the element's language. */
  sources: string;
  credit: string;
}

/** Breaks `text` into lines no wider than `width` in the given font. */
function wrap(measure: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The colour a custom property of the element resolves to (its tokens may be `light-dark()`). */
function resolvedColor(host: HTMLElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.style.display = 'none';
  (host.shadowRoot ?? host).appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The element's picture as an SVG document: title, what it shows, the sources line and the credit. */
export function pictureOf(host: HTMLElement, text: PictureText): { svg: string; width: number; height: number } {
  return withoutLeftOut(host.shadowRoot, text.title.replace(/\s+/g, ' ').trim(), () => draw(host, text));
}

function draw(host: HTMLElement, text: PictureText): { svg: string; width: number; height: number } {
  const origin = host.getBoundingClientRect();
  const serializer = new Serializer(origin);
  for (const child of (host.shadowRoot ?? host).childNodes) serializer.walk(child);
  const style = getComputedStyle(host);
  const surface = resolvedColor(host, 'var(--_surface, #fff)');
  const ink = style.color;
  const muted = resolvedColor(host, 'var(--_muted, #555)');
  const family = escapeXml(style.fontFamily);
  const pad = 12;
  // The element's box with a margin round it: the picture stands alone on a slide.
  const width = Math.max(200, Math.ceil(origin.width)) + 2 * pad;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `700 18px ${style.fontFamily}`;
  const titleLines = wrap(measure, text.title, width - 2 * pad);
  measure.font = `12px ${style.fontFamily}`;
  const footLines = [...wrap(measure, text.sources, width - 2 * pad), text.credit];
  const top = pad + titleLines.length * 24 + 4;
  // The bottom of what was drawn, not of the element: the hidden table and the like are not in the picture.
  const footerTop = top + Math.ceil(serializer.bottom) + pad;
  const height = Math.ceil(footerTop + footLines.length * 16 + pad);
  const lines = (list: string[], y: number, step: number, attributes: string) =>
    list.map((line, index) => `<text x="${pad}" y="${y + index * step}" ${attributes}>${escapeXml(line)}</text>`).join('');
  const svg =
    `<svg xmlns="${XMLNS}" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${family}">` +
    `<title>${escapeXml(text.title)}</title>` +
    `<rect width="100%" height="100%" fill="${surface}"/>` +
    lines(titleLines, pad + 17, 24, `font-size="18" font-weight="700" fill="${ink}"`) +
    `<g transform="translate(${pad} ${top})">${serializer.parts.join('')}</g>` +
    lines(footLines, footerTop + 12, 16, `font-size="12" fill="${muted}"`) +
    `</svg>`;
  return { svg, width, height };
}
