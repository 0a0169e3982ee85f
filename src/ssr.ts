/**
 * cs-history-elements/ssr.js — Node only, never part of a browser entry.
 *
 * Static sites, RSS, search engines and readers without JavaScript see only
 * what is in the HTML. Lit SSR renders an element's first render() and
 * nothing later, so everything an element draws from must be in memory
 * before it renders: importing this module loads every bundled document,
 * the UI strings and the card's and map's extra parts in every language (top-level
 * await), then registers the elements. After that
 * `render(html`<treaty-card treaty="1943">`)` from @lit-labs/ssr yields
 * the whole card as Declarative Shadow DOM, and `renderToString(page)`
 * pre-renders every element of ours in a page's HTML.
 */
import { readFileSync } from 'node:fs';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import './index.js';
import { LOCALES, normalizeLocale, setServerInheritedLanguage } from './core/language.js';
import { loadLocale } from './core/localize.js';
import { loadSources } from './core/sources.js';
import { bundledData, documentSync, type BundledDocuments } from './data/bundled.js';
import type { Locale } from './data/types.js';
import { loadBasemap } from './elements/cs-map/cs-map.js';
import { loadPanel } from './elements/cs-timeline/timeline-detail-load.js';
import { bundledTreaty, bundledTreatyId, bundledTreatyIndex, treatyDocumentName } from './elements/treaty-card/bundled-treaties.js';
import { loadCardSupport } from './elements/treaty-card/support.js';
import { parseEmbedQuery } from './embed/query.js';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const DOCUMENTS: readonly (keyof BundledDocuments)[] = ['events-outline', 'battles', 'places', 'names', 'sources'];

await Promise.all([
  ...LOCALES.flatMap((locale) => [
    loadLocale(locale),
    loadCardSupport(locale),
    ...DOCUMENTS.map((name) => bundledData(name, locale)),
    ...bundledTreatyIndex.map((treaty) => bundledTreaty(treaty.id, locale)),
  ]),
  loadSources(),
  loadBasemap(),
  // A timeline's panel of a selected event (a lazy chunk in the browser).
  loadPanel(),
]);

/** Our tags, and the bundled documents each draws from (a pre-rendered page carries a copy of them). */
const TAGS: Record<string, (element: Element) => string[]> = {
  'cs-timeline': () => ['events-outline'],
  'casualty-chart': () => ['battles'],
  'treaty-card': (element) => {
    const id = bundledTreatyId(attribute(element, 'treaty'));
    return id ? [treatyDocumentName(id), 'names'] : [];
  },
  'cs-map': () => ['places', 'events-outline'],
};

export { render };

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}

/**
 * Whether the server can draw the element: not with a `src` or inline data
 * (the document is the browser's to fetch), not twice (already pre-rendered).
 */
function renderable(element: Element): boolean {
  if (attribute(element, 'src')?.trim()) return false;
  return !element.childNodes.some(
    (child) =>
      'tagName' in child &&
      ((child.tagName === 'script' && (attribute(child, 'type') ?? '').trim().toLowerCase() === 'application/json') ||
        (child.tagName === 'template' && child.attrs.some(({ name }) => name === 'shadowrootmode' || name === 'shadowroot'))),
  );
}

/**
 * The element rendered alone by Lit SSR's element renderer (the steps
 * `render()` takes for a custom element in a template): its start tag, with
 * the attributes it reflects, and its shadow root as a declarative template.
 */
function renderElement(element: Element, inheritedLang: string | undefined): { startTag: string; shadow: string } {
  const renderer = new LitElementRenderer(element.tagName);
  for (const { name, value } of element.attrs) renderer.setAttribute(name, value);
  setServerInheritedLanguage(inheritedLang);
  try {
    renderer.connectedCallback();
    const renderInfo = {
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [renderer.element],
      slotStack: [],
      deferHydration: false,
    } as unknown as Parameters<LitElementRenderer['renderShadow']>[0];
    const shadow = renderer.renderShadow(renderInfo);
    const { mode = 'open' } = renderer.shadowRootOptions;
    return {
      startTag: `<${element.tagName}${[...renderer.renderAttributes()].join('')}>`,
      shadow: shadow ? `<template shadowroot="${mode}" shadowrootmode="${mode}">${collectResultSync(shadow)}</template>` : '',
    };
  } finally {
    setServerInheritedLanguage(undefined);
  }
}

/**
 * The JSON copy of the documents the page's elements were drawn from, safe
 * inside `<script>`, and (`$elements`) the languages each tag was drawn in:
 * the browser loads those UI strings before the elements upgrade.
 */
