// The attribute specs of attributes.test.ts: read from custom-elements.json at
// test time, with an oracle per attribute from CONTRACT and the elements' docs.
import fc from 'fast-check';
import { encode, enumOracle, hostileString, type AttributeSpec, type Verdict } from './attribute-harness.js';
import { bundledDocument, ELEMENTS, infoOf, loadValidators, type ElementInfo } from './helpers.js';

export interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  description?: string;
  default?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** CONTRACT: the attributes each element must at least have. */
export const CONTRACT_ATTRIBUTES: Record<string, string[]> = {
  'cs-timeline': ['from', 'to', 'categories', 'selected', 'orientation', 'deep-link'],
  'casualty-chart': ['battle', 'chart', 'show-table'],
  'treaty-card': ['treaty', 'compact'],
  'cs-map': ['year'],
};
export const COMMON = ['lang', 'theme', 'src'];

const nativeFetch = window.fetch.bind(window);

/** Element tag → its attributes, from the manifest (tag: `tagName`, else the registered class). */
export async function manifestAttributes(): Promise<Map<string, ManifestAttribute[]>> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze`');
  const manifest = (await response.json()) as Manifest;
  const library = (await import('../../src/index.js')) as unknown as Record<string, unknown>;
  const result = new Map<string, ManifestAttribute[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.attributes?.length) continue;
      const constructor = library[declaration.name];
      const tag = declaration.tagName ?? (typeof constructor === 'function' ? customElements.getName(constructor as CustomElementConstructor) : null);
      if (tag) result.set(tag, declaration.attributes);
    }
  }
  return result;
}

function seedsOf(attribute: ManifestAttribute): string[] {
  const seeds = new Set<string>();
  for (const match of (attribute.description ?? '').matchAll(/`([^`]+)`/g)) seeds.add(match[1]);
  for (const match of (attribute.type?.text ?? '').matchAll(/'([^']*)'/g)) seeds.add(match[1]);
  if (attribute.default && /^['"].*['"]$/.test(attribute.default)) seeds.add(attribute.default.slice(1, -1));
  return [...seeds];
}

const YEAR = /^\d{4}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isRealDay = (value: string) => {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** `from` / `to`: a year or an ISO day; in the period 1918–1948 it must work, other real dates may go either way. */
function boundOracle(value: string | null): Verdict {
  if (value === null) return 'valid';
  if (!value.trim()) return 'either';
  if (YEAR.test(value)) return Number(value) >= 1918 && Number(value) <= 1948 ? 'valid' : 'either';
  if (DAY.test(value)) {
    if (!isRealDay(value)) return 'invalid';
    const year = Number(value.slice(0, 4));
    return year >= 1918 && year <= 1948 ? 'valid' : 'either';
  }
  const trimmed = value.trim();
  if (YEAR.test(trimmed) || isRealDay(trimmed)) return 'either';
  // Near misses a lenient parser may read (1943-1-1, +1943, 01943, 1943-02): either; anything else is an error.
  return /^[+-]?\d{1,6}(-\d{1,2}(-\d{1,2})?)?$/.test(trimmed) ? 'either' : 'invalid';
}

const CATEGORIES = ['diplomacy', 'military', 'politics', 'repression'];
function categoriesOracle(value: string | null): Verdict {
  if (value === null) return 'valid';
  const tokens = value.split(/\s+/).filter(Boolean);
  // HTML splits tokens at ASCII whitespace; other white space (U+FEFF, U+00A0) may count either way.
  if (tokens.every((token) => CATEGORIES.includes(token))) return /^[\t\n\f\r -~]*$/.test(value) ? 'valid' : 'either';
  if (tokens.every((token) => CATEGORIES.includes(token.toLowerCase().replace(/[^a-z]/g, '')))) return 'either';
  return 'invalid';
}

/** Ids of the records of the bundled document (and treaty years). */
async function dataIds(info: ElementInfo): Promise<string[]> {
  const document = await bundledDocument(info);
  const records = document[info.docKey] as { id: string; year?: number }[];
  return [...records.map((record) => record.id), ...records.flatMap((record) => (record.year ? [String(record.year)] : []))];
}

/** `src`: same-origin paths and /test-api routes only — nothing that leaves the machine. */
function srcValues(info: ElementInfo): fc.Arbitrary<string | null> {
  const others = ELEMENTS.filter((other) => other !== info).map((other) => other.dataFile);
  const small = hostileString(2000);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom<string | null>(
        null,
        '',
        '   ',
        info.dataFile,
        ` ${info.dataFile}\n`,
        ...others,
        '/data/sources.json',
        '/data/people.json',
        '/tests/fixtures/items.json',
        '/custom-elements.json',
        '/test-api/status/404',
        '/test-api/status/500',
        '/test-api/status/204',
        '/test-api/echo?body=',
        '#fragment',
        '?',
      ),
    },
    { weight: 3, arbitrary: small.map((body) => `/test-api/echo?body=${encode(body)}`) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map((body) => `/test-api/echo?body=${encode(body)}`) },
    {
      weight: 2,
      // Missing files; a few fixed names, so the runner's list of 404s stays short.
      arbitrary: fc.constantFrom(
        '/__robustness__/missing.json',
        'no-such-file.json',
        '/__robustness__/%F0%9F%87%A8%F0%9F%87%BF%20%C5%99.json',
        '/__robustness__/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E.json',
      ),
    },
  );
}

