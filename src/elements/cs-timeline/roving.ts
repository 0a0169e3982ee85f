/**
 * One Tab stop for a row of buttons, arrow keys inside it (the ARIA
 * "roving tabindex"): the toolbar's zoom buttons and the category chips. The
 * buttons are rendered with tabindex 0 on the first, -1 on the others; the
 * arrows move the focus and the 0 along. (The core's shared roving-focus
 * controller replaces this once it lands.)
 */
export function rovingKeydown(event: KeyboardEvent): void {
  const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (!(event.key in keys) && event.key !== 'Home' && event.key !== 'End') return;
  const group = event.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button')];
  const current = buttons.indexOf((event.composedPath()[0] as Element).closest?.('button') as HTMLButtonElement);
  if (current < 0) return;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (current + keys[event.key] + buttons.length) % buttons.length;
  for (const [index, button] of buttons.entries()) button.tabIndex = index === next ? 0 : -1;
  buttons[next].focus();
  event.preventDefault();
  // The timeline's own keys (arrows between events) must not act on it too.
  event.stopPropagation();
}
