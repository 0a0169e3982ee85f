// dist/cs-history-elements-wordpress.zip: the WordPress plugin
// (integrations/wordpress/cs-history-elements) with dist/cdn inside it as
// cdn/, so a site serves the elements itself. Called by scripts/build.mjs
// after rollup; fflate writes the zip, so no system `zip` is needed.
import { zipSync } from 'fflate';
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

export function buildWordPressZip() {
  const entries = {};
  // A cdn/ left in the plugin folder by hand would be stale: dist/cdn is the one.
  for (const file of filesUnder(PLUGIN_DIR).filter((path) => !relative(PLUGIN_DIR, path).startsWith('cdn/'))) {
    entries[`cs-history-elements/${relative(PLUGIN_DIR, file)}`] = readFileSync(file);
  }
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
