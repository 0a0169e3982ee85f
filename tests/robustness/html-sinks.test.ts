// No text is ever parsed as HTML or run as code: the sources under src/ use no
// HTML sink (unsafeHTML, innerHTML =, insertAdjacentHTML, …) and no eval. The
// scan runs on the test server (scripts/csp-page.mjs, /csp/html-sinks.json).
import { expect } from '@open-wc/testing';

interface Scan {
  dir: string;
  scanned: number;
  findings: { file: string; line: number; sink: string; text: string }[];
}

async function scan(dir: string): Promise<Scan> {
  const response = await fetch(`/csp/html-sinks.json?dir=${encodeURIComponent(dir)}`);
  expect(response.ok, `scan of ${dir}`).to.equal(true);
  return (await response.json()) as Scan;
}

describe('no HTML sinks in src/', () => {
  it('src/ has no unsafeHTML, innerHTML =, insertAdjacentHTML, document.write, eval, new Function …', async () => {
    const result = await scan('src');
    expect(result.scanned, 'files scanned').to.be.greaterThan(30);
    const findings = result.findings.map(({ file, line, sink, text }) => `${file}:${line} ${sink}: ${text}`);
    expect(findings.join('\n'), 'HTML sinks').to.equal('');
  });

  it('the scan finds each kind of sink (control)', async () => {
    const result = await scan('tests/fixtures/robustness/sinks');
    const kinds = new Set(result.findings.map((finding) => finding.sink));
    for (const kind of [
      'unsafeHTML / unsafeSVG / unsafeMathML',
      'innerHTML / outerHTML assignment',
      'insertAdjacentHTML',
      'createContextualFragment',
      'document.write',
      'DOMParser',
      'srcdoc',
      'd3 selection.html()',
      'eval',
      'new Function',
      'string timer',
    ]) {
      expect(kinds, kind).to.include(kind);
    }
    expect(result.findings).to.have.length(12);
  });

  it('scans only the folders it is meant to', async () => {
    const response = await fetch('/csp/html-sinks.json?dir=..');
    expect(response.status).to.equal(400);
  });
});
