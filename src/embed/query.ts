/**
 * What an embed query (`embed.html?el=<tag>&<attribute>=<value>…`) asks
 * for: one reading of it, shared by the browser's embed script (embed.ts)
 * and the server's `renderEmbed` (ssr.ts), so a page pre-rendered for a
 * query holds exactly what the script would have built. No DOM here.
 */
export const EMBEDDABLE = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'] as const;

export type EmbedRequest = { tag: (typeof EMBEDDABLE)[number]; attributes: [name: string, value: string][] } | { error: string };

export function parseEmbedQuery(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const tag = params.get('el') ?? '';
  if (!(EMBEDDABLE as readonly string[]).includes(tag)) {
    return { error: `The el parameter has the invalid value “${tag}”. Use ${EMBEDDABLE.map((name) => `“${name}”`).join(', ')}.` };
  }
  // Attribute names only: an invalid name would throw in setAttribute (and break the server's markup).
  const attributes = [...params].filter(([name]) => name !== 'el' && /^[a-z][a-z0-9-]*$/.test(name));
  return { tag: tag as (typeof EMBEDDABLE)[number], attributes };
}

/** The query in one spelling (parameter order kept), to tell whether a page was rendered for this one. */
export function sameEmbedQuery(a: string, b: string): boolean {
  return new URLSearchParams(a).toString() === new URLSearchParams(b).toString();
}
