// Server rendering in Node, against the built package (dist/npm) as a site's
// build would import it: each element rendered by Lit SSR holds its whole
// content in its language; renderToString and the cs-history-prerender
// command pre-render pages and folders; the two examples run. Expected texts
// come from the bundled data files, not from memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse } from 'parse5';
import { prerender, render, renderEmbed, renderToString } from '../../dist/npm/src/ssr.js';

/** A bundled document as the package ships it (dist/npm/src/generated/data/<name>.<locale>.js). */
const documents = new Map();
for (const file of readdirSync('dist/npm/src/generated/data').filter((name) => /\.(en|cs|sk)\.js$/.test(name))) {
  documents.set(file.replace(/\.js$/, ''), (await import(`../../dist/npm/src/generated/data/${file}`)).default);
}
const data = (name) => documents.get(name);
const sources = new Map(data('sources.en').sources.map((source) => [source.id, source]));
/** Text a reader sees: markup, styles and Lit's comments removed, entities decoded as far as the data needs. */
const visibleText = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const ssr = async (template) => collectResult(render(template));

test('<treaty-card> renders its whole card, in the language of its lang', async () => {
  for (const locale of ['en', 'cs', 'sk']) {
    const markup = await ssr(html`<treaty-card treaty="1943" lang=${locale}></treaty-card>`);
    assert.match(markup, /<template shadowroot(mode)?="open"/);
    const text = visibleText(markup);
    const [treaty] = data(`treaty-friendship-1943.${locale}`).treaties;
    assert.ok(text.includes(treaty.name.short[locale]), `${locale}: the title`);
    assert.ok(text.includes(treaty.name.official[locale]), `${locale}: the official name`);
    for (const ref of treaty.sources) assert.ok(text.includes(sources.get(ref.source).title), `${locale}: source ${ref.source}`);
    assert.doesNotMatch(markup, /part="status"/, `${locale}: no loading status`);
  }
  const czech = visibleText(await ssr(html`<treaty-card treaty="friendship-1943" lang="cs"></treaty-card>`));
  assert.ok(czech.includes('12. prosince 1943'), 'the date, written in Czech');
});

test('<casualty-chart> renders every source’s figure and the table', async () => {
  const markup = await ssr(html`<casualty-chart battle="sokolovo" lang="sk"></casualty-chart>`);
  const text = visibleText(markup);
  const battle = data('battles.sk').battles.find((candidate) => candidate.id === 'sokolovo');
  assert.ok(text.includes(battle.name.sk));
  for (const figure of battle.figures) {
    for (const value of figure.values) {
      assert.match(markup, new RegExp(`data-value="${value.value}"`), `a mark for ${figure.category} ${value.value}`);
      assert.ok(text.includes(sources.get(value.source).title), `the source of ${figure.category} ${value.value}`);
    }
  }
  assert.match(markup, /<table part="table"/);
});

