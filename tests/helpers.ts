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

/**
 * `count` events spread at random over 1918–1948 by a seeded generator (like
 * the benchmark's), the same on every run; `make` shapes each event from its
 * index, ISO date and category (the four categories in turn).
 */
export function seededEvents<Event>(count: number, seed: number, make: (index: number, date: string, category: string) => Event): { events: Event[] } {
  const categories = ['diplomacy', 'military', 'politics', 'repression'];
  const start = Date.UTC(1918, 0, 1);
  const days = Math.floor((Date.UTC(1948, 11, 31) - start) / 86_400_000);
  const events = Array.from({ length: count }, (_, index) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const date = new Date(start + Math.floor((seed / 2147483648) * days) * 86_400_000).toISOString().slice(0, 10);
    return make(index, date, categories[index % 4]);
  });
  return { events };
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
