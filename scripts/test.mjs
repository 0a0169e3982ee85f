// `npm test`: every check, in order, stopping at the first failure.
// The browser tests' reporter prints "N passed, N failed" as the last line;
// when an earlier step fails, this prints that line itself.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const steps = [
  ['generated validators are fresh', 'node', ['scripts/gen-validators.mjs', '--check']],
  ['generated per-language data is fresh', 'node', ['scripts/gen-data.mjs', '--check']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['data schemas', 'node', ['scripts/validate-data.mjs']],
  ['basemap fresh and within 30 KB gzip', 'node', ['scripts/build-basemap.mjs', '--check']],
  ['translations', 'node', ['scripts/xliff.mjs', 'check']],
  ['manifest freshness', 'node', ['scripts/check-manifest.mjs']],
  ['manifest completeness', 'node', ['scripts/check-manifest-complete.mjs']],
  ['build and size budgets', 'node', ['scripts/build.mjs', '--budgets']],
  ['package exports (publint, attw)', 'node', ['scripts/check-package.mjs']],
  // Node's own test runner, against the build above: server rendering (ssr.js, the prerender
  // command, the examples) and the sanitize-html recipe.
  ['node tests (server rendering, sanitize-html)', 'node', ['--test', '--test-reporter=dot', ...readdirSync('tests/node').filter((file) => file.endsWith('.test.mjs')).map((file) => `tests/node/${file}`)]],
  ['Vue and Svelte typings reject wrong props (vue-tsc, svelte-check)', 'node', ['scripts/test-framework-types.mjs']],
  ['Storybook: every story and Docs page in Chromium', 'node', ['scripts/test-storybook.mjs']],
  ['WordPress plugin in a real WordPress', 'node', ['scripts/test-wordpress.mjs']],
  ['browser tests', 'npx', ['wtr']],
];

const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false' } });
  if (result.status !== 0) {
    console.error(`\n✖ npm test stopped: "${name}" failed.`);
    if (name !== 'browser tests') console.log('0 passed, 1 failed');
    process.exit(result.status || 1);
  }
}
