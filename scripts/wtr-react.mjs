// Serves React 19 to the browser tests as ES modules. React ships CommonJS
// only; esbuild bundles react, react-dom/client and the JSX runtime into one
// module (one copy of React), and tiny shims give each import its named exports.
import { build } from 'esbuild';

const SHIMS = {
  react: `import { React } from '/__react/all.js'; export default React;
export const { act, Children, Component, Fragment, StrictMode, createElement, createRef, useEffect, useLayoutEffect, useRef, useState } = React;`,
  'react-dom/client': `import { ReactDOMClient } from '/__react/all.js'; export default ReactDOMClient; export const { createRoot, hydrateRoot } = ReactDOMClient;`,
  'react/jsx-runtime': `import { JSXRuntime } from '/__react/all.js'; export const { jsx, jsxs, Fragment } = JSXRuntime;`,
  'react/jsx-dev-runtime': `import { JSXDevRuntime } from '/__react/all.js'; export const { jsxDEV, Fragment } = JSXDevRuntime;`,
};

let bundle;
async function bundled() {
  bundle ??= build({
    stdin: {
      contents: `import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client';
import * as JSXRuntime from 'react/jsx-runtime'; import * as JSXDevRuntime from 'react/jsx-dev-runtime';
export { React, ReactDOMClient, JSXRuntime, JSXDevRuntime };`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export function reactPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in SHIMS) return `/__react/${encodeURIComponent(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (context.path === '/__react/all.js') return { body: await bundled(), type: 'js' };
      const match = /^\/__react\/(.+)\.js$/.exec(context.path);
      const name = match && decodeURIComponent(match[1]);
      if (name && name in SHIMS) return { body: SHIMS[name], type: 'js' };
      return undefined;
    },
  };
}
