// Checks the npm package as a consumer meets it: publint (exports, files,
// fields) and @arethetypeswrong/cli (types resolve for every entry point).
// Needs `npm run build` first (npm test runs it in the step before).
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync('npx', [command, ...args], { stdio: 'inherit' });
run('publint', ['--strict']);
// ESM-only package: node10 and CommonJS resolution do not apply.
run('attw', ['--pack', '.', '--profile', 'esm-only']);
