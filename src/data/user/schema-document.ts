/**
 * The reader of the other elements' user documents (`<casualty-chart>`,
 * `<treaty-card>`, `<cs-map>`): JSON of the bundled data's shape, with a
 * user's allowances — a plain string (one language, shown whatever the
 * element's language) or `{ en }`/`{ cs }`/… wherever the schema has an
 * `{ en, cs, sk }` text, and own `sources` (`{ id, title, publisher?, url? }`)
 * cited by id like the catalogue's and shown by title with their link.
 *
 * Unlike the timeline's, these documents keep the bundled schema as their
 * definition: the texts are filled in (at the paths the generator read from
 * the schema), the own sources taken out, and the result checked by the
 * schema's compiled validator with every error reported, each turned into a
 * plain sentence in the element's language — never the schema's pattern.
 * A lazy chunk with the element's validator: only pages with user data load it.
 */
import type { DocumentReader, Validator, ValidatorIssue } from '../../core/data-loader.js';
import { Problems, type WordKey } from './problems.js';
import { asSource, isObject, readDate, readOwnSources, readText, renameSources, show } from './values.js';

/** A generated validator module (src/generated/validate-<document>.js). */
export interface SchemaModule {
  validate: Validator;
  /** Paths of the `{ en, cs, sk }` texts; `*` is any item of a list. */
  texts: readonly (readonly string[])[];
}

/** The reader for one kind of document; `list` names its records (`battles`, `treaties`, `places`). */
export function schemaReader<T>(module: SchemaModule, list: string): DocumentReader<T> {
  return (text, _format, locale, origin) => {
    const problems = new Problems(locale);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      problems.add('$', 'json', (error as Error).message);
      return problems.result<T>(undefined, origin);
    }
    if (!isObject(document) || !Array.isArray(document[list]) || document[list].length === 0) {
      problems.add(isObject(document) && document[list] !== undefined ? list : '$', 'noList', list);
      return problems.result<T>(undefined, origin);
    }
    const { sources: own, ...rest } = document;
    const sources = readOwnSources(own, problems).map(asSource);
    const renamed = renameSources(rest, sources);
    const bad: string[] = [];
    for (const path of module.texts) fillTexts(renamed, path, 0, '', bad);
    for (const path of bad) problems.add(path, 'notText');
    if (!module.validate(renamed)) describe(module.validate.errors ?? [], renamed, module.texts, problems, bad);
    // Bundled documents bring the sources they cite the same way: the loader registers them.
    return problems.result({ ...renamed, ...(sources.length ? { sources } : {}) } as T, origin);
  };
}

/**
 * Texts at `path` become `{ en, cs, sk }` (a plain string in all three, the
 * missing languages of an object from the given ones); an object with no
 * text is noted in `bad`, any other value left for the schema to name.
 */
function fillTexts(node: unknown, path: readonly string[], depth: number, at: string, bad: string[]): void {
  const key = path[depth];
  const keys: (string | number)[] = key === '*' ? (Array.isArray(node) ? node.map((_, index) => index) : []) : isObject(node) && key in node ? [key] : [];
  for (const k of keys) {
    const here = typeof k === 'number' ? `${at}[${k}]` : at ? `${at}.${k}` : k;
    const value = (node as Record<string | number, unknown>)[k];
    if (depth < path.length - 1) fillTexts(value, path, depth + 1, here, bad);
    else if (typeof value === 'string' || isObject(value)) {
      const text = readText(value, here, NO_PROBLEMS, false);
      if (text) (node as Record<string | number, unknown>)[k] = text;
      else bad.push(here);
    }
  }
}

/** `readText` notes its problem here; `fillTexts` says it once, with the path. */
const NO_PROBLEMS = new Problems('en');

