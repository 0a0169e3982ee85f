// custom-elements.json: what editors, Storybook's Docs pages and framework
// typings read. The JSDoc of each element class (and of CsElement, for what
// every element inherits) is the source; the plugin below only turns it into
// the manifest's schema where the analyzer does not.
import { readFileSync } from 'node:fs';

const TAGS = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'];
const globs = [...TAGS.map((tag) => `src/elements/${tag}/${tag}.ts`), 'src/core/base-element.ts'];

/**
 * Aliases of string unions in the analyzed files (`type Theme = 'light' | 'dark' | 'auto'`):
 * an editor or a Docs page shows the values, which the alias's name alone does not tell.
 */
const unionAliases = new Map(
  globs.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/^export type (\w+) = ((?:'[^']*'\s*\|\s*)+'[^']*');/gm)].map((match) => [match[1], match[2]]),
  ),
);
const expand = (type) => {
  if (type?.text && unionAliases.has(type.text)) type.text = unionAliases.get(type.text);
};

/** A default worth showing: a literal, not the source code of an initializer (`new DataController(…)`). */
const isLiteral = (text) => text.length <= 60 && /^(['"`][^'"`]*['"`]|-?\d[\d_.]*|true|false|null|undefined|\[\])$/.test(text);

export default {
  // The element classes and the base they inherit from: the public API, not every helper.
  globs,
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's customElements field (the freshness check analyzes into a scratch folder).
  packagejson: false,
  plugins: [
    {
      name: 'cs-manifest',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // `dispatchEvent(new CsSelectEvent(id))` makes the analyzer guess an event named
            // after the constructor's argument; our events are the documented cs-* ones.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('cs-'));
            // `@cssprop {<color>} [--x=…]`: the braces hold the CSS syntax (as in `@property`),
            // which the schema calls `syntax`, not a TypeScript type.
            for (const property of declaration.cssProperties ?? []) {
              if (property.type?.text) property.syntax = property.type.text;
              delete property.type;
            }
            for (const member of declaration.members ?? []) {
              expand(member.type);
              if (member.default !== undefined && !isLiteral(member.default)) delete member.default;
            }
            for (const attribute of declaration.attributes ?? []) {
              expand(attribute.type);
              if (attribute.default !== undefined && !isLiteral(attribute.default)) delete attribute.default;
            }
          }
        }
      },
    },
  ],
};
