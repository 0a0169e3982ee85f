// The gallery's print page: a "print it now" button, and `window.printReady`, set once every element
// has drawn its print version (the timeline's sources arrive in idle time after its first picture).
// The PDF test waits for it before it prints.
document.querySelector('#print')?.addEventListener('click', () => window.print());

const tags = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'];
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
const ready = () =>
  [...document.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot?.querySelector('[part~="download"]')) &&
  [...document.querySelectorAll('cs-timeline')].every((el) => el.shadowRoot.querySelector('.event-list li[data-sources]'));
while (!ready()) await new Promise((resolve) => setTimeout(resolve, 100));
window.printReady = true;
