// dist/cs-history-elements-wordpress.zip: the WordPress plugin
// (integrations/wordpress/cs-history-elements) with dist/cdn inside it as
// cdn/, so a site serves the elements itself, and its translations compiled
// from languages/*.po: a .mo for the PHP and, for the block editor's script,
// the JSON that wp_set_script_translations reads. Called by scripts/build.mjs
// after rollup; fflate writes the zip, so no system `zip` is needed.
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PLUGIN_DIR = 'integrations/wordpress/cs-history-elements';
export const PLUGIN_ZIP = 'dist/cs-history-elements-wordpress.zip';

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The editor script's handle (includes/scripts.php): WordPress looks for `<domain>-<locale>-<handle>.json`. */
const EDITOR_HANDLE = 'cs-history-elements-blocks';

/** languages/<domain>-<locale>.po → the .mo and the editor script's JSON, as zip entries. */
function compiledTranslations() {
  const entries = {};
  const dir = join(PLUGIN_DIR, 'languages');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.po'))) {
    const po = gettextParser.po.parse(readFileSync(join(dir, file)));
    const base = file.replace(/\.po$/, '');
    entries[`languages/${base}.mo`] = gettextParser.mo.compile(po);
    const messages = { '': { domain: 'messages', lang: po.headers.Language, plural_forms: po.headers['Plural-Forms'] } };
    for (const message of Object.values(po.translations[''])) {
      if (message.msgid && message.comments?.reference?.includes('blocks/editor.js')) messages[message.msgid] = message.msgstr;
    }
    entries[`languages/${base}-${EDITOR_HANDLE}.json`] = Buffer.from(JSON.stringify({ domain: 'messages', locale_data: { messages } }));
  }
  return entries;
}

export function buildWordPressZip() {
  const entries = {};
  // A cdn/ left in the plugin folder by hand would be stale: dist/cdn is the one.
  for (const file of filesUnder(PLUGIN_DIR).filter((path) => !relative(PLUGIN_DIR, path).startsWith('cdn/'))) {
    entries[`cs-history-elements/${relative(PLUGIN_DIR, file)}`] = readFileSync(file);
  }
  for (const [path, bytes] of Object.entries(compiledTranslations())) entries[`cs-history-elements/${path}`] = bytes;
  for (const file of filesUnder('dist/cdn')) {
    entries[`cs-history-elements/cdn/${relative('dist/cdn', file)}`] = readFileSync(file);
  }
  // A fixed date keeps the zip the same for the same files.
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(PLUGIN_ZIP, zip);
  return { files: Object.keys(entries).length, bytes: zip.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, bytes } = buildWordPressZip();
  console.log(`${PLUGIN_ZIP}: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
}
