import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

type LinkHost = ReactiveControllerHost & HTMLElement & { deepLink: boolean; selected?: string };

/**
 * `deep-link` on an element: its selection under `cs-timeline` (or
 * `cs-timeline-<element id>`) in the hash, read when the attribute is set
 * (`restore`), written when the selection changes (`store`), and followed
 * when the hash changes (`select` is told the new id, or null).
 */
export class DeepLink implements ReactiveController {
  constructor(
    private readonly host: LinkHost,
    private readonly select: (id: string | null) => void,
  ) {
    host.addController(this);
  }

  private get key(): string {
    return this.host.id ? `cs-timeline-${this.host.id}` : 'cs-timeline';
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The id in the hash, or `fallback`. */
  restore(fallback: string | undefined): string | undefined {
    return readHashId(this.key) ?? fallback;
  }

  store(): void {
    if (this.host.deepLink) writeHashId(this.key, this.host.selected);
  }

  private onHashChange = (): void => {
    if (!this.host.deepLink) return;
    const id = readHashId(this.key) ?? null;
    if (id !== (this.host.selected ?? null)) this.select(id);
  };
}
