// Writes the WordPress plugin's list of attributes and their valid values
// (integrations/wordpress/cs-history-elements/includes/attributes.php) from
// the project's own sources: the attribute names, booleans, descriptions and
// literal unions from custom-elements.json; the value lists from the very
// constants and data the elements check against (read from src/ with
// esbuild). So PHP rejects exactly what the elements reject, and a new value
// in an element reaches the plugin with `npm run gen`. `--check` fails when
// the file is stale.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const target = new URL('../integrations/wordpress/cs-history-elements/includes/attributes.php', import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/** The constants the elements validate with, straight from src/. */
async function sourceConstants() {
  const entry = `
    export { CHARTS, ALL } from './src/elements/casualty-chart/casualty-chart-view.ts';
    export { FIRST_YEAR, LAST_YEAR } from './src/elements/cs-map/road.ts';
    export { LOCALES } from './src/core/language.ts';
    export { THEMES } from './src/core/base-element.ts';
    export { CATEGORY_IDS } from './src/elements/cs-timeline/timeline-model.ts';
    export { bundledTreatyIndex } from './src/elements/treaty-card/bundled-treaties.ts';
  `;
  const output = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(output.outputFiles[0].text).toString('base64')}`);
}

/** The string literals of a manifest type such as `'horizontal' | 'vertical' | 'auto'`. */
const literals = (type) => [...(type ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);

const plain = (text) => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

export async function attributeTable() {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const battles = JSON.parse(readFileSync(new URL('../data/battles.json', import.meta.url), 'utf8'));
  const { CHARTS, ALL, FIRST_YEAR, LAST_YEAR, LOCALES, THEMES, CATEGORY_IDS, bundledTreatyIndex } = await sourceConstants();
  const years = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) years.push(String(year));
  const treatyValues = [...bundledTreatyIndex.map((treaty) => treaty.id), ...new Set(bundledTreatyIndex.map((treaty) => String(treaty.year)))];

  /**
   * What each attribute accepts beyond what its manifest type says.
   * `bundled`: the values are those of the bundled data, so with a `src`
   * document of the page's own any value may be right and only the element
   * can tell.
   */
  const rules = {
    '*': {
      lang: { kind: 'lang', values: [...LOCALES] },
      theme: { kind: 'enum', values: [...THEMES] },
      src: { kind: 'url' },
    },
    'cs-timeline': {
      from: { kind: 'date' },
      to: { kind: 'date' },
      categories: { kind: 'tokens', values: [...CATEGORY_IDS] },
    },
    'casualty-chart': {
      battle: { kind: 'enum', values: [...battles.battles.map((battle) => battle.id), ALL], bundled: true },
      chart: { kind: 'enum', values: [...CHARTS] },
    },
    'treaty-card': { treaty: { kind: 'enum', values: treatyValues, required: true, bundled: true } },
    'cs-map': { year: { kind: 'enum', values: years } },
  };

  const elements = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag) continue;
      const attributes = {};
      for (const attribute of declaration.attributes ?? []) {
        const type = attribute.type?.text ?? '';
        const rule = rules[tag]?.[attribute.name] ?? rules['*'][attribute.name]
          ?? (type === 'boolean' ? { kind: 'boolean' } : literals(type).length ? { kind: 'enum', values: literals(type) } : { kind: 'text' });
        attributes[attribute.name] = { ...rule, description: plain(attribute.description) };
      }
      elements[tag] = { summary: plain(declaration.summary), attributes };
    }
  }
  return Object.fromEntries(Object.keys(elements).sort().map((tag) => [tag, elements[tag]]));
}

/** A PHP literal of a JSON-like value, one key per line. */
function php(value, indent = '') {
  const inner = `${indent}\t`;
  if (Array.isArray(value)) return `array( ${value.map((item) => php(item, inner)).join(', ')} )`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${inner}${php(key)} => ${php(item, inner)},`);
    return `array(\n${entries.join('\n')}\n${indent})`;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export async function attributesPhp() {
  return `<?php
/**
 * The elements' attributes and the values each accepts.
 *
 * Generated by scripts/gen-wordpress.mjs from custom-elements.json, data/ and
 * the elements' own constants, so the plugin accepts exactly what the
 * elements accept. Do not edit: run \`npm run gen\`.
 *
 * @package cs-history-elements
 */

defined( 'ABSPATH' ) || exit;

${phpTable(await attributeTable())}
`;
}

/**
 * The table as PHP, the attributes every element inherits alike (lang, theme,
 * src, no-download) written once and merged into each element's own, so the
 * file states each rule once.
 */
function phpTable(table) {
  const tags = Object.keys(table);
  const same = (name) => tags.every((tag) => JSON.stringify(table[tag].attributes[name]) === JSON.stringify(table[tags[0]].attributes[name]));
  const names = Object.keys(table[tags[0]]?.attributes ?? {});
  // Shared: the trailing attributes of the first element that every element ends with, alike (so the order stays).
  let first = names.length;
  while (first > 0 && same(names[first - 1]) && tags.every((tag) => Object.keys(table[tag].attributes).at(-(names.length - first + 1)) === names[first - 1])) first -= 1;
  const shared = names.slice(first);
  if (!shared.length) return `return ${php(table)};`;
  const pick = (attributes, keep) => Object.fromEntries(Object.entries(attributes).filter(([name]) => shared.includes(name) === keep));
  const elements = tags.map((tag) => {
    const { attributes, ...rest } = table[tag];
    const entries = Object.entries(rest).map(([key, value]) => `\t\t${php(key)} => ${php(value, '\t\t')},`);
    return `\t${php(tag)} => array(\n${entries.join('\n')}\n\t\t'attributes' => array_merge( ${php(pick(attributes, false), '\t\t')}, $inherited ),\n\t),`;
  });
  return `// Every element's attributes from CsElement, alike in all of them.
$inherited = ${php(pick(table[tags[0]].attributes, true))};

return array(
${elements.join('\n')}
);`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await attributesPhp();
  if (process.argv.includes('--check')) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
      console.error('The WordPress attribute list is stale: run `node scripts/gen-wordpress.mjs` (or `npm run gen`).');
      process.exit(1);
    }
    console.log('WordPress attribute list is fresh.');
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target.pathname.slice(root.length)}`);
  }
}
