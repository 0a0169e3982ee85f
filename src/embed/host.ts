/**
 * Optional script for a page that embeds `embed.html` in iframes: sizes each
 * iframe to the height its element reports, so there is no inner scrollbar.
 * `<script type="module" src="…/cdn/embed-host.js"></script>`
 */
const HEIGHT_MESSAGE = 'cs-history:height';

export function resizeEmbeds(root: Document = document): () => void {
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    for (const frame of root.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.max(0, Math.round(data.height))}px`;
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

resizeEmbeds();
