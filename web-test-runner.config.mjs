import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactPlugin } from './scripts/wtr-react.mjs';
import { forcedColorsPlugin, printPdfPlugin } from './scripts/wtr-commands.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { withoutExpectedNoise } from './scripts/quiet-reporter.mjs';
import { testApi } from './scripts/test-api.mjs';
import { cspPage } from './scripts/csp-page.mjs';
import { ssrPage } from './scripts/ssr-page.mjs';

export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  middleware: [testApi, cspPage, ssrPage],
  plugins: [
    // React 19 as ES modules, for the React integration test.
    reactPlugin(),
    forcedColorsPlugin(),
    printPdfPlugin(),
    esbuildPlugin({ ts: true, tsx: true, jsx: 'automatic', target: 'esnext', tsconfig: './tsconfig.json' }),
  ],
  mimeTypes: { '**/*.json': 'json' },
  // Lit announces its development build in every test file; the tests run it on purpose (its extra checks).
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
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
          ...CHROME_ARGS,
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
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : withoutExpectedNoise(defaultReporter()), countReporter()],
};
