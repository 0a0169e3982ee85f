// A stand-in <cs-timeline> for developing the benchmark before the real
// element exists (`node bench/run.mjs --stub`). Plain DOM, no Lit, no d3: it
// reads the inline JSON, draws one SVG circle per event in view, and zooms on
// "+" / "-". Its numbers say nothing about the real element.
const FROM = Date.UTC(1918, 0, 1);
const TO = Date.UTC(1949, 0, 1);
const LANES = ['diplomacy', 'military', 'politics', 'repression'];

class StubTimeline extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.domain = [FROM, TO];
    this.addEventListener('keydown', (event) => {
      if (event.key === '+' || event.key === '=') this.zoom(0.5);
      else if (event.key === '-') this.zoom(2);
    });
  }

  connectedCallback() {
    queueMicrotask(() => {
      const script = this.querySelector(':scope > script[type="application/json"]');
      this.events = JSON.parse(script.textContent).events.map((e) => ({ ...e, t: Date.parse(`${e.date}T00:00:00Z`) }));
      this.draw();
    });
  }

  zoom(factor) {
    const [a, b] = this.domain;
    const mid = (a + b) / 2;
    const half = ((b - a) / 2) * factor;
    this.domain = [mid - half, mid + half];
    this.draw();
  }

  draw() {
    const width = this.clientWidth || 1100;
    const height = this.clientHeight || 600;
    const [a, b] = this.domain;
    const x = (t) => 20 + ((t - a) / (b - a)) * (width - 40);
    const parts = [];
    let first = true;
    for (const e of this.events) {
      if (e.t < a || e.t > b) continue;
      const lane = LANES.indexOf(e.categories[0]);
      parts.push(
        `<circle part="event" data-id="${e.id}" data-category="${e.categories.join(' ')}" data-date="${e.date}" tabindex="${first ? 0 : -1}" cx="${x(e.t).toFixed(1)}" cy="${60 + lane * 120}" r="5" fill="#1f5fa8"></circle>`,
      );
      first = false;
    }
    const ticks = [];
    for (let year = 1918; year <= 1949; year++) {
      const t = Date.UTC(year, 0, 1);
      if (t >= a && t <= b) ticks.push(`<text x="${x(t).toFixed(1)}" y="${height - 10}" font-size="11">${year}</text>`);
    }
    this.shadowRoot.innerHTML = `<svg width="${width}" height="${height}"><g part="axis">${ticks.join('')}</g>${parts.join('')}</svg>`;
  }
}

if (!customElements.get('cs-timeline')) customElements.define('cs-timeline', StubTimeline);