function dataScript(keys: ReadonlySet<string>, drawnIn: ReadonlyMap<string, ReadonlySet<Locale>>): string {
  const documents: Record<string, unknown> = { $elements: Object.fromEntries([...drawnIn].map(([tag, locales]) => [tag, [...locales].sort()])) };
  for (const key of [...keys].sort()) {
    const [name, locale] = key.split('.');
    const document = documentSync(name, locale as Locale);
    if (document) documents[key] = document;
  }
  const json = JSON.stringify(documents).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" data-cs-history-data>${json}</script>`;
}

export interface PrerenderResult {
  html: string;
  /** How many elements of ours were pre-rendered. */
  rendered: number;
}

/**
 * `html` (a whole page or a fragment) with every `<cs-timeline>`,
 * `<casualty-chart>`, `<treaty-card>` and `<cs-map>` in it pre-rendered as
 * Declarative Shadow DOM in its resolved language (its `lang`, else its
 * ancestors', else `<html lang>`, else English), and one copy of the data
 * they were drawn from, so the browser hydrates them without downloading it
 * again. The rest of the HTML is kept byte for byte. Elements with `src` or
 * inline data, and elements already pre-rendered, are left as they are.
 */
export function prerender(source: string): PrerenderResult {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<string>();
  const drawnIn = new Map<string, Set<Locale>>();
  let body: Element | undefined;

  const visit = (parent: ParentNode, inheritedLang: string | undefined) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      if (node.tagName === 'body') body = node;
      const own = attribute(node, 'lang')?.trim();
      const lang = own || inheritedLang;
      const documents = TAGS[node.tagName];
      const location = node.sourceCodeLocation;
      if (documents && location?.startTag && renderable(node)) {
        const { startTag, shadow } = renderElement(node, inheritedLang);
        edits.push({ start: location.startTag.startOffset, end: location.startTag.endOffset, text: startTag + shadow });
        const locale: Locale = normalizeLocale(lang);
        for (const name of documents(node)) used.add(`${name}.${locale}`);
        if (!drawnIn.has(node.tagName)) drawnIn.set(node.tagName, new Set());
        drawnIn.get(node.tagName)!.add(locale);
      }
      visit(node, lang);
    }
  };
  visit(document, undefined);
  if (!edits.length) return { html: source, rendered: 0 };

  const end = body?.sourceCodeLocation?.endTag?.startOffset ?? source.length;
  // Always there when an element was pre-rendered: it also tells the browser to take the renderings over.
  edits.push({ start: end, end, text: dataScript(used, drawnIn) });
  let html = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) html = html.slice(0, edit.start) + edit.text + html.slice(edit.end);
  return { html, rendered: edits.length - 1 };
}

/** `html` with every element of ours pre-rendered (see `prerender`). */
export async function renderToString(source: string): Promise<string> {
  return prerender(source).html;
}

/** The package's embed page (dist/embed.html, beside dist/npm). */
const EMBED_PAGE = new URL('../../embed.html', import.meta.url);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The embed page (`embed.html?el=<tag>&<attribute>=<value>…`) pre-rendered
 * for `query` (with or without its `?`), read as the browser's embed script
 * reads it (src/embed/query.ts): the element, drawn as Declarative Shadow
 * DOM, is in the page before any script, and the script hydrates it. A
 * server answering embed requests sends this instead of the static file.
 * The body records the query, so the script builds anew if the page is
 * opened with another one. A bad query's message is written for readers
 * without JavaScript (`<noscript>`); with it, the script shows the message.
 * `page` is the embed page to fill (default: the package's embed.html).
 */
export function renderEmbed(query: string, page: string = readFileSync(EMBED_PAGE, 'utf8')): string {
  const request = parseEmbedQuery(query);
  const tree = parse(page, { sourceCodeLocationInfo: true });
  let body: Element | undefined;
  const find = (parent: ParentNode) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node) || body) continue;
      if (node.tagName === 'body') body = node;
      else find(node);
    }
  };
  find(tree);
  const where = body?.sourceCodeLocation;
  if (!where?.startTag || !where.endTag) throw new Error('renderEmbed: the embed page has no <body>…</body>');
  const content =
    'error' in request
      ? `<noscript><p part="error" role="alert">${escapeHtml(request.error)}</p></noscript>`
      : `<${request.tag}${request.attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}></${request.tag}>`;
  const recorded = escapeHtml(new URLSearchParams(query).toString());
  const filled = `${page.slice(0, where.startTag.startOffset)}<body data-cs-embed data-cs-embed-query="${recorded}">${content}${page.slice(where.endTag.startOffset)}`;
  return prerender(filled).html;
}
