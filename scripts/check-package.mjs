// Checks the npm package as a consumer meets it: publint (exports, files,
// fields), @arethetypeswrong/cli (types resolve for every entry point) and the
// packed file list (the data schemas and their README ship with it).
// Needs `npm run build` first (npm test runs it in the step before).
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync('npx', [command, ...args], { stdio: 'inherit' });
run('publint', ['--strict']);

// ESM-only package: node10 and CommonJS resolution do not apply. attw's table
// prints those accepted resolutions with a skull; the JSON report is read
// instead and only the resolutions that apply are reported.
const APPLY = new Set(['node16-esm', 'bundler']);
const report = JSON.parse(execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim() || '{}');
const problems = Object.values(report.analysis?.problems ?? report.problems ?? {})
  .flat()
  .filter((problem) => !problem.resolutionKind || APPLY.has(problem.resolutionKind));
const entrypoints = Object.keys(report.analysis?.entrypoints ?? {});
if (!entrypoints.length || problems.length) {
  console.error(`attw: ${problems.map((problem) => `${problem.kind} at ${problem.entrypoint} (${problem.resolutionKind})`).join('\n  ') || 'no report'}`);
  process.exit(1);
}
console.log(`attw: types resolve for all ${entrypoints.length} entry points (${entrypoints.join(', ')}) under node16 ESM and bundlers`);

// What npm would publish: the schemas a `src` document is written against, and their guide.
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map((file) => file.path));
const required = ['LICENSE', 'README.md', 'custom-elements.json', 'data/README.md', 'data/schemas/events.schema.json', 'dist/npm/src/vue.d.ts', 'dist/npm/src/svelte.d.ts'];
const missing = required.filter((path) => !files.has(path));
if (missing.length) {
  console.error(`npm pack would leave out: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`npm pack: ${files.size} files, ${[...files].filter((path) => path.startsWith('data/schemas/')).length} data schemas and data/README.md among them`);
