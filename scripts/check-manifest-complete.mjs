// custom-elements.json is what editors, Storybook's Docs pages and framework
// typings show developers: fresh is not enough, it must also be complete. For
// every element this fails on
//  - a CSS custom property without its `syntax`, or a shared token missing;
//  - a part the element's templates use that the manifest does not list;
//  - an event without its type, an attribute without a type or a description;
//  - a default that is source code (`new DataController(…)`) rather than a value.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TAGS = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'];
const TOKENS = ['--cs-color-text', '--cs-color-surface', '--cs-color-accent', '--cs-color-muted', '--cs-font-family', '--cs-font-size', '--cs-color-focus'];
const EVENT_TYPES = { 'cs-select': 'CsSelectEvent' };

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const problems = [];

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** Every `part="a b"` name written literally in a file. */
const partsIn = (path) => [...readFileSync(path, 'utf8').matchAll(/\bpart="([^"$]*)"/g)].flatMap((match) => match[1].split(/\s+/).filter(Boolean));

/** The core modules an element's files import (their templates render inside the element too). */
function coreFilesOf(elementFiles) {
  const core = new Set(['src/core/base-element.ts']);
  for (const path of elementFiles) {
    for (const match of readFileSync(path, 'utf8').matchAll(/from '\.\.\/\.\.\/core\/([\w-]+)\.js'/g)) core.add(`src/core/${match[1]}.ts`);
  }
  return [...core];
}

const isSourceCode = (text) => /=>|\bnew\b|\bthis\b|[{};]/.test(text) || text.length > 80;

for (const tag of TAGS) {
  const element = declarations.find((declaration) => declaration.tagName === tag);
  if (!element) {
    problems.push(`<${tag}> is not in the manifest`);
    continue;
  }
  const say = (text) => problems.push(`<${tag}>: ${text}`);

  const properties = element.cssProperties ?? [];
  for (const property of properties) {
    if (!property.syntax) say(`CSS property ${property.name} has no syntax (write @cssprop {<syntax>} [${property.name}=…], e.g. {<color>})`);
    if (!property.description) say(`CSS property ${property.name} has no description`);
  }
  for (const token of TOKENS) if (!properties.some((property) => property.name === token)) say(`the shared token ${token} is not listed`);

  const elementFiles = files(`src/elements/${tag}`);
  const used = new Set([...elementFiles, ...coreFilesOf(elementFiles)].flatMap(partsIn));
  const listed = new Set((element.cssParts ?? []).map((part) => part.name));
  for (const part of used) if (!listed.has(part)) say(`part "${part}" is rendered but not documented (@csspart ${part} - …)`);
  for (const part of element.cssParts ?? []) if (!part.description) say(`part "${part.name}" has no description`);

  for (const event of element.events ?? []) {
    const expected = EVENT_TYPES[event.name];
    if (!event.type?.text) say(`event ${event.name} has no type (@fires {${expected ?? 'EventClass'}} ${event.name} - …)`);
    else if (expected && event.type.text !== expected) say(`event ${event.name} is typed ${event.type.text}, not ${expected}`);
    if (!event.description) say(`event ${event.name} has no description`);
  }

  const attributes = element.attributes ?? [];
  for (const name of ['lang', 'theme', 'src']) if (!attributes.some((attribute) => attribute.name === name)) say(`attribute ${name} is not listed`);
  for (const attribute of attributes) {
    if (!attribute.type?.text) say(`attribute ${attribute.name} has no type`);
    if (!attribute.description) say(`attribute ${attribute.name} has no description`);
  }

  for (const item of [...attributes, ...(element.members ?? [])]) {
    if (item.default !== undefined && isSourceCode(item.default)) say(`${item.name}'s default is source code: ${item.default.slice(0, 60)}…`);
  }
}

if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`custom-elements.json: complete (${TAGS.length} elements: every attribute typed and described, parts, syntax of every CSS property, typed events)`);
