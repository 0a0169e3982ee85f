// Test-only routes of the browser-test server for strict pages (issue 9):
//
//   /csp/page.html?el=<tag>[&el=<tag>…][&<attribute>=<value>…][&script=/dist/cdn/<file>.js…][&control=<kind>][&policy=none]
//       A page served with the strict Content-Security-Policy below. It loads
//       /csp/helper.js (a classic external script that records violations and
//       errors into `window.__csp`) and the library as external module scripts
//       only (default: /dist/cdn/cs-history.js; `script` may name other files of
//       dist/cdn, with a query string or under /csp/copy, to load two copies). Every other
//       parameter becomes an attribute of every element. `control` adds a
//       deliberate violation, so a test can show that violations are caught:
//       `inline-style` (a style attribute), `inline-script` (an inline
//       <script>), `trusted-types` (an innerHTML assignment of a string).
//   /csp/embed.html?el=<tag>&<attribute>=<value>…
//       dist/embed.html (the iframe embed) under the same policy, with the recorder.
//   /csp/helper.js
//       The recorder the page loads.
//   /csp/copy/dist/cdn/<file>
//       dist/cdn/<file> under a second URL: a page that loads a bundle from
//       here and from /dist/cdn has two full copies (every chunk twice).
//   /csp/html-sinks.json[?dir=<src | tests/fixtures/robustness/sinks>]
//       Scans the sources for ways of parsing text as HTML or code
//       (unsafeHTML, innerHTML =, eval, …) and lists each finding as file:line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const ROOT = resolve('.');
const TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const SCRIPT = /^(?:\/csp\/copy)?\/dist\/cdn\/[a-z0-9-]+\.js(?:\?[a-z0-9=&.-]*)?$/;
const RESERVED = new Set(['el', 'script', 'control', 'policy']);

/** Text for HTML: the page builds its markup from the query string, so every value is escaped. */
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(params) {
  const tags = params.getAll('el').filter((tag) => TAG.test(tag));
  const scripts = params.getAll('script').filter((src) => SCRIPT.test(src));
  if (!scripts.length) scripts.push('/dist/cdn/cs-history.js');
  const attributes = [...params]
    .filter(([name]) => !RESERVED.has(name) && ATTRIBUTE.test(name))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const control = params.get('control');
  const body = tags.map((tag) => `    <${tag}${attributes}></${tag}>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Strict page: ${escapeHtml(tags.join(', '))}</title>
    <script src="/csp/helper.js${control === 'trusted-types' ? '?control=trusted-types' : ''}"></script>
${scripts.map((src) => `    <script type="module" src="${escapeHtml(src)}"></script>`).join('\n')}
  </head>
  <body>
${body}
${control === 'inline-style' ? '    <p style="color: red">inline style</p>\n' : ''}${control === 'inline-script' ? '    <script>window.__inlineRan = true;</script>\n' : ''}  </body>
</html>
`;
}

// Runs before any module script: classic scripts in <head> execute in order.
const HELPER = `(() => {
  const record = (window.__csp = { violations: [], errors: [], warnings: [] });
  // Where the violation happened: the element (inside its shadow root) and the host it belongs to.
  const describe = (node) => {
    if (!node || !node.localName) return '';
    const part = node.getAttribute('part');
    const className = node.getAttribute('class');
    return '<' + node.localName + (part ? ' part="' + part + '"' : '') + (className ? ' class="' + className + '"' : '') + '>';
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    const target = event.composedPath()[0];
    const root = target && target.getRootNode && target.getRootNode();
    record.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber,
      element: describe(target),
      host: root && root.host ? root.host.localName : '',
    });
  }, true);
  window.addEventListener('error', (event) => {
    record.errors.push(String((event.error && event.error.stack) || event.message));
  });
  // A script that did not load (its error event does not bubble: caught on the way down).
  document.addEventListener('error', (event) => {
    const target = event.target;
    if (target && target.localName === 'script') record.errors.push('failed to load ' + target.src);
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    record.errors.push('unhandled rejection: ' + String((reason && reason.stack) || reason));
  });
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    record.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
})();
`;

const TRUSTED_TYPES_CONTROL = `
document.addEventListener('DOMContentLoaded', () => {
  try {
    document.body.insertAdjacentElement('beforeend', document.createElement('div')).innerHTML = '<b>parsed</b>';
  } catch (error) {
    window.__csp.errors.push('trusted-types control: ' + error.name);
  }
});
`;

/** Patterns that parse a string as HTML or as code. */
export const HTML_SINKS = [
  ['unsafeHTML / unsafeSVG / unsafeMathML', /\bunsafe(?:HTML|SVG|MathML|Static)\b/],
  ['innerHTML / outerHTML assignment', /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['d3 selection.html()', /\.html\s*\(/],
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];

const SCANNABLE = /\.(?:[cm]?[jt]s|html)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SCANNABLE.test(name) ? [path] : [];
  });
}

/** Each line of each source file under `dir` that matches a sink (comment lines skipped). */
export function scanHtmlSinks(dir) {
  const files = walk(resolve(ROOT, dir));
  const findings = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
      for (const [name, pattern] of HTML_SINKS) {
        if (pattern.test(line)) findings.push({ file: relative(ROOT, file), line: index + 1, sink: name, text: code.slice(0, 200) });
      }
    });
  }
  return { dir, scanned: files.length, findings };
}

const SCAN_DIRS = new Set(['src', 'tests/fixtures/robustness/sinks']);

export async function cspPage(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/csp/')) return next();
  if (url.pathname === '/csp/page.html') {
    // `policy=none`: the same page without the policy, for tests about something else (sharing a page).
    if (url.searchParams.get('policy') !== 'none') context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
    context.type = 'text/html; charset=utf-8';
    context.body = page(url.searchParams);
    return undefined;
  }
  if (url.pathname === '/csp/embed.html') {
    // dist/embed.html as built, under the strict policy, with the recorder in front of its scripts.
    let html;
    try {
      html = readFileSync(resolve(ROOT, 'dist/embed.html'), 'utf8');
    } catch {
      context.status = 404;
      context.body = 'dist/embed.html is missing: run `npm run build`';
      return undefined;
    }
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
    context.type = 'text/html; charset=utf-8';
    context.body = html.replace(/<head>/i, '<head>\n    <base href="/dist/" />\n    <script src="/csp/helper.js"></script>');
    return undefined;
  }
  if (url.pathname.startsWith('/csp/copy/dist/cdn/')) {
    context.url = `${url.pathname.slice('/csp/copy'.length)}${url.search}`;
    return next();
  }
  if (url.pathname === '/csp/helper.js') {
    context.type = 'text/javascript; charset=utf-8';
    context.body = HELPER + (url.searchParams.get('control') === 'trusted-types' ? TRUSTED_TYPES_CONTROL : '');
    return undefined;
  }
  if (url.pathname === '/csp/html-sinks.json') {
    const dir = url.searchParams.get('dir') ?? 'src';
    if (!SCAN_DIRS.has(dir)) {
      context.status = 400;
      context.body = { error: `dir must be one of ${[...SCAN_DIRS].join(', ')}` };
      return undefined;
    }
    context.type = 'application/json';
    context.body = JSON.stringify(scanHtmlSinks(dir));
    return undefined;
  }
  return next();
}