/** "/events/3/date" → "events[3].date" (and "" → "$"). */
export function jsonPath(instancePath: string): string {
  if (!instancePath) return '$';
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

/** The value at an ajv instance path ("/battles/0/date"). */
function valueAt(document: unknown, instancePath: string): unknown {
  return instancePath
    .split('/')
    .slice(1)
    .reduce<unknown>((at, key) => (isObject(at) || Array.isArray(at) ? (at as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
}

/** The schema's patterns, by what they ask for: the sentence says that, never the pattern. */
const PATTERNS: Record<string, [WordKey, ...string[]]> = {
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$': ['plainDate'],
  // The form in the Czech and Slovak letters (rok, měsíc, den); the English sentence writes Y.
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': ['precision', 'RRRR-MM-DD'],
  '^[0-9]{4}-(0[1-9]|1[0-2])$': ['precision', 'RRRR-MM'],
  '^[0-9]{4}$': ['precision', 'RRRR'],
  '^[a-z0-9]+(-[a-z0-9]+)*$': ['strictId'],
  '^[A-Z][0-9]{2,3}$': ['factId'],
  '^https?://': ['absoluteUrl'],
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': ['languageTag'],
};

const TYPES: Record<string, WordKey> = { array: 'notList', object: 'notObject', string: 'notString', number: 'notNumber', integer: 'notNumber', boolean: 'notBoolean' };

/** Is this path one of the texts (`battles[2].name`)? */
const isText = (path: string, texts: SchemaModule['texts']) =>
  texts.some((text) => new RegExp(`^${text.map((key) => (key === '*' ? '\\[\\d+\\]' : `\\.${key}`)).join('').slice(2)}$`).test(path));

/** One sentence per field (the first error there): an `if`/`then` pair or a failed date says the same thing twice otherwise. */
function describe(errors: readonly ValidatorIssue[], document: unknown, texts: SchemaModule['texts'], problems: Problems, said: string[]): void {
  const say = (path: string, key: WordKey, ...args: string[]) => {
    // Said already (this field, or a text above it that has no language at all).
    if (said.some((done) => path === done || path.startsWith(`${done}.`) || path.startsWith(`${done}[`))) return;
    said.push(path);
    problems.add(path, key, ...args);
  };
  for (const error of errors) {
    const path = jsonPath(error.instancePath);
    const child = (field: unknown) => (path === '$' ? String(field) : `${path}.${String(field)}`);
    const value = show(valueAt(document, error.instancePath));
    const { params } = error;
    switch (error.keyword) {
      case 'required':
        say(child(params.missingProperty), 'missing');
        break;
      case 'additionalProperties':
        say(child(params.additionalProperty), 'unknownField', String(params.additionalProperty));
        break;
      case 'dependencies':
        say(child(params.missingProperty), 'needs', String(params.property), String(params.missingProperty));
        break;
      case 'type':
        say(path, isText(path, texts) ? 'notText' : (TYPES[String(params.type).split(',')[0]] ?? 'invalid'));
        break;
      case 'enum':
        say(path, 'oneOf', value, (params.allowedValues as unknown[]).map(String).join(', '));
        break;
      case 'const':
        say(path, 'oneOf', value, String(params.allowedValue));
        break;
      case 'pattern': {
        const [key, ...args] = PATTERNS[String(params.pattern)] ?? ['form'];
        // A value that is no date at all is told so, not that it misses its precision.
        say(path, key === 'precision' && !readDate(value) ? 'plainDate' : key, value, ...args);
        break;
      }
      case 'minLength':
        say(path, 'empty');
        break;
      case 'minItems':
        say(path, 'fewItems', String(params.limit));
        break;
      case 'uniqueItems':
        say(path, 'sameItem', String(Number(params.j) + 1), String(Number(params.i) + 1));
        break;
      case 'minimum':
        say(path, 'atLeast', value, String(params.limit));
        break;
      case 'exclusiveMinimum':
        say(path, 'above', value, String(params.limit));
        break;
      case 'maximum':
        say(path, 'atMost', value, String(params.limit));
        break;
      case 'if': // the `then` beside it says what is wrong
        break;
      default:
        say(path, 'invalid');
    }
  }
}
