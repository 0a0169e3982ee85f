// Two builds from src/:
//  - dist/cdn: self-contained, minified ES modules for <script type="module">
//    (lit, d3 and the default data inside; lazy chunks beside them);
//  - dist/npm: ES modules + .d.ts per source file, lit / d3 / @lit/localize external.
//
// Each single-element entry (dist/cdn/<tag>.js) is a build of its own, so it
// holds every static import and the English data its first picture needs:
// a page draws after one script request. Built together, the entries would
// share chunks that a page discovers only once the entry has arrived — a
// second round trip on a phone (and a third for the data). What a first
// picture does not need stays a lazy chunk: other languages, detail texts,
// zoom gestures, the user-data validator, the basemap. A page that loads two
// of these files loads lit twice (harmless: each file defines its own tags
// once); a page with several elements loads cs-history.js.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';

const elements = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

/**
 * The CDN builds: each element alone, then all four (cs-history.js) with the
 * iframe embed, which imports cs-history.js rather than a chunk of it.
 */
const cdnInputs = [
  ...elements.map((tag) => ({ [tag]: `src/define/${tag}.ts` })),
  { 'cs-history': 'src/index.ts', embed: 'src/embed/embed.ts', 'embed-host': 'src/embed/host.ts' },
];

/**
 * V8's explicit compile hint: compile every function of the chunk while the
 * script loads (off the main thread when the module is streamed) instead of
 * lazily on its first call, which the first render would otherwise wait for.
 * Other engines read it as a comment. After terser, which drops comments.
 */
const compileHints = () => ({
  name: 'compile-hints',
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
});

const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
const external = Object.keys(pkg.dependencies);
const isExternal = (id) => id.startsWith('node:') || external.some((name) => id === name || id.startsWith(`${name}/`));

const cdnBuild = (input) => ({
  input,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true }),
    // Types are checked once, by `npm run typecheck` and the npm build; five CDN builds need only the JavaScript.
    typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, sourceMap: false, outDir: 'dist/cdn', noCheck: true }),
    // Whitespace and comments inside html`` and css`` templates.
    minifyHTML(),
    // Three passes and getters read as pure (none of ours or our libraries' has an effect): 0.1–0.3 KB gzip less per entry.
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
    compileHints(),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // UI strings get a prefix of their own: `cs-…` would read like an element. So do the user-document
    // readers (src/data/user/, loaded only with user data), whatever module rollup names their chunks after.
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.includes('/generated/locales/')
        ? 'strings.[name]-[hash].js'
        : chunk.moduleIds.some((id) => id.includes('/src/data/user/')) && chunk.moduleIds.every((id) => id.includes('/src/data/user/') || id.includes('/node_modules/d3-dsv/'))
          ? 'user-[name]-[hash].js'
          : '[name]-[hash].js',
  },
  preserveEntrySignatures: 'allow-extension',
});

export default [
  ...cdnInputs.map(cdnBuild),
  {
    input: {
      'src/index': 'src/index.ts',
      'src/react': 'src/react.ts',
      'src/vue': 'src/vue.ts',
      'src/svelte': 'src/svelte.ts',
      // Node only (server rendering) and plain data (sanitizer configs): in the npm build, never in dist/cdn.
      'src/ssr': 'src/ssr.ts',
      'src/sanitize': 'src/sanitize.ts',
      ...Object.fromEntries(elements.map((tag) => [`src/define/${tag}`, `src/define/${tag}.ts`])),
    },
    external: isExternal,
    plugins: [
      nodeResolve({ browser: true }),
      json({ preferConst: true }),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: true, declarationDir: 'dist/npm', outDir: 'dist/npm', sourceMap: false }),
      // As in dist/cdn: Lit's hydration compares each template's strings with the server's, so a
      // page pre-rendered by dist/npm's ssr.js must have been drawn from the same templates as the
      // browser's copy (dist/cdn or dist/npm).
      minifyHTML(),
    ],
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      entryFileNames: (chunk) => (chunk.name.includes('node_modules') ? 'vendor/[name].js' : '[name].js'),
    },
  },
];
