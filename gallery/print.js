// The gallery's print page: a "print it now" button, and `window.printReady`, set once every element
// has drawn its print version. The timeline's sources load when a page is printed (`beforeprint`);
// a page made for paper asks for them as soon as the elements are there, so that the first print
// (or a PDF made by a script, laid out as soon as `beforeprint` has fired) holds them. The PDF test waits for it.
document.querySelector('#print')?.addEventListener('click', () => window.print());

const tags = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'];
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
const drawn = () => [...document.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot?.querySelector('[part~="download"]'));
const sourced = () => [...document.querySelectorAll('cs-timeline')].every((el) => el.shadowRoot.querySelector('.event-list li[data-sources]'));
const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
while (!drawn()) await pause();
window.dispatchEvent(new Event('beforeprint'));
while (!sourced()) await pause();
window.printReady = true;
