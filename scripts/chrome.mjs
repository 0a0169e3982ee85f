// The one place that knows how to find and start Chrome for tests, screenshots and the benchmark.
import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium quiet on a closed network (and in containers). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Chrome or Chromium: CHROME_PATH, else the usual install locations. */
export function findChrome() {
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
