// The WordPress plugin in a genuine WordPress, offline: Debian's `wordpress`
// package with MariaDB in a temporary folder, served by `php -S`. It installs
// dist/cs-history-elements-wordpress.zip through WordPress's own uploader, saves
// posts as an Author (so kses filters them, as for every author who is not an
// administrator) with shortcodes, a block and raw tags, and checks in headless
// Chromium that the page keeps every element with its attributes, loads each
// element's script once and only where it is used, and that the elements
// render without errors; that the plugin's attribute checks (PHP) agree with
// the elements' own on a set of good and bad values; and that uninstalling
// leaves nothing behind. Also: the PHP attribute list is fresh, `php -l` is
// clean for every PHP file. Needs `npm run build` first (npm test does it).
// Prints "WordPress: N passed, N failed" (not the last line of npm test).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync, rmSync, writeFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import gettextParser from 'gettext-parser';
import { attributeTable } from './gen-wordpress.mjs';
import { PLUGIN_DIR, PLUGIN_ZIP } from './build-wordpress.mjs';

// Debian's package; WORDPRESS_DIR tries another unpacked WordPress (e.g. 6.5, which has script modules).
const WORDPRESS = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const SITE_PHP = resolve('tests/wordpress/site.php');
// WORDPRESS_SCREENSHOTS=<folder> keeps pictures of the reader's page and the editor.
const SHOTS = process.env.WORDPRESS_SCREENSHOTS;
const started = Date.now();
let passed = 0;
let failed = 0;

function check(ok, what, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${what}${ok || !detail ? '' : `\n    ${detail}`}`);
  return ok;
}

async function finish() {
  await shutDown();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`WordPress: ${passed} passed, ${failed} failed (${seconds} s)`);
  process.exit(failed ? 1 : 0);
}

function phpFilesOf(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? phpFilesOf(path) : path.endsWith('.php') ? [path] : [];
  });
}

const which = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
const sbin = (command) => which(command) || [`/usr/sbin/${command}`, `/usr/bin/${command}`].find(existsSync) || '';

// 1. The attribute list and the PHP files.
const fresh = spawnSync('node', ['scripts/gen-wordpress.mjs', '--check'], { encoding: 'utf8' });
check(fresh.status === 0, 'the PHP attribute list is generated from the current sources', fresh.stderr.trim());

// Every string the plugin shows editors has its Czech and Slovak translation.
const sources = [...phpFilesOf(PLUGIN_DIR), join(PLUGIN_DIR, 'blocks/editor.js')].map((file) => readFileSync(file, 'utf8')).join('\n');
const msgids = new Set([...sources.matchAll(/\b(?:__|esc_html__)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'cs-history-elements'/g)].map((match) => match[1].replace(/\\(.)/g, '$1')));
for (const locale of ['cs_CZ', 'sk_SK']) {
  const po = gettextParser.po.parse(readFileSync(join(PLUGIN_DIR, 'languages', `cs-history-elements-${locale}.po`)));
  const missing = [...msgids].filter((msgid) => !po.translations[''][msgid]?.msgstr[0]);
  check(msgids.size > 0 && missing.length === 0, `every one of the plugin's ${msgids.size} strings is translated (${locale})`, missing.join(' | '));
}

const php = which('php');
const mariadbd = sbin('mariadbd');
const installDb = sbin('mariadb-install-db');
const missing = [!php && 'php-cli', !mariadbd && 'mariadb-server-core', !existsSync(`${WORDPRESS}/wp-load.php`) && 'wordpress'].filter(Boolean);
if (missing.length) {
  check(false, 'a WordPress to test in', `missing: ${missing.join(', ')}. Install (Debian, as .ci/run does): apt-get install --no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server-core mariadb-client`);
  await finish();
}

for (const file of [...phpFilesOf(PLUGIN_DIR), ...phpFilesOf('tests/wordpress')]) {
  const lint = spawnSync(php, ['-l', file], { encoding: 'utf8' });
  check(lint.status === 0, `php -l ${file}`, lint.stdout + lint.stderr);
}
if (!check(existsSync(PLUGIN_ZIP), `${PLUGIN_ZIP} exists`, 'run npm run build first')) await finish();

// 2. A private WordPress and database.
const freePort = () => new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => done(port));
  });
});
const work = mkdtempSync(join(tmpdir(), 'cs-history-wp-'));
const socket = join(work, 'db.sock');
const children = [];
// Interrupted, still end the servers (they run in their own process groups) and their folder.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already ended */ }
    }
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Stops the servers this test started, then removes their folder. */
async function shutDown() {
  // Each server is the leader of its own process group (php -S forks its workers): end the group.
  await Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode !== null ? undefined
    : new Promise((done) => {
      child.once('exit', () => {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* the group has ended */ }
        done();
      });
      process.kill(-child.pid, 'SIGTERM');
    }))));
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}