/** What the reader must see for a src: fetched and validated here, the way a reader's page would. */
const verdicts = new Map<string, Promise<Verdict>>();
function srcVerdict(info: ElementInfo, value: string | null): Promise<Verdict> {
  if (value === null || !value.trim()) return Promise.resolve('valid');
  if (value === info.dataFile) return Promise.resolve('valid');
  const key = `${info.tag} ${value.trim()}`;
  if (!verdicts.has(key)) verdicts.set(key, fetchVerdict(info, value));
  return verdicts.get(key)!;
}

async function fetchVerdict(info: ElementInfo, value: string): Promise<Verdict> {
  const response = await nativeFetch(value.trim());
  if (!response.ok) return 'invalid';
  let document: unknown;
  try {
    document = JSON.parse(await response.text());
  } catch {
    return 'invalid';
  }
  const validate = (await loadValidators())[info.validator];
  return validate(document) ? 'either' : 'invalid';
}

export async function specsFor(tag: string, attributes: ManifestAttribute[]): Promise<AttributeSpec[]> {
  const info = infoOf(tag);
  const ids = await dataIds(info);
  return attributes.map((attribute): AttributeSpec => {
    const name = attribute.name;
    const boolean = attribute.type?.text === 'boolean';
    const seeds = [...new Set([...seedsOf(attribute), ...ids])];
    const spec: AttributeSpec = { name, boolean, seeds, oracle: () => 'either' };
    if (boolean) spec.oracle = () => 'valid';
    const enumeration = (values: string[], absent: Verdict = 'valid') => {
      spec.oracle = enumOracle(values, absent);
      spec.listed = values;
      spec.seeds = [...new Set([...values, ...spec.seeds])];
    };
    switch (`${tag} ${name}`.replace(/^\S+ (lang|theme|src)$/, '* $1')) {
      case '* lang':
        spec.oracle = () => 'valid'; // documented fallback: unsupported → en
        spec.seeds = ['en', 'cs', 'sk', 'cs-CZ', 'SK', 'de', 'en-GB', 'x-klingon', 'i-default', ...spec.seeds];
        break;
      case '* theme':
        enumeration(['light', 'dark', 'auto']);
        break;
      case '* src':
        spec.values = srcValues(info);
        spec.verdictAsync = (value) => srcVerdict(info, value);
        break;
      case 'casualty-chart battle':
        enumeration(['sokolovo', 'kiev', 'dukla', 'all']);
        break;
      case 'casualty-chart chart':
        enumeration(['bar', 'waffle']);
        break;
      case 'treaty-card treaty':
        spec.oracle = (value) => (value !== null && ids.includes(value) ? 'valid' : value !== null && ids.includes(value.trim()) ? 'either' : 'invalid');
        break;
      case 'cs-map year':
        spec.oracle = (value) => {
          if (value === null) return 'valid';
          if (YEAR.test(value)) return Number(value) >= 1942 && Number(value) <= 1945 ? 'valid' : 'either';
          return YEAR.test(value.trim()) ? 'either' : 'invalid';
        };
        spec.seeds = ['1942', '1943', '1944', '1945', '1941', '1946', ...spec.seeds];
        break;
      case 'cs-map selected':
      case 'cs-timeline selected':
        spec.oracle = (value) => (value !== null && !ids.includes(value) ? 'either' : 'valid');
        break;
      case 'cs-timeline from':
      case 'cs-timeline to':
        spec.oracle = boundOracle;
        spec.seeds = ['1918', '1938', '1938-09-30', '1945-05-09', '1948', ...spec.seeds];
        break;
      case 'cs-timeline categories':
        spec.oracle = categoriesOracle;
        spec.seeds = [...CATEGORIES, 'military politics', CATEGORIES.join(' '), ...spec.seeds];
        break;
      case 'cs-timeline orientation':
        enumeration(['horizontal', 'vertical', 'auto']);
        break;
    }
    return spec;
  });
}

