// Browser-test commands that @web/test-runner-commands lacks for the Chrome launcher.
//   executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures does not accept forced-colors; the protocol does.
      const page = session.browser.getPage(session.id);
      // Emulation lasts as long as the protocol session: keep one per page.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.value === 'active' ? 'active' : 'none' }] });
      return true;
    },
  };
}

//   executeServerCommand('print-pdf-text', { path: '/gallery/print.html' })
//   → { text } : the text of the PDF Chromium prints from that page, once on A4 and once on Letter
//   (pdftotext, from poppler-utils), or { error }.
export function printPdfPlugin() {
  return {
    name: 'print-pdf-text',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf-text') return undefined;
      const { execFileSync } = await import('node:child_process');
      const { mkdtempSync, writeFileSync, rmSync, existsSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const page = session.browser.getPage(session.id);
      const printPage = await page.browserContext().newPage();
      const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
      try {
        if (!existsSync('dist/cdn/cs-history.js')) return { error: 'dist/cdn/cs-history.js is missing: the print page loads the build (npm run build; npm test builds first).' };
        await printPage.setViewport({ width: 1000, height: 800 });
        await printPage.goto(new URL(payload.path, page.url()).href, { waitUntil: 'load' });
        await printPage.waitForFunction(() => window.printReady === true, { timeout: 15000 });
        const texts = [];
        for (const format of ['A4', 'Letter']) {
          const file = join(dir, `${format}.pdf`);
          writeFileSync(file, await printPage.pdf({ format }));
          texts.push(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
        }
        // Both papers must hold everything: the text of each, one after the other, is checked by the test.
        return texts[0] === '' || texts[1] === '' ? { error: 'a PDF had no text' } : { text: texts[0], letter: texts[1] };
      } catch (error) {
        return { error: String(error?.message ?? error) };
      } finally {
        await printPage.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
