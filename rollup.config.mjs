// Two builds from src/:
//  - dist/cdn: self-contained, minified ES modules for <script type="module">
//    (lit, d3 and the default data inside; shared and lazy chunks beside them);
//  - dist/npm: ES modules + .d.ts per source file, lit / d3 / @lit/localize external.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';

const elements = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

const cdnInput = {
  'cs-history': 'src/index.ts',
  embed: 'src/embed/embed.ts',
  'embed-host': 'src/embed/host.ts',
  ...Object.fromEntries(elements.map((tag) => [tag, `src/define/${tag}.ts`])),
};

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

export default [
  {
    input: cdnInput,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true }),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, sourceMap: false, outDir: 'dist/cdn' }),
      // Whitespace and comments inside html`` and css`` templates.
      minifyHTML(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
      compileHints(),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // UI strings get a prefix of their own: `cs-…` would read like an element.
      chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/generated/locales/') ? 'strings.[name]-[hash].js' : '[name]-[hash].js'),
    },
    preserveEntrySignatures: 'allow-extension',
  },
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
