export default {
  // The element classes and the base they inherit from: the public API, not every helper.
  globs: [...['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'].map((tag) => `src/elements/${tag}/${tag}.ts`), 'src/core/base-element.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's customElements field (the freshness check analyzes into a scratch folder).
  packagejson: false,
  plugins: [
    {
      // `dispatchEvent(new CsSelectEvent(id))` makes the analyzer guess an event named
      // after the constructor's argument; our events are the documented cs-* ones.
      name: 'cs-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('cs-'));
          }
        }
      },
    },
  ],
};
