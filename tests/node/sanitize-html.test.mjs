// The README's promise about sanitize-html, checked on the README itself:
// the defaults remove our elements and the iframe; SANITIZE_HTML_OPTIONS keeps
// every element of ours with every documented attribute, and the embed
// options keep the iframe too. Against the built package (dist/npm), as a
// CMS would import it. (DOMPurify is checked in the browser: tests/sanitize.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFragment } from 'parse5';
import sanitizeHtml from 'sanitize-html';
import { COMMON_ATTRIBUTES, ELEMENT_ATTRIBUTES, SANITIZE_HTML_EMBED_OPTIONS, SANITIZE_HTML_OPTIONS } from '../../dist/npm/src/sanitize.js';

const TAGS = Object.keys(ELEMENT_ATTRIBUTES);
const readme = readFileSync('README.md', 'utf8');
const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]).filter((block) => /<(cs-timeline|casualty-chart|treaty-card|cs-map|iframe)[\s>]/.test(block));

/** Our elements and iframes in `html`: tag and attributes (name → value). */
function inventory(html, tags = [...TAGS, 'iframe']) {
  const found = [];
  const walk = (node) => {
    // sanitize-html rewrites style declarations without spaces; the declarations stay.
    if (tags.includes(node.tagName)) found.push({ tag: node.tagName, attributes: Object.fromEntries(node.attrs.map(({ name, value }) => [name, name === 'style' ? value.replace(/\s/g, '') : value])) });
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html));
  return found;
}

test('the README has snippets with all four elements and the iframe', () => {
  const tags = new Set(snippets.flatMap((snippet) => inventory(snippet).map(({ tag }) => tag)));
  assert.deepEqual([...tags].sort(), [...TAGS, 'iframe'].sort());
});

test('sanitize-html defaults remove every element of ours and the iframe', () => {
  for (const snippet of snippets) assert.deepEqual(inventory(sanitizeHtml(snippet)), []);
});

test('SANITIZE_HTML_OPTIONS keeps every element and attribute of the README', () => {
  for (const snippet of snippets) {
    assert.deepEqual(inventory(sanitizeHtml(snippet, SANITIZE_HTML_OPTIONS), TAGS), inventory(snippet, TAGS));
  }
});

test('SANITIZE_HTML_EMBED_OPTIONS keeps the iframe snippet too', () => {
  const iframes = snippets.flatMap((snippet) => inventory(sanitizeHtml(snippet, SANITIZE_HTML_EMBED_OPTIONS), ['iframe']));
  const expected = snippets.flatMap((snippet) => inventory(snippet, ['iframe']));
  assert.ok(expected.length > 0);
  assert.deepEqual(iframes, expected);
});

test('the recipe keeps every attribute custom-elements.json documents, and nothing that runs', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const documented = Object.fromEntries(manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, (declaration.attributes ?? []).map(({ name }) => name)]));
  assert.deepEqual(Object.keys(documented).sort(), [...TAGS].sort());
  for (const [tag, names] of Object.entries(documented)) {
    const attributes = [...new Set([...names, ...COMMON_ATTRIBUTES])].map((name) => `${name}="x"`).join(' ');
    const clean = sanitizeHtml(`<${tag} ${attributes} onclick="alert(1)"><script>alert(1)</script></${tag}><other-element battle="x"></other-element>`, SANITIZE_HTML_OPTIONS);
    const [element] = inventory(clean);
    assert.equal(element?.tag, tag, clean);
    for (const name of names) assert.ok(name in element.attributes, `${tag} lost ${name}`);
    assert.doesNotMatch(clean, /onclick|<script|other-element/);
  }
});
