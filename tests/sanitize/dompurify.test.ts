/**
 * The README's promise about DOMPurify, checked on the README itself: its
 * default configuration strips our snippets, `ADD_TAGS` alone keeps the tags
 * but drops their attributes, and `DOMPURIFY_CONFIG` keeps every element and
 * every attribute documented in custom-elements.json. In a real browser,
 * where DOMPurify runs for real (sanitize-html is checked in Node: tests/node).
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { COMMON_ATTRIBUTES, DOMPURIFY_CONFIG, DOMPURIFY_EMBED_CONFIG, ELEMENT_ATTRIBUTES } from '../../src/sanitize.js';

const TAGS = Object.keys(ELEMENT_ATTRIBUTES);

/** The README's ```html blocks that hold one of our tags or the iframe snippet. */
async function readmeSnippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]).filter((block) => /<(cs-timeline|casualty-chart|treaty-card|cs-map|iframe)[\s>]/.test(block));
}

/** Tag → attribute name → value, for our elements and iframes in `html`. */
function inventory(html: string): Array<{ tag: string; attributes: Record<string, string> }> {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll([...TAGS, 'iframe'].join(','))].map((element) => ({
    tag: element.localName,
    attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
  }));
}

/** Every attribute custom-elements.json documents, per tag. */
async function documentedAttributes(): Promise<Record<string, string[]>> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const result: Record<string, string[]> = {};
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName) result[declaration.tagName] = (declaration.attributes ?? []).map((attribute: { name: string }) => attribute.name);
  return result;
}

describe('DOMPurify recipe', () => {
  it('the README has the snippets this test reads', async () => {
    const snippets = await readmeSnippets();
    const tags = new Set(snippets.flatMap((snippet) => inventory(snippet).map(({ tag }) => tag)));
    expect([...tags].sort()).to.deep.equal([...TAGS, 'iframe'].sort());
  });

  it('the default configuration strips every element of the README', async () => {
    for (const snippet of await readmeSnippets()) {
      const clean = DOMPurify.sanitize(snippet);
      expect(inventory(clean), clean).to.deep.equal([]);
    }
  });

  it('ADD_TAGS alone keeps the tags but drops attributes the README uses', async () => {
    const lost = new Set<string>();
    for (const snippet of await readmeSnippets()) {
      const clean = inventory(DOMPurify.sanitize(snippet, { ADD_TAGS: TAGS }));
      for (const [index, element] of inventory(snippet).filter(({ tag }) => tag !== 'iframe').entries()) {
        for (const name of Object.keys(element.attributes)) if (!(name in clean[index].attributes)) lost.add(name);
      }
    }
    for (const name of ['battle', 'treaty', 'year']) expect([...lost]).to.include(name);
  });

  it('DOMPURIFY_CONFIG keeps every element and attribute of the README', async () => {
    for (const snippet of await readmeSnippets()) {
      const ours = inventory(snippet).filter(({ tag }) => tag !== 'iframe');
      expect(inventory(DOMPurify.sanitize(snippet, DOMPURIFY_CONFIG)).filter(({ tag }) => tag !== 'iframe')).to.deep.equal(ours);
    }
  });

  it('DOMPURIFY_EMBED_CONFIG keeps the iframe snippet as it is', async () => {
    for (const snippet of await readmeSnippets()) {
      expect(inventory(DOMPurify.sanitize(snippet, DOMPURIFY_EMBED_CONFIG))).to.deep.equal(inventory(snippet));
    }
  });

  it('keeps every attribute custom-elements.json documents, and nothing that runs', async () => {
    const documented = await documentedAttributes();
    expect(Object.keys(documented).sort()).to.deep.equal([...TAGS].sort());
    for (const [tag, names] of Object.entries(documented)) {
      const attributes = [...new Set([...names, ...COMMON_ATTRIBUTES])].map((name) => `${name}="x"`).join(' ');
      const html = `<${tag} ${attributes} onclick="alert(1)"><script>alert(1)</script><img src=x onerror="alert(1)"></${tag}><other-element battle="x"></other-element>`;
      const clean = DOMPurify.sanitize(html, DOMPURIFY_CONFIG);
      const [element] = inventory(clean);
      expect(element.tag).to.equal(tag);
      for (const name of names) expect(element.attributes, `${tag} ${name}`).to.have.property(name);
      expect(element.attributes).not.to.have.property('onclick');
      expect(clean).not.to.match(/<script|onerror|other-element/);
    }
  });
});