test('<cs-timeline> renders its events on the picture and in the list', async () => {
  const markup = await ssr(html`<cs-timeline></cs-timeline>`);
  const { events } = data('events-outline.en');
  const marks = [...markup.matchAll(/part="event[^"]*"[^>]*data-id="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(marks.length > 10, `${marks.length} event marks`);
  const text = visibleText(markup);
  assert.ok(text.includes(`${events.length} events`));
  for (const id of marks.slice(0, 5)) assert.ok(text.includes(events.find((event) => event.id === id).title.en), `the title of ${id}`);
});

test('<cs-map> renders the basemap, the road and its places', async () => {
  const markup = await ssr(html`<cs-map year="1944" lang="cs"></cs-map>`);
  const { places } = data('places.cs');
  assert.match(markup, /part="land"/);
  assert.match(markup, /part="route"/);
  const shown = [...markup.matchAll(/part="place"[^>]*data-id="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(shown.length > 5);
  assert.ok(visibleText(markup).includes(places.find((place) => place.id === 'buzuluk').name.cs));
});

test('a bad attribute renders the visible error, on the server too', async () => {
  const text = visibleText(await ssr(html`<treaty-card treaty="1950"></treaty-card>`));
  assert.match(text, /treaty/);
  assert.match(text, /1943/);
});

test('renderToString: the language of ancestors and <html lang>, the rest of the page kept', async () => {
  const page = `<!doctype html><html lang="sk"><head><title>t</title></head><body>
<p class="intro">Úvod &amp; text</p>
<div lang="cs"><treaty-card treaty="1935"></treaty-card></div>
<treaty-card treaty="1941"></treaty-card>
<treaty-card treaty="1943" src="/my.json"></treaty-card>
<cs-timeline><script type="application/json">{"events":[]}</script></cs-timeline>
</body></html>`;
  const { html: out, rendered } = prerender(page);
  assert.equal(rendered, 2);
  const text = visibleText(out);
  assert.ok(text.includes(data('treaty-mutual-assistance-1935.cs').treaties[0].name.short.cs), 'Czech from the <div lang>');
  assert.ok(text.includes(data('treaty-joint-action-1941.sk').treaties[0].name.short.sk), 'Slovak from <html lang>');
  assert.ok(out.includes('<p class="intro">Úvod &amp; text</p>'), 'other markup byte for byte');
  assert.ok(out.includes('<treaty-card treaty="1941" theme="auto"><template shadowroot="open" shadowrootmode="open">'), 'the start tag with what the element reflects');
  assert.ok(out.includes('<treaty-card treaty="1943" src="/my.json"></treaty-card>'), 'src is left to the browser');
  assert.ok(out.includes('<cs-timeline><script type="application/json">{"events":[]}</script></cs-timeline>'), 'inline data is left to the browser');
  // One copy of the documents used, for the browser's hydration, safe inside <script>.
  const copies = [...out.matchAll(/<script type="application\/json" data-cs-history-data>([\s\S]*?)<\/script>/g)];
  assert.equal(copies.length, 1);
  const copy = JSON.parse(copies[0][1]);
  assert.deepEqual(Object.keys(copy).sort(), ['$elements', 'names.cs', 'names.sk', 'treaty-joint-action-1941.sk', 'treaty-mutual-assistance-1935.cs']);
  // The languages each tag was drawn in: the browser loads their UI strings before hydrating.
  assert.deepEqual(copy.$elements, { 'treaty-card': ['cs', 'sk'] });
  assert.doesNotMatch(copies[0][1], /<\//);
  // Parsed as a browser would: the shadow roots are templates inside the hosts.
  const documentTree = parse(out);
  const hosts = [];
  const walk = (node) => {
    if (node.tagName === 'treaty-card') hosts.push(node);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(documentTree);
  assert.equal(hosts.filter((host) => host.childNodes.some((child) => child.tagName === 'template')).length, 2);
  // Again: nothing is rendered twice.
  assert.equal(prerender(out).rendered, 0);
  assert.equal(await renderToString('<p>no elements</p>'), '<p>no elements</p>');
});

test('cs-history-prerender: a folder, in place and with --out; clear errors', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cs-prerender-'));
  try {
    mkdirSync(join(folder, 'site', 'cs'), { recursive: true });
    writeFileSync(join(folder, 'site', 'index.html'), '<html lang="en"><body><casualty-chart battle="kiev"></casualty-chart></body></html>');
    writeFileSync(join(folder, 'site', 'cs', 'index.html'), '<html lang="cs"><body><treaty-card treaty="1943"></treaty-card></body></html>');
    writeFileSync(join(folder, 'site', 'plain.html'), '<p>nothing of ours</p>');
    const out = execFileSync('node', ['bin/cs-history-prerender.mjs', join(folder, 'site'), '--out', join(folder, 'out')], { encoding: 'utf8' });
    assert.match(out, /2 elements pre-rendered in 2 of 3 files/);
    assert.match(readFileSync(join(folder, 'out', 'cs', 'index.html'), 'utf8'), /shadowrootmode="open"[\s\S]*Moskva/);
    assert.equal(readFileSync(join(folder, 'out', 'plain.html'), 'utf8'), '<p>nothing of ours</p>');
    assert.doesNotMatch(readFileSync(join(folder, 'site', 'index.html'), 'utf8'), /shadowrootmode/, '--out leaves the input alone');
    execFileSync('node', ['bin/cs-history-prerender.mjs', join(folder, 'site', 'index.html')], { encoding: 'utf8' });
    assert.match(readFileSync(join(folder, 'site', 'index.html'), 'utf8'), /shadowrootmode="open"/, 'in place');
    const missing = spawnSync('node', ['bin/cs-history-prerender.mjs', join(folder, 'nowhere')], { encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere does not exist/);
    const none = spawnSync('node', ['bin/cs-history-prerender.mjs'], { encoding: 'utf8' });
    assert.match(none.stderr, /name at least one \.html file or folder[\s\S]*usage:/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('examples/node runs and writes a pre-rendered page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cs-node-example-'));
  try {
    execFileSync('node', ['examples/node/render.mjs', join(folder, 'page.html')], { stdio: 'pipe' });
    const page = readFileSync(join(folder, 'page.html'), 'utf8');
    assert.ok(visibleText(page).includes(data('treaty-friendship-1943.cs').treaties[0].name.short.cs));
    assert.ok(visibleText(page).includes(data('battles.en').battles.find((battle) => battle.id === 'dukla').name.en));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('examples/eleventy: Eleventy builds the site, the command pre-renders its folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cs-eleventy-'));
  try {
    execFileSync('npx', ['@11ty/eleventy', '--config=examples/eleventy/eleventy.config.mjs', `--output=${join(folder, '_site')}`, '--quiet'], { stdio: 'pipe' });
    const out = execFileSync('node', ['bin/cs-history-prerender.mjs', join(folder, '_site')], { encoding: 'utf8' });
    assert.match(out, /3 elements pre-rendered in 2 of 2 files/);
    const czech = readFileSync(join(folder, '_site', 'cs', 'index.html'), 'utf8');
    assert.ok(visibleText(czech).includes(data('places.cs').places.find((place) => place.id === 'buzuluk').name.cs));
    const english = readFileSync(join(folder, '_site', 'index.html'), 'utf8');
    assert.ok(visibleText(english).includes(data('treaty-friendship-1943.en').treaties[0].name.short.en));
    assert.match(english, /<script type="module" src="\/cs-history\/cs-history.js"><\/script>/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('renderEmbed: embed.html pre-rendered for its query, read as the browser script reads it', () => {
  const page = renderEmbed('?el=treaty-card&treaty=1943&lang=cs&compact=');
  const treaty = data('treaty-friendship-1943.cs').treaties[0];
  assert.ok(visibleText(page).includes(treaty.name.short.cs), 'the card in Czech');
  assert.match(page, /<body data-cs-embed data-cs-embed-query="el=treaty-card&amp;treaty=1943&amp;lang=cs&amp;compact=">/);
  assert.match(page, /<treaty-card treaty="1943" lang="cs" compact[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(page, /<script type="module" src="\.\/cdn\/embed\.js"><\/script>/, 'the page keeps its script');
  assert.match(page, /data-cs-history-data>[^<]*"treaty-card":\["cs"\]/, 'the data copy for hydration');
  // The parser's rules: names that are not attribute names are dropped, values are escaped.
  const odd = renderEmbed('el=cs-map&year=1944&on%20click=x&title=%22%3E%3Cscript%3E');
  assert.match(odd, /<cs-map year="1944" title="&quot;&gt;&lt;script&gt;"/);
  assert.doesNotMatch(odd, /on click/);
  // A bad query: the script's own message, for readers without JavaScript.
  const bad = renderEmbed('el=script');
  assert.match(bad, /<noscript><p part="error" role="alert">The el parameter has the invalid value “script”\. Use “cs-timeline”/);
  assert.doesNotMatch(bad, /data-cs-history-data/);
  // The shipped dist/embed.html is the page for no query; filling it again replaces its body.
  const shipped = readFileSync('dist/embed.html', 'utf8');
  assert.match(shipped, /data-cs-embed-query=""><noscript><p part="error"/);
  assert.equal(renderEmbed(''), shipped);
  assert.equal((renderEmbed('el=cs-timeline', shipped).match(/<cs-timeline/g) ?? []).length, 1);
});

test('cs-history-prerender --embed writes a static embed page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cs-embed-'));
  try {
    const file = join(folder, 'embeds', 'chart.html');
    execFileSync('node', ['bin/cs-history-prerender.mjs', '--embed', 'el=casualty-chart&battle=kiev', '--out', file], { encoding: 'utf8' });
    const page = readFileSync(file, 'utf8');
    assert.match(page, /<casualty-chart battle="kiev"[^>]*><template shadowroot="open"/);
    assert.ok(visibleText(page).includes(data('battles.en').battles.find((battle) => battle.id === 'kiev').name.en));
    const printed = execFileSync('node', ['bin/cs-history-prerender.mjs', '--embed=el=cs-map'], { encoding: 'utf8' });
    assert.match(printed, /<cs-map [^>]*><template shadowroot="open"/);
    const both = spawnSync('node', ['bin/cs-history-prerender.mjs', '--embed', 'el=cs-map', 'page.html'], { encoding: 'utf8' });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--embed writes one embed page/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('examples/node/embed-server.mjs answers embed.html with the page for its query, and serves the scripts', async () => {
  const { createServer } = await import('node:http');
  const { handle } = await import('../../examples/node/embed-server.mjs');
  const server = createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const response = await fetch(`${base}/embed.html?el=cs-map&year=1944&lang=sk`);
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.ok(visibleText(page).includes(data('places.sk').places.find((place) => place.id === 'buzuluk').name.sk));
    const script = await fetch(`${base}/cdn/embed.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type'), /javascript/);
    assert.equal((await fetch(`${base}/../package.json`)).status, 404);
  } finally {
    server.close();
  }
});
