// Property-based: every attribute that custom-elements.json lists for each
// element, set to random and hostile values on one reused instance per
// element. No value may throw; an invalid one shows [part~="error"] naming the
// attribute (with the valid values, for an enumeration) and warns once, or
// falls back as documented; putting the attribute back brings the picture back.
// The manifest is read at test time, so a new attribute is covered at once.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { enumOracle, mixedAttributesProperty, singleAttributeProperty, type AttributeSpec, type Harness } from './attribute-harness.js';
import { COMMON, CONTRACT_ATTRIBUTES, manifestAttributes, specsFor, type ManifestAttribute } from './attribute-specs.js';
import {
  create,
  ErrorRecorder,
  errorPart,
  infoOf,
  registerAll,
  rendered,
  RESIZE_OBSERVER_LOOP,
  settle,
  sleep,
  squash,
  TAGS,
  WarnRecorder,
  type CsLike,
} from './helpers.js';
import '../fixtures/robustness/faulty-element.js';

/** Cases per element: single attributes, then mixes (≥ 1,000 in all, per issue 9). */
const SINGLE_RUNS = 1000;
const MIXED_RUNS = 150;

describe('attributes: random and hostile values (fast-check)', function () {
  this.timeout(180_000);
  let attributes: Map<string, ManifestAttribute[]>;
  let container: HTMLElement;
  const hash = location.hash;

  before(async () => {
    await registerAll();
    attributes = await manifestAttributes();
  });

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  });

  it('reads every element and the attributes CONTRACT names from custom-elements.json', () => {
    expect([...attributes.keys()].sort()).to.include.members([...TAGS].sort());
    for (const tag of TAGS) {
      const names = attributes.get(tag)!.map((attribute) => attribute.name);
      expect(names, tag).to.include.members([...COMMON, ...CONTRACT_ATTRIBUTES[tag]]);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}>: ${SINGLE_RUNS} single values and ${MIXED_RUNS} mixes, no exception, error or fallback as documented`, async () => {
      const info = infoOf(tag);
      const specs = await specsFor(tag, attributes.get(tag) ?? []);
      expect(specs.length, 'attributes in the manifest').to.be.greaterThan(3);
      const fresh = async () => {
        container.replaceChildren();
        const el = create(tag, info.baseline, container);
        await rendered(el);
        return el;
      };
      const el = await fresh();
      expect(el.shadowRoot!.querySelector('[part~="error"]'), 'baseline renders').to.equal(null);
      const harness: Harness = { el, tag, specs, baseline: info.baseline, replace: fresh };
      // Uncaught errors are reported with the case that caused them (mocha's handler is set aside meanwhile).
      const onerror = window.onerror;
      const background = new ErrorRecorder(RESIZE_OBSERVER_LOOP).install();
      window.onerror = null;
      const started = performance.now();
      try {
        await fc.assert(singleAttributeProperty(harness), { numRuns: SINGLE_RUNS, includeErrorInReport: true });
        await fc.assert(mixedAttributesProperty(harness), { numRuns: MIXED_RUNS, includeErrorInReport: true });
        await sleep(50);
        expect(background.take(), 'uncaught errors between cases').to.deep.equal([]);
      } finally {
        window.onerror = onerror;
        background.uninstall();
      }
      console.log(`<${tag}>: ${SINGLE_RUNS + MIXED_RUNS} cases in ${Math.round(performance.now() - started)} ms`);
    });
  }

  for (const tag of TAGS) {
    it(`<${tag}>: an attribute set to a valid value, then removed, falls back to its default`, async () => {
      const info = infoOf(tag);
      const specs = await specsFor(tag, attributes.get(tag) ?? []);
      const el = create(tag, info.baseline, container);
      await rendered(el);
      const warnings = new WarnRecorder().install();
      try {
        for (const spec of specs) {
          if (spec.name === 'src' || spec.name in info.baseline) continue;
          for (const value of spec.seeds.filter((seed) => spec.oracle(seed) === 'valid').slice(0, 3)) {
            el.setAttribute(spec.name, value);
            await settle(el);
            el.removeAttribute(spec.name);
            await settle(el);
            const error = errorPart(el);
            expect(error, `${spec.name}="${value}", then removed: ${squash(error?.textContent)}`).to.equal(null);
          }
        }
      } finally {
        warnings.uninstall();
      }
    });
  }

  it('the harness catches an element that throws, goes blank or shows no error (control)', async () => {
    const fresh = async () => {
      container.replaceChildren();
      const el = create<CsLike>('robust-faulty', {}, container);
      await rendered(el);
      return el;
    };
    const el = await fresh();
    const specs: AttributeSpec[] = [
      { name: 'mode', boolean: false, seeds: ['a', 'b'], oracle: enumOracle(['a', 'b']), listed: ['a', 'b'] },
    ];
    const harness: Harness = { el, tag: 'robust-faulty', specs, baseline: {}, replace: fresh };
    for (const fault of ['throw', 'blank', 'silent', 'reject'] as const) {
      harness.el = await fresh();
      harness.el.setAttribute('fault', fault);
      harness.replace = async () => {
        const replacement = await fresh();
        replacement.setAttribute('fault', fault);
        return replacement;
      };
      const result = await fc.check(singleAttributeProperty(harness), { numRuns: 200, seed: 42, endOnFailure: true });
      expect(result.failed, `fault “${fault}” must be caught`).to.equal(true);
    }
  });
});
