// Regenerates custom-elements.json into a scratch folder and fails when the
// committed one differs: the manifest editors and Storybook read must match the code.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins --outdir to the working directory: a scratch folder here (git-ignored).
const scratch = '.cem-check';
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', scratch], { stdio: 'pipe' });
  const fresh = readFileSync(join(scratch, 'custom-elements.json'), 'utf8');
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json: fresh');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