const waitFor = async (what, test, timeoutMs = 30000) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await test()) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** PHP's warnings and notices that come from the plugin (WordPress 6.1's own, on PHP 8, are not ours). */
const pluginWarnings = [];
const site = (...args) => {
  const result = spawnSync(php, [SITE_PHP, join(work, 'wp'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  pluginWarnings.push(...`${result.stderr}\n${result.stdout}`.split('\n').filter((line) => /plugins\/cs-history-elements\//.test(line) && /(Warning|Notice|Deprecated|Fatal|Error)/i.test(line)));
  const line = result.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`site.php ${args[0]} said:\n${result.stdout}\n${result.stderr}`);
  }
};

let browser;
try {
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(installDb, ['--no-defaults', `--datadir=${join(work, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { stdio: 'ignore' });
  const db = spawn(mariadbd, ['--no-defaults', `--datadir=${join(work, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(work, 'db.pid')}`, ...asRoot], { stdio: 'ignore', detached: true });
  children.push(db);
  await waitFor('MariaDB', () => existsSync(socket));

  const port = await freePort();
  const home = `http://127.0.0.1:${port}`;
  cpSync(WORDPRESS, join(work, 'wp'), { recursive: true, dereference: true });
  writeFileSync(join(work, 'wp', 'wp-config.php'), `<?php
// A private test site (scripts/test-wordpress.mjs).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [`${name}_KEY`, `${name}_SALT`])
    .map((name) => `define( '${name}', '${randomBytes(24).toString('hex')}' );`).join('\n')}
define( 'WP_HOME', '${home}' );
define( 'WP_SITEURL', '${home}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
  execFileSync(which('mariadb') || 'mysql', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

  // 3. Install WordPress and the plugin, as a site owner would.
  const installed = site('install');
  check(Boolean(installed.version), `WordPress ${installed.version} installed (theme ${installed.theme})`);
  const plugin = site('plugin', resolve(PLUGIN_ZIP));
  if (!check(plugin.installed === true && plugin.activated, 'the zip installs through WordPress\'s uploader and activates', JSON.stringify(plugin))) await finish();

  // 4. An Author's posts.
  const table = await attributeTable();
  const MAIN = [
    '<!-- wp:paragraph --><p>Shortcodes, raw tags and a block, as an author writes them.</p><!-- /wp:paragraph -->',
    '[cs-timeline from="1938" to="1945" categories="diplomacy military" orientation="horizontal"]',
    '[casualty-chart battle="sokolovo" chart="waffle" show-table]',
    '[treaty-card treaty="1943" lang="cs" compact]',
    '[cs-map year="1944" theme="dark"]',
    '<treaty-card treaty="mutual-assistance-1935" lang="sk" class="wide" onclick="alert(1)"></treaty-card>',
    '<casualty-chart battle="dukla" show-table></casualty-chart>',
    '<!-- wp:cs-history/cs-map {"year":"1943","lang":"cs"} /-->',
    '[casualty-chart battle="stalingrad"]',
    '[treaty-card treaty="1943" colour="red"]',
    '[treaty-card treaty="1944" compact="false"]',
    '[cs-map src="javascript:alert(1)"]',
  ].join('\n\n');
  /** What the page must hold, in order: attributes exactly (kses took `onclick`, the plugin `colour`). */
  const EXPECTED = [
    ['cs-timeline', { from: '1938', to: '1945', categories: 'diplomacy military', orientation: 'horizontal' }],
    ['casualty-chart', { battle: 'sokolovo', chart: 'waffle', 'show-table': '' }],
    ['treaty-card', { treaty: '1943', lang: 'cs', compact: '' }],
    ['cs-map', { year: '1944', theme: 'dark' }],
    ['treaty-card', { treaty: 'mutual-assistance-1935', lang: 'sk', class: 'wide' }],
    ['casualty-chart', { battle: 'dukla', 'show-table': '' }],
    ['cs-map', { year: '1943', lang: 'cs' }],
    ['casualty-chart', { battle: 'stalingrad' }, 'error'],
    ['treaty-card', { treaty: '1943' }],
    ['treaty-card', { treaty: '1944' }],
    ['cs-map', {}],
  ];

  // Good and bad values of every checked attribute: the plugin and the element must agree.
  const probes = [];
  const base = { 'treaty-card': 'treaty="1943" ' };
  const BAD = { enum: ['nonsense'], tokens: ['economy', 'diplomacy economy'], date: ['1938-02-30', '1938-13', '38', 'soon'] };
  for (const [tag, { attributes }] of Object.entries(table)) {
    for (const [name, rule] of Object.entries(attributes)) {
      if (!['enum', 'tokens', 'date'].includes(rule.kind)) continue;
      const good = rule.kind === 'date' ? ['1938', '1938-09', '1938-09-30'] : rule.values;
      const prefix = name === 'treaty' ? '' : base[tag] ?? '';
      for (const value of [...good, ...BAD[rule.kind]]) probes.push({ tag, atts: `${prefix}${name}="${value}"` });
    }
  }
  probes.push({ tag: 'cs-timeline', atts: 'from="1944" to="1939"' }, { tag: 'treaty-card', atts: '' });
  const PROBE_PAGE = probes.map(({ tag, atts }) => `[${tag} ${atts}]`.replace(' ]', ']')).join('\n\n');

  const contentFile = join(work, 'content.json');
  const authorPassword = randomBytes(12).toString('hex');
  writeFileSync(contentFile, JSON.stringify({ author_password: authorPassword, posts: { main: MAIN, onlyTreaty: '[treaty-card treaty="1945"]', plain: '<p>No elements here.</p>', probes: PROBE_PAGE }, probes }));
  const content = site('content', contentFile);
  check(content.unfiltered_html === false && content.role.includes('author'), 'the posts are saved by an Author without unfiltered_html, so kses filters them', JSON.stringify(content.role));
  check(JSON.stringify(content.blocks) === JSON.stringify(Object.keys(table).map((tag) => `cs-history/${tag}`).sort()) || content.blocks.length === 4, 'a block per element is registered', content.blocks.join(', '));
  check(content.shortcodes.length === 4, 'a shortcode per element is registered', content.shortcodes.join(', '));
  const saved = content.posts.main.saved;
  check(saved.includes('<treaty-card treaty="mutual-assistance-1935" lang="sk" class="wide">') && !saved.includes('onclick'), 'kses keeps the Author\'s raw tags and their attributes, and still removes onclick', saved.slice(saved.indexOf('<treaty-card'), saved.indexOf('<treaty-card') + 120));
  check(saved.includes('<casualty-chart battle="dukla" show-table>'), 'a boolean attribute without a value survives kses');
  const notices = (content.posts.main.author.match(/class="cs-history-notice"/g) ?? []).length;
  check(notices === 3 && /battle=“stalingrad”.*sokolovo, kiev, dukla, all/s.test(content.posts.main.author) && /“colour”/.test(content.posts.main.author)
    && /src=“javascript:alert\(1\)” is not valid; src takes an http\(s\) or relative URL/.test(content.posts.main.author),
    'the Author sees a notice for each bad attribute, naming it and what is valid', `${notices} notices`);

  // 5. The pages, as a reader's browser gets them.
  const server = spawn(php, ['-S', `127.0.0.1:${port}`, '-t', join(work, 'wp')], { stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
  children.push(server);
  await waitFor('php -S', () => fetch(`${home}/wp-includes/js/wp-emoji.js`).then((response) => response.ok, () => false));

  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error' && ours(message.location().url)) problems.push(`console: ${message.text()} (${message.location().url})`); });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  // The browser's own request for /favicon.ico is not the page's (the test site has no icon).
  const ours = (url) => !url.endsWith('/favicon.ico');
  page.on('response', (response) => { if (response.status() >= 400 && ours(response.url())) problems.push(`${response.status()} ${response.url()}`); });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));

  const scriptsOf = () => page.evaluate(() => [...document.querySelectorAll('script[src]')]
    .map((script) => ({ src: script.getAttribute('src'), type: script.type, id: script.id }))
    .filter(({ src }) => src.includes('/plugins/cs-history-elements/')));
  const TAGS = 'cs-timeline, casualty-chart, treaty-card, cs-map';
  const READY = { 'cs-timeline': '[part~="event"]', 'casualty-chart': '[part~="mark"]', 'treaty-card': '[part~="title"]', 'cs-map': '[part~="place"]' };
  /** Each element's attributes and what it shows once settled: its picture or its error. */
  const settle = () => page.waitForFunction(([tags, ready]) => [...document.querySelectorAll(tags)].every((element) =>
    element.shadowRoot?.querySelector(`[part~="error"], ${ready[element.localName]}`)), [TAGS, READY], { timeout: 30000 })
    .then(() => page.evaluate(([tags, ready]) => [...document.querySelectorAll(tags)].map((element) => ({
      tag: element.localName,
      // `theme` reflects its default, `auto`: not something the page wrote.
      attributes: Object.fromEntries([...element.attributes].filter((attribute) => attribute.name !== 'theme' || attribute.value !== 'auto')
        .map((attribute) => [attribute.name, attribute.value])),
      shows: element.shadowRoot.querySelector('[part~="error"]') ? 'error' : element.shadowRoot.querySelector(ready[element.localName]) ? 'picture' : 'nothing',
      error: element.shadowRoot.querySelector('[part~="error"]')?.textContent.trim() ?? '',
    })), [TAGS, READY]));

  await page.goto(content.posts.main.url, { waitUntil: 'load' });
  const html = await page.content();
  check(!html.includes('cs-history-notice'), 'readers see no editors\' notice');
  pluginWarnings.push(...html.split('\n').filter((line) => /plugins\/cs-history-elements\/.*on line/.test(line)));
  const scripts = await scriptsOf();
  const entries = scripts.map(({ src }) => /cdn\/([a-z-]+)\.js/.exec(src)?.[1]).sort();
  // WordPress 6.5 prints script modules (id "…-js-module"); before, our filter turns scripts into modules.
  const modules = Number(installed.version.split('.')[0]) * 100 + Number(installed.version.split('.')[1]) >= 605;
  check(JSON.stringify(entries) === JSON.stringify(['casualty-chart', 'cs-map', 'cs-timeline', 'treaty-card'])
    && scripts.every(({ type, id }) => type === 'module' && id.endsWith(modules ? '-js-module' : '-js')),
  `the page loads each element's module script once (${modules ? 'wp_enqueue_script_module' : 'script_loader_tag fallback'})`, JSON.stringify(scripts));
  const shown = await settle();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `wordpress-${installed.version}-page.png`), fullPage: true });
  check(shown.length === EXPECTED.length, `the page has all ${EXPECTED.length} elements`, `${shown.length}: ${shown.map((element) => element.tag).join(', ')}`);
  EXPECTED.forEach(([tag, attributes, shows = 'picture'], index) => {
    const element = shown[index];
    check(element?.tag === tag && JSON.stringify(element.attributes) === JSON.stringify(attributes) && element.shows === shows,
      `<${[tag, ...Object.entries(attributes).map(([name, value]) => (value ? `${name}="${value}"` : name))].join(' ')}> kept and shows its ${shows}`,
      JSON.stringify(element));
  });
  check(/battle/.test(shown[7]?.error ?? '') && /sokolovo/.test(shown[7]?.error ?? ''), 'the bad battle shows the element\'s own message naming it and the valid values', shown[7]?.error);
  check(problems.length === 0, 'no console error, exception or failed request', problems.join('\n    '));

  await page.goto(content.posts.onlyTreaty.url, { waitUntil: 'load' });
  const onlyTreaty = (await scriptsOf()).map(({ src }) => /cdn\/([a-z-]+)\.js/.exec(src)?.[1]);
  check(JSON.stringify(onlyTreaty) === '["treaty-card"]', 'a page with one treaty card loads only that element\'s script', JSON.stringify(onlyTreaty));
  await settle();
  await page.goto(content.posts.plain.url, { waitUntil: 'load' });
  check((await scriptsOf()).length === 0, 'a page without elements loads none of their scripts');

  problems.length = 0;
  await page.goto(content.posts.probes.url, { waitUntil: 'load' });
  const probed = await settle();
  const disagreements = probes.flatMap((probe, index) => {
    const php = content.verdicts[index].length > 0;
    const element = probed[index]?.shows === 'error';
    return php === element ? [] : [`[${probe.tag} ${probe.atts}]: plugin ${php ? 'rejects' : 'accepts'}, element ${element ? 'rejects' : 'accepts'}`];
  });
  check(probed.length === probes.length && disagreements.length === 0,
    `the plugin and the elements agree on ${probes.length} good and bad values`, disagreements.join('\n    '));

  // 5b. The block editor, as the Author: a block, its sidebar controls, its live preview and notice.
  const editor = await browser.newPage();
  const editorProblems = [];
  editor.on('pageerror', (error) => editorProblems.push(`exception: ${error.message}`));
  // Offline, the editor's avatars and welcome images cannot load, and an Author may not read templates:
  // WordPress's own requests. Every other error counts, and every failure of the plugin's files.
  const wordpressOwn = (message) => /^Failed to load resource/.test(message.text()) && !message.location().url.includes('/plugins/cs-history-elements/');
  editor.on('console', (message) => { if (message.type() === 'error' && !wordpressOwn(message)) editorProblems.push(`console: ${message.text()} (${message.location().url})`); });
  await editor.goto(`${home}/wp-login.php`);
  await editor.fill('#user_login', 'author');
  await editor.fill('#user_pass', authorPassword);
  await Promise.all([editor.waitForNavigation(), editor.click('#wp-submit')]);
  await editor.goto(`${home}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await editor.waitForFunction(() => window.wp?.blocks?.getBlockType('cs-history/casualty-chart') && window.wp.data.select('core/block-editor'), null, { timeout: 30000 });
  await editor.evaluate(() => {
    const { wp } = window;
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const block = wp.blocks.createBlock('cs-history/casualty-chart', { battle: 'stalingrad' });
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const canvas = async () => (await editor.$('iframe[name="editor-canvas"]')) ? editor.frameLocator('iframe[name="editor-canvas"]') : editor;
  const preview = (await canvas()).locator('.wp-block-cs-history-casualty-chart');
  await preview.locator('.cs-history-notice').waitFor({ timeout: 30000 });
  const noticeText = await preview.locator('.cs-history-notice').innerText();
  check(/battle=„stalingrad“ není platná hodnota; battle přijímá sokolovo, kiev, dukla, all/.test(noticeText),
    'the block shows the editor a notice naming the bad attribute and its valid values, in the editor\'s language (Czech)', noticeText);
  const battle = editor.getByLabel('battle', { exact: true });
  const options = await battle.locator('option').allTextContents();
  check(options.join(',') === '(výchozí),sokolovo,kiev,dukla,all', 'the sidebar offers the battles the element accepts (in Czech)', options.join(','));
  const controls = Object.keys(table['casualty-chart'].attributes);
  const labelled = await Promise.all(controls.map((label) => editor.getByLabel(label, { exact: true }).count()));
  check(labelled.every((count) => count === 1), 'every attribute of the element has a control in the sidebar', JSON.stringify(Object.fromEntries(controls.map((label, index) => [label, labelled[index]]))));
  await battle.selectOption('dukla');
  await editor.getByLabel('show-table', { exact: true }).check();
  await preview.locator('casualty-chart[battle="dukla"][show-table]').waitFor({ timeout: 30000 });
  const live = await preview.locator('casualty-chart').evaluate((element) => new Promise((done) => {
    const since = Date.now();
    const look = () => (element.shadowRoot?.querySelector('[part~="mark"]') || Date.now() - since > 15000 ? done(Boolean(element.shadowRoot?.querySelector('[part~="mark"]'))) : setTimeout(look, 100));
    look();
  }));
  check(live && (await preview.locator('.cs-history-notice').count()) === 0, 'after choosing a battle in the sidebar, the notice goes and the element draws live in the editor');
  if (SHOTS) await editor.screenshot({ path: join(SHOTS, `wordpress-${installed.version}-editor.png`) });
  const savedBlock = await editor.evaluate(async () => {
    const { wp } = window;
    wp.data.dispatch('core/editor').editPost({ title: 'From the block editor' });
    await wp.data.dispatch('core/editor').savePost();
    return wp.data.select('core/editor').getEditedPostContent();
  });
  check(savedBlock.includes('<!-- wp:cs-history/casualty-chart {"battle":"dukla","showTable":true} /-->'), 'the Author saves the block with its attributes', savedBlock);
  check(editorProblems.length === 0, 'no exception or console error in the editor', editorProblems.join('\n    '));
  await editor.close();

  check(pluginWarnings.length === 0, 'the plugin raises no PHP warning or notice (WP_DEBUG on)', pluginWarnings.join('\n    '));

  // 6. Uninstall.
  await browser.close();
  browser = undefined;
  const removed = site('uninstall');
  check(removed.deleted && !removed.folder && !removed.installed.some((name) => name.startsWith('cs-history-elements/')), 'deleting the plugin removes its folder', JSON.stringify(removed));
  // WordPress itself adds these while the test site shows its theme and posts.
  const added = removed.options.filter((name) => !plugin.options.includes(name) && !/^(theme_mods_|wp_calendar_block_has_published_posts$)/.test(name));
  check(removed.mentions.length === 0 && added.length === 0, 'nothing of the plugin is left in the database', JSON.stringify({ mentions: removed.mentions, added }));
} catch (error) {
  check(false, 'the WordPress test ran to its end', error.stack ?? String(error));
} finally {
  await browser?.close();
}
await finish();
