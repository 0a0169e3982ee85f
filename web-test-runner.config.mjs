import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactPlugin } from './scripts/wtr-react.mjs';
import { forcedColorsPlugin } from './scripts/wtr-commands.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { testApi } from './scripts/test-api.mjs';
import { cspPage } from './scripts/csp-page.mjs';

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
  files: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  middleware: [testApi, cspPage],
  plugins: [
    // React 19 as ES modules, for the React integration test.
    reactPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, tsx: true, jsx: 'automatic', target: 'esnext', tsconfig: './tsconfig.json' }),
  ],
  mimeTypes: { '**/*.json': 'json' },
  browsers: [
    chromeLauncher({
      // Each test file in a browser context of its own, i.e. a window of its own:
      // tabs of one window are hidden, and hidden pages get no frames, so
      // ResizeObserver and requestAnimationFrame would stall side by side.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
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
          // Test files run side by side in tabs: no tab may be throttled as "in the background".
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()],
};
