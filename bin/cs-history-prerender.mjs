#!/usr/bin/env node
// cs-history-prerender <file.html | folder …> [--out DIR]
// cs-history-prerender --embed "<query>" [--out FILE]
// Pre-renders every cs-history element in static HTML (any generator's output),
// so the content is in the page for readers without JavaScript, feeds and
// search engines. Without --out the files are rewritten in place; with it,
// each is written under DIR at its path relative to the folder it was found in.
// With --embed, writes the package's embed.html pre-rendered for that query
// (e.g. "el=treaty-card&treaty=1943&lang=cs") to FILE, else to the output:
// a static embed page to serve beside the dist/cdn folder.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const USAGE = 'usage: cs-history-prerender <file.html | folder …> [--out DIR]\n       cs-history-prerender --embed "<query>" [--out FILE]';
const args = process.argv.slice(2);
let out;
let embed;
const inputs = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === '--out') {
    out = args[++index];
    if (!out) fail('--out needs a folder: --out DIR');
  } else if (arg === '--embed') {
    embed = args[++index];
    if (embed === undefined) fail('--embed needs a query: --embed "el=treaty-card&treaty=1943"');
  } else if (arg.startsWith('--embed=')) {
    embed = arg.slice('--embed='.length);
  } else if (arg.startsWith('--out=')) {
    out = arg.slice('--out='.length);
  } else if (arg.startsWith('-')) {
    fail(`unknown option ${arg}; the options are --out, --embed and --help`);
  } else {
    inputs.push(arg);
  }
}
if (embed !== undefined) {
  if (inputs.length) fail('--embed writes one embed page: name no files beside it');
  const { renderEmbed } = await import('../dist/npm/src/ssr.js');
  const page = renderEmbed(embed);
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, page);
    console.log(`cs-history-prerender: the embed page for "${embed}" written to ${out}`);
  } else {
    process.stdout.write(page);
  }
  process.exit(0);
}
if (!inputs.length) fail('name at least one .html file or folder');

function fail(message) {
  console.error(`cs-history-prerender: ${message}\n${USAGE}`);
  process.exit(2);
}

/** [absolute file, path relative to the output folder] for every .html file the inputs name. */
function htmlFiles(input) {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    fail(`${input} does not exist`);
  }
  if (stats.isFile()) {
    if (!/\.html?$/i.test(input)) fail(`${input} is not an .html file`);
    return [[resolve(input), basename(input)]];
  }
  const root = resolve(input);
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      else if (entry.isFile() && /\.html?$/i.test(entry.name)) found.push([path, relative(root, path)]);
    }
  };
  walk(root);
  return found;
}

const files = inputs.flatMap(htmlFiles);
// Imported after the arguments are checked: it loads every element and document.
const { prerender } = await import('../dist/npm/src/ssr.js');
let elements = 0;
let changed = 0;
for (const [file, path] of files) {
  const { html, rendered } = prerender(readFileSync(file, 'utf8'));
  elements += rendered;
  if (rendered) changed += 1;
  const target = out ? join(resolve(out), path) : file;
  if (!out && !rendered) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}
console.log(`cs-history-prerender: ${elements} element${elements === 1 ? '' : 's'} pre-rendered in ${changed} of ${files.length} file${files.length === 1 ? '' : 's'}${out ? ` (written to ${out})` : ''}`);
