import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { testApi } from './scripts/test-api.mjs';

/** Chrome or Chromium: CHROME_PATH, else the usual install locations. */
function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chrome or Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  }
  return found;
}

export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  middleware: [testApi],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  mimeTypes: { '**/*.json': 'json' },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()],
};
