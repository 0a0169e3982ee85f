/**
 * Runs `callback` when the browser is idle, at the latest after `timeoutMs`;
 * where there is no `requestIdleCallback` (Safari), in a task of its own.
 * For work that must not hold up a picture: code and data the first paint
 * does not need.
 */
export function whenIdle(callback: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback);
}

/** `whenIdle` once the next frame has been produced: after a first picture, not before it. */
export function afterPaint(callback: () => void, timeoutMs: number): void {
  requestAnimationFrame(() => whenIdle(callback, timeoutMs));
}
