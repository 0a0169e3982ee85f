// The benchmark's one synthetic dataset: N events between 1918 and 1948 drawn
// from a seeded PRNG, so every run (and every machine) sees the same events.
// Each library gets the same events in its own native JSON format.

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 19181028; // 28 October 1918
export const CATEGORIES = ['diplomacy', 'military', 'politics', 'repression'];
/** A source id that exists in data/sources.json (user data must cite a known source). */
export const SOURCE_ID = 'wikipedia-cs-su-relations';

const FROM = Date.UTC(1918, 0, 1);
const TO = Date.UTC(1948, 11, 31);
const DAY = 86_400_000;

const WORDS = {
  en: { subject: ['Delegation', 'Legion', 'Government', 'Embassy', 'Council', 'Brigade', 'Congress', 'Ministry'], verb: ['meets', 'signs', 'reports', 'debates', 'moves', 'protests', 'ratifies', 'announces'], object: ['in Prague', 'in Moscow', 'in Kyiv', 'in London', 'at Dukla', 'in Košice', 'in Bratislava', 'in Uzhhorod'] },
  cs: { subject: ['Delegace', 'Legie', 'Vláda', 'Velvyslanectví', 'Rada', 'Brigáda', 'Sjezd', 'Ministerstvo'], verb: ['jedná', 'podepisuje', 'hlásí', 'rokuje', 'přesouvá se', 'protestuje', 'ratifikuje', 'oznamuje'], object: ['v Praze', 'v Moskvě', 'v Kyjevě', 'v Londýně', 'u Dukly', 'v Košicích', 'v Bratislavě', 'v Užhorodu'] },
  sk: { subject: ['Delegácia', 'Légia', 'Vláda', 'Veľvyslanectvo', 'Rada', 'Brigáda', 'Zjazd', 'Ministerstvo'], verb: ['rokuje', 'podpisuje', 'hlási', 'debatuje', 'presúva sa', 'protestuje', 'ratifikuje', 'oznamuje'], object: ['v Prahe', 'v Moskve', 'v Kyjeve', 'v Londýne', 'pri Dukle', 'v Košiciach', 'v Bratislave', 'v Užhorode'] },
};

const pad = (n) => String(n).padStart(2, '0');
const iso = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * `count` events in the shape of data/events.json (`{ events: [...] }`),
 * sorted by date. About 10% are ranges (with `end`), a quarter have two
 * categories. The same `count` always gives the same events.
 */
export function events(count, seed = SEED) {
  const random = prng(seed ^ count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const list = [];
  for (let i = 0; i < count; i++) {
    const start = FROM + Math.floor(random() * ((TO - FROM) / DAY)) * DAY;
    const first = pick(CATEGORIES);
    const categories = random() < 0.25 ? [...new Set([first, pick(CATEGORIES)])] : [first];
    const [s, v, o] = [Math.floor(random() * 8), Math.floor(random() * 8), Math.floor(random() * 8)];
    const text = (lang) => `${WORDS[lang].subject[s]} ${WORDS[lang].verb[v]} ${WORDS[lang].object[o]}`;
    const event = {
      id: `e${i + 1}`,
      date: iso(start),
      precision: 'day',
      categories,
      title: { en: text('en'), cs: text('cs'), sk: text('sk') },
      summary: {
        en: `Synthetic event ${i + 1}: ${text('en').toLowerCase()}.`,
        cs: `Syntetická událost ${i + 1}: ${text('cs').toLowerCase()}.`,
        sk: `Syntetická udalosť ${i + 1}: ${text('sk').toLowerCase()}.`,
      },
      sources: [{ source: SOURCE_ID }],
    };
    if (random() < 0.1) {
      const end = Math.min(TO, start + (1 + Math.floor(random() * 180)) * DAY);
      event.end = iso(end);
    }
    list.push(event);
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events: list };
}

/** The same events as vis-timeline items (a DataSet-compatible array). */
export function visItems(doc) {
  return doc.events.map((e) => ({
    id: e.id,
    start: e.date,
    ...(e.end ? { end: e.end } : {}),
    content: e.title.en,
    title: e.summary.en,
    className: e.categories.join(' '),
  }));
}

/** The same events in TimelineJS3's JSON format. */
export function timelineJsData(doc) {
  const parts = (date) => {
    const [year, month, day] = date.split('-');
    return { year, month, day };
  };
  return {
    events: doc.events.map((e) => ({
      unique_id: e.id,
      start_date: parts(e.date),
      ...(e.end ? { end_date: parts(e.end) } : {}),
      text: { headline: e.title.en, text: e.summary.en },
      group: e.categories[0],
    })),
  };
}

const escapeXml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The physical limit of drawing marks: one prebuilt `<svg>` string with a
 * `<circle>` and a `<text>` per mark, inserted at once. `marks` are the
 * positions cs-timeline itself drew ({x, y, label} in px relative to the
 * element); without them, positions follow the dates on a plain linear axis
 * with one lane per category.
 */
export function staticSvg(doc, { width = 1100, height = 600, marks } = {}) {
  const items =
    marks ??
    doc.events.map((e) => {
      const t = Date.parse(`${e.date}T00:00:00Z`);
      const lane = CATEGORIES.indexOf(e.categories[0]);
      return { x: 20 + ((t - FROM) / (TO - FROM)) * (width - 40), y: 60 + lane * ((height - 120) / 4), label: e.title.en };
    });
  const body = items
    .map((m) => `<g><circle cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="6" fill="#1f5fa8"></circle><text x="${(m.x + 9).toFixed(1)}" y="${(m.y + 4).toFixed(1)}">${escapeXml(m.label)}</text></g>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">${body}</svg>`;
}
