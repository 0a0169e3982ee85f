/**
 * The selection in `location.hash`, as one `key=value` pair among whatever
 * else the page keeps there (`#intro&cs-timeline=kiev`): only our pair is
 * added, changed or removed. `history.replaceState` writes it, so selecting
 * does not add history entries or scroll the page.
 */
function pairs(): string[] {
  return location.hash.replace(/^#/, '').split('&').filter(Boolean);
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * `encodeURIComponent` throws on a lone surrogate (a `selected` set from
 * script can hold one); such a half character is written as U+FFFD instead.
 */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** The id stored under `key`, if any. */
export function readHashId(key: string): string | undefined {
  for (const pair of pairs()) {
    const at = pair.indexOf('=');
    if (at > 0 && decode(pair.slice(0, at)) === key) return decode(pair.slice(at + 1)) || undefined;
  }
  return undefined;
}

/** Stores `id` under `key` (or removes the pair when `id` is empty), leaving the rest of the hash alone. */
export function writeHashId(key: string, id: string | undefined): void {
  const others = pairs().filter((pair) => {
    const at = pair.indexOf('=');
    return !(at > 0 && decode(pair.slice(0, at)) === key);
  });
  const hash = [...others, ...(id ? [`${encode(key)}=${encode(id)}`] : [])].join('&');
  if (hash === location.hash.replace(/^#/, '')) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}

/** Where a timeline keeps its selection in the hash: `cs-timeline`, or `cs-timeline-<element id>`. */
export const hashKey = (element: HTMLElement): string => (element.id ? `cs-timeline-${element.id}` : 'cs-timeline');
