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
