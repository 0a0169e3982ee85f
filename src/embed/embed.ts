/**
 * The iframe embed (`dist/embed.html?el=<tag>&<attribute>=<value>…`) for
 * hosts that strip scripts from their pages: renders one element alone and
 * tells the parent page its height whenever it changes.
 */
import '../index.js';
import { EMBEDDABLE, parseEmbedQuery, sameEmbedQuery } from './query.js';

export { EMBEDDABLE };
export const HEIGHT_MESSAGE = 'cs-history:height';

/** Builds the element a query string describes, or explains why it cannot. */
export function elementFromQuery(search: string): HTMLElement {
  const request = parseEmbedQuery(search);
  if ('error' in request) {
    const message = document.createElement('p');
    message.setAttribute('part', 'error');
    message.setAttribute('role', 'alert');
    message.textContent = request.error;
    console.warn(`embed.html: ${request.error}`);
    return message;
  }
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  return element;
}

/**
 * Whether the page was pre-rendered for this very query (ssr.js's
 * `renderEmbed` records it on <body>): its element is then there already
 * and hydrates. A page rendered for another query (the static embed.html
 * opened with a query) is built anew.
 */
export function prerenderedFor(body: HTMLElement, search: string): boolean {
  const query = body.dataset.csEmbedQuery;
  // An error is not pre-rendered for script readers (see ssr.ts): the script shows it.
  return query !== undefined && sameEmbedQuery(query, search) && EMBEDDABLE.some((tag) => body.querySelector(`:scope > ${tag}`));
}

/** Posts the document's height to the parent page on every change. */
export function reportHeight(target: Window = window.parent): ResizeObserver {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      target.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    }
  });
  observer.observe(document.documentElement);
  return observer;
}

if (document.body?.dataset.csEmbed !== undefined) {
  if (!prerenderedFor(document.body, location.search)) document.body.replaceChildren(elementFromQuery(location.search));
  if (window.parent !== window) reportHeight();
}
