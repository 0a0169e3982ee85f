/**
 * The iframe embed (`dist/embed.html?el=<tag>&<attribute>=<value>…`) for
 * hosts that strip scripts from their pages: renders one element alone and
 * tells the parent page its height whenever it changes.
 */
import '../index.js';

export const EMBEDDABLE = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'] as const;
export const HEIGHT_MESSAGE = 'cs-history:height';

/** Builds the element a query string describes, or explains why it cannot. */
export function elementFromQuery(search: string): HTMLElement {
  const params = new URLSearchParams(search);
  const tag = params.get('el') ?? '';
  if (!(EMBEDDABLE as readonly string[]).includes(tag)) {
    const message = document.createElement('p');
    message.setAttribute('part', 'error');
    message.setAttribute('role', 'alert');
    message.textContent = `The el parameter has the invalid value “${tag}”. Use ${EMBEDDABLE.map((name) => `“${name}”`).join(', ')}.`;
    console.warn(`embed.html: ${message.textContent}`);
    return message;
  }
  const element = document.createElement(tag);
  for (const [name, value] of params) {
    // Attribute names only: an invalid name would throw in setAttribute.
    if (name !== 'el' && /^[a-z][a-z0-9-]*$/.test(name)) element.setAttribute(name, value);
  }
  return element;
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
  document.body.append(elementFromQuery(location.search));
  if (window.parent !== window) reportHeight();
}
