// XLIFF upkeep for translators and for `npm test`.
//   node scripts/xliff.mjs check                 fails when a cs/sk unit lacks a <target>
//                                                 or the XLIFF is stale against the code
//   node scripts/xliff.mjs fill cs file.json     sets targets from {"<unit id>": "text with ${placeholders}"}
//   node scripts/xliff.mjs sync                  extract from the code, fill every xliff/translations/*.<locale>.json,
//                                                 and build src/generated/locales (npm run localize)
// Placeholders are written as in the source (`${attribute}`) and become <x/> elements.
import { readFileSync, writeFileSync, mkdtempSync, rmSync, cpSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCALES = ['cs', 'sk'];
const file = (locale) => new URL(`../xliff/${locale}.xlf`, import.meta.url);

function units(xml) {
  const found = new Map();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(match[2])?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(match[2])?.[1];
    found.set(match[1], { source, target });
  }
  return found;
}

function fill(locale, translationsFile) {
  const translations = JSON.parse(readFileSync(translationsFile, 'utf8'));
  let xml = readFileSync(file(locale), 'utf8');
  for (const [id, text] of Object.entries(translations)) {
    const pattern = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
    const match = pattern.exec(xml);
    if (!match) {
      console.warn(`xliff/${locale}.xlf has no message "${id}" (translation left unused)`);
      continue;
    }
    const placeholders = new Map([...match[2].matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map((x) => [x[2], x[0]]));
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const target = escaped.replace(/\$\{[^}]+\}/g, (placeholder) => {
      const x = placeholders.get(placeholder);
      if (!x) throw new Error(`${locale} ${id}: unknown placeholder ${placeholder}`);
      return x;
    });
    xml = xml.replace(pattern, `$1\n  <target>${target}</target>`);
  }
  writeFileSync(file(locale), xml);
}

function check() {
  const problems = [];
  // Stale: re-extract into a scratch copy and compare the set of units and their sources.
  const scratch = mkdtempSync(join(tmpdir(), 'xliff-'));
  try {
    cpSync(new URL('../xliff/', import.meta.url), scratch, { recursive: true });
    const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
    config.interchange.xliffDir = scratch;
    // The config's paths are relative to its own folder: keep it beside the real one.
    const configFile = new URL('../.lit-localize.check.json', import.meta.url).pathname;
    writeFileSync(configFile, JSON.stringify(config));
    try {
      execFileSync(process.execPath, [new URL('../node_modules/@lit/localize-tools/bin/lit-localize.js', import.meta.url).pathname, 'extract', '--config', configFile], { stdio: 'pipe', cwd: new URL('..', import.meta.url).pathname });
    } finally {
      rmSync(configFile, { force: true });
    }
    for (const locale of LOCALES) {
      const committed = units(readFileSync(file(locale), 'utf8'));
      const fresh = units(readFileSync(join(scratch, `${locale}.xlf`), 'utf8'));
      for (const [id, unit] of fresh) {
        const mine = committed.get(id);
        if (!mine) problems.push(`${locale}: message "${id}" is in the code but not in xliff/${locale}.xlf (run npm run localize:extract)`);
        else if (mine.source !== unit.source) problems.push(`${locale}: message "${id}" changed in the code; xliff/${locale}.xlf is stale`);
        else if (!mine.target) problems.push(`${locale}: message "${id}" has no translation`);
      }
      for (const id of committed.keys()) if (!fresh.has(id)) problems.push(`${locale}: message "${id}" is no longer in the code`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('translations: complete and fresh');
}

function sync() {
  const cli = new URL('../node_modules/@lit/localize-tools/bin/lit-localize.js', import.meta.url).pathname;
  execFileSync(process.execPath, [cli, 'extract'], { stdio: 'pipe' });
  const dir = new URL('../xliff/translations/', import.meta.url);
  for (const locale of LOCALES) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith(`.${locale}.json`)).sort()) {
      fill(locale, new URL(name, dir));
    }
  }
  execFileSync(process.execPath, [cli, 'build'], { stdio: 'pipe' });
  console.log('translations: extracted, filled and built');
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'fill') fill(rest[0], rest[1]);
else if (command === 'sync') sync();
else if (command === 'check') check();
else {
  console.error('usage: xliff.mjs check | fill <locale> <translations.json>');
  process.exit(2);
}
