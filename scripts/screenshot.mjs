// Renders one element from src/ in headless Chromium and saves a PNG, to look
// at what a reader sees.
//   node scripts/screenshot.mjs '<cs-timeline lang="cs"></cs-timeline>' out.png [--width 360] [--dark] [--height 900] [--from 0]
// --from Y saves only the viewport's height from Y down (a long phone page, in pieces).
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const [markup, out = 'screenshot.png'] = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !(all[i - 1] ?? '').match(/^--(width|height|from)$/));
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const width = option('width', 1100);
const height = option('height', 900);
const dark = process.argv.includes('--dark');
const tag = /<([a-z]+-[a-z-]+)/.exec(markup)?.[1];

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 8700 + Math.floor(Math.random() * 200),
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' })],
    middleware: [
      (context, next) => {
        if (context.path === '/__shot.html') {
          context.type = 'html';
          context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:16px;font-family:system-ui;background:${dark ? '#111' : '#fff'}}</style>
<script type="module" src="/src/define/${tag}.ts"></script></head><body>${markup}</body></html>`;
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.goto(`http://localhost:${server.config.port}/__shot.html`);
  await page.waitForTimeout(1500);
  const from = option('from', -1);
  await page.screenshot(from >= 0 ? { path: out, fullPage: true, clip: { x: 0, y: from, width, height } } : { path: out, fullPage: true });
  console.log(`saved ${out} (${width}px${dark ? ', dark' : ''})`);
} finally {
  await browser.close();
  await server.stop();
}
