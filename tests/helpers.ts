/** Shared by the browser tests. */

/** Runs `body` with console.warn captured (an element warns once per error it shows, by design). */
export async function withWarnings<T>(body: (warnings: unknown[][]) => Promise<T>): Promise<T> {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return await body(warnings);
  } finally {
    console.warn = warn;
  }
}

/**
 * For a whole `describe`: console.warn captured from each test's start to its
 * end, into the returned list (emptied before each test).
 */
export function warningsPerTest(): unknown[][] {
  const warnings: unknown[][] = [];
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });
  return warnings;
}

interface AxeResults {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}

/**
 * The axe rules `root` violates (with every rule of `extra` on as well, e.g. the experimental
 * `label-content-name-mismatch`), as "rule: target" strings a test compares: a whole page of
 * elements is checked at once, so rules about the page (unique landmarks) are seen too.
 */
export async function axeViolations(root: Element, extra: string[] = []): Promise<string[]> {
  const win = window as unknown as { axe?: { run(context: Element, options: object): Promise<AxeResults> } };
  // @ts-expect-error axe-core's browser build registers window.axe and has no module types
  if (!win.axe) await import('axe-core/axe.min.js');
  const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
  const results = await win.axe!.run(root, { rules });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
}
