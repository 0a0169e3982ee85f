/** Shared by the browser tests. */

/** Runs `body` with console.warn captured (an element warns once per error it shows, by design). */
export async function withWarnings(body: (warnings: unknown[][]) => Promise<void>): Promise<void> {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await body(warnings);
  } finally {
    console.warn = warn;
  }
}
