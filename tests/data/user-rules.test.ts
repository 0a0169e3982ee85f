/**
 * One definition of a valid user timeline. The reader (src/data/user/) is
 * that definition; data/schemas/events.schema.json defines the bundled data,
 * which is stricter. This test goes through every rule of the schema's
 * records — each required field, each field's kind of value, the fields it
 * allows, its cross-field rules — and checks that the reader enforces it, or
 * that it is one of the allowances listed below, which the reader must then
 * really allow. A rule added to the schema fails here until it is enforced
 * by the reader or listed as an allowance: the two cannot drift unnoticed.
 */
import { expect } from '@open-wc/testing';
import { readTimelineDocument } from '../../src/data/user/timeline-document.js';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const text = (value: string) => ({ en: value, cs: value, sk: value });
const ref = [{ source: 'town-chronicle' }];

/** A valid record of each list, the schema's own way (three languages, every field). */
const VALID = {
  events: { id: 'one', date: '1943-12-12', precision: 'day', categories: ['diplomacy'], era: 'war', title: text('Signed'), summary: text('A treaty.'), sources: ref },
  eras: { id: 'war', label: text('War'), date: '1939', precision: 'year', end: '1945', endPrecision: 'year', sources: ref },
  categories: { id: 'diplomacy', label: text('Diplomacy'), description: text('Treaties') },
} as const;
const RECORD = { events: 'event', eras: 'era', categories: 'category' } as const;
type List = keyof typeof VALID;

/** What a user may do that the bundled data may not (each checked below to be really allowed). */
const ALLOWED: Record<List, { required: string[]; values: Record<string, unknown>; why: string }> = {
  events: {
    required: ['id', 'precision', 'categories', 'summary', 'sources'],
    // A category of the document's own; categories as one space-separated text (a spreadsheet cell).
    values: { categories: 'town trade', 'categories[0]': 'town-life', extraField: 'ignored' },
    why: 'ids are made up, precision follows from the date, categories/summary/sources are optional, own categories, unknown fields ignored',
  },
  eras: {
    required: ['id', 'precision', 'end', 'sources'],
    values: { extraField: 'ignored' },
    why: 'an era may be open-ended and unsourced; its id is made up',
  },
  categories: {
    required: ['description'],
    values: { id: 'town-life', extraField: 'ignored' },
    why: 'own categories (any id) with a label only',
  },
};

/** The schema's cross-field rules, which the reader replaces by reading the date's own form. */
const ALLOWED_RULES = ['common.schema.json#/definitions/datePrecisionMatch', 'common.schema.json#/definitions/endPrecisionMatch'];

/** A value breaking each kind of field the schema has, by the definition it refers to. */
const BREAK: Record<string, unknown> = {
  localizedText: 42,
  isoDate: '1943-13-40',
  precision: 'sometimes',
  dateQualifier: 'sometimes',
  id: 'two words',
  sources: 42,
};

function documentWith(list: List, record: Record<string, unknown>) {
  const base = { events: [VALID.events], eras: [VALID.eras], categories: [VALID.categories] };
  return { ...base, [list]: [record] };
}

function read(document: unknown) {
  return readTimelineDocument(JSON.stringify(document), 'json', 'en', 'inline');
}

const kindOf = (schema: Schema): string | undefined => schema.$ref?.split('/').at(-1) ?? (schema.type === 'array' && schema.items?.$ref ? `${schema.items.$ref.split('/').at(-1)}[]` : schema.enum ? 'enum' : schema.type);

describe('the user timeline reader enforces every rule of the events schema, or allows it on purpose', () => {
  let schema: Schema;
  before(async () => {
    schema = await (await fetch('/data/schemas/events.schema.json')).json();
  });

  it('the valid records are taken', () => {
    expect(read(documentWith('events', { ...VALID.events })).problems).to.equal(undefined);
  });

  for (const list of Object.keys(VALID) as List[]) {
    describe(`${list}[]`, () => {
      it('every required field: missing, it is named — unless allowed, and then really taken', () => {
        const definition = schema.definitions[RECORD[list]];
        for (const field of definition.required as string[]) {
          const record: Record<string, unknown> = { ...VALID[list] };
          delete record[field];
          const result = read(documentWith(list, record));
          if (ALLOWED[list].required.includes(field)) expect(result.problems, `${list}[0].${field} may be left out`).to.equal(undefined);
          else expect(result.problems?.map((problem) => problem.path), `${list}[0].${field} missing`).to.include(`${list}[0].${field}`);
        }
        for (const field of ALLOWED[list].required) expect(definition.required, `allowance for a field the schema requires: ${field}`).to.include(field);
      });

      it('every field: a wrong value is named — unless allowed, and then really taken', () => {
        const definition = schema.definitions[RECORD[list]];
        for (const [field, property] of Object.entries(definition.properties as Record<string, Schema>)) {
          const kind = kindOf(property)!;
          const allowed = Object.keys(ALLOWED[list].values).filter((key) => key === field || key.startsWith(`${field}[`));
          if (allowed.length) {
            for (const key of allowed) {
              const record: Record<string, unknown> = { ...VALID[list] };
              const index = /\[(\d+)\]$/.exec(key)?.[1];
              record[field] = index === undefined ? ALLOWED[list].values[key] : [ALLOWED[list].values[key]];
              expect(read(documentWith(list, record)).problems, `${list}[0].${key} = ${JSON.stringify(ALLOWED[list].values[key])} is allowed`).to.equal(undefined);
            }
            continue;
          }
          const breaking = kind.endsWith('[]') ? [BREAK[kind.slice(0, -2)]] : BREAK[kind];
          expect(breaking, `no way to break ${list}[0].${field} (${kind}): add one to BREAK, or an allowance`).not.to.equal(undefined);
          const result = read(documentWith(list, { ...VALID[list], [field]: breaking }));
          const paths = result.problems?.map((problem) => problem.path) ?? [];
          expect(paths.some((path) => path === `${list}[0].${field}` || path.startsWith(`${list}[0].${field}[`)), `${list}[0].${field} = ${JSON.stringify(breaking)}: ${paths.join(', ') || 'taken'}`).to.equal(true);
        }
      });

      it('fields the schema does not know: allowed (ignored), as listed', () => {
        expect(schema.definitions[RECORD[list]].additionalProperties).to.equal(false);
        expect(ALLOWED[list].values).to.have.property('extraField');
        expect(read(documentWith(list, { ...VALID[list], extraField: 'ignored' })).problems).to.equal(undefined);
      });

      it('cross-field rules: each is listed as replaced by the reader', () => {
        for (const rule of (schema.definitions[RECORD[list]].allOf ?? []) as Schema[]) expect(ALLOWED_RULES, `rule ${JSON.stringify(rule)}`).to.include(rule.$ref);
      });
    });
  }

  it('a precision that contradicts the date is not taken from the document: the date’s own form says it', () => {
    const result = read(documentWith('events', { ...VALID.events, date: '1943', precision: 'day' }));
    if (!result.value) throw new Error(JSON.stringify(result.problems));
    expect(result.value.events[0].precision).to.equal('year');
  });

  it('the top level: an events list with at least one event', () => {
    expect(schema.required).to.deep.equal(['events']);
    expect(schema.properties.events.minItems).to.equal(1);
    expect(read({ events: [] }).problems?.[0].path).to.equal('events');
    expect(read({}).problems?.[0].path).to.equal('$');
  });
});
