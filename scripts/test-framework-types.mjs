// Consumer tests of the framework typings, run as an app's own checker runs
// them: vue-tsc on tests/types/vue, svelte-check on tests/types/svelte. Each
// folder has a Good file (every attribute and event used correctly: no error
// allowed) and a Bad file whose every element line misuses one prop: each of
// those lines must be reported, or the typings let a wrong prop through.
// (React's typings are checked by the main typecheck: tests/types/react-props.tsx.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TAG = /<(cs-timeline|casualty-chart|treaty-card|cs-map)\b/;

/** 1-based lines of a file that open one of our elements. */
const elementLines = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) => (TAG.test(line) && !line.includes('<!--') ? [index + 1] : []));

const checkers = [
  {
    name: 'Vue (vue-tsc)',
    dir: 'tests/types/vue',
    bad: 'Bad.vue',
    command: ['vue-tsc', '--noEmit', '-p', 'tests/types/vue/tsconfig.json'],
    // Bad.vue(7,16): error TS2322: …
    errors: (output) => [...output.matchAll(/^(?:.*\/)?(\w+\.vue)\((\d+),\d+\): error (.*)$/gm)].map((match) => ({ file: match[1], line: Number(match[2]), text: match[3] })),
  },
  {
    name: 'Svelte (svelte-check)',
    dir: 'tests/types/svelte',
    bad: 'Bad.svelte',
    command: ['svelte-check', '--workspace', resolve('tests/types/svelte'), '--tsconfig', resolve('tests/types/svelte/tsconfig.json'), '--output', 'machine', '--threshold', 'error'],
    // 1796… ERROR "Bad.svelte" 6:14 "…"
    errors: (output) => [...output.matchAll(/ ERROR "(?:.*\/)?([^"]+)" (\d+):\d+ (.*)$/gm)].map((match) => ({ file: match[1], line: Number(match[2]), text: match[3] })),
  },
];

let failed = false;
for (const checker of checkers) {
  const run = spawnSync('npx', checker.command, { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const errors = checker.errors(output);
  const expected = elementLines(`${checker.dir}/${checker.bad}`);
  const wrong = errors.filter((error) => error.file !== checker.bad);
  const missed = expected.filter((line) => !errors.some((error) => error.file === checker.bad && error.line === line));
  if (wrong.length || missed.length || !expected.length) {
    failed = true;
    console.error(`✗ ${checker.name}`);
    for (const error of wrong) console.error(`    correct use rejected: ${error.file}:${error.line} ${error.text}`);
    for (const line of missed) console.error(`    wrong prop accepted: ${checker.bad}:${line}`);
    if (!errors.length) console.error(output.trim().split('\n').slice(-15).join('\n'));
  } else {
    console.log(`✓ ${checker.name}: correct props accepted, ${expected.length} of ${expected.length} wrong props rejected`);
  }
}
process.exit(failed ? 1 : 0);
