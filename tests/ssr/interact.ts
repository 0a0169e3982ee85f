/**
 * What the pre-rendered page and the served embed both check once their
 * timeline has hydrated: a click on an event fires cs-select with its id, and
 * the keyboard (ArrowRight, Enter) moves between events and selects one.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** Waits until `condition` holds, or fails naming `what`. */
export async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Clicks the timeline's first event, then selects the next one by keyboard; `afterClick` runs
 * between the two (e.g. to wait for the panel). Returns the ids cs-select reported so far (the list
 * keeps growing for later checks).
 */
export async function clickAndKeys(iframe: HTMLIFrameElement, timeline: Element, afterClick?: () => Promise<void>): Promise<string[]> {
  const selected: string[] = [];
  iframe.contentDocument!.addEventListener('cs-select', (event) => selected.push((event as CustomEvent).detail.id));
  const mark = timeline.shadowRoot!.querySelector<SVGElement>('[part~="event"]')!;
  mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await until(() => selected.length === 1, 'cs-select from a click');
  expect(selected[0]).to.equal(mark.getAttribute('data-id'));
  await afterClick?.();

  const tabStop = timeline.shadowRoot!.querySelector<SVGElement>('[part~="event"][tabindex="0"]')!;
  iframe.focus();
  tabStop.focus();
  const before = timeline.shadowRoot!.activeElement?.getAttribute('data-key');
  await sendKeys({ press: 'ArrowRight' });
  await until(() => timeline.shadowRoot!.activeElement?.getAttribute('data-key') !== before, 'ArrowRight to move the focus');
  await sendKeys({ press: 'Enter' });
  await until(() => selected.length === 2, 'cs-select from Enter');
  return selected;
}
