import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

/**
 * The one way a test says it needs something absent from a fresh clone (../shared beside the
 * checkout, the geo build's output): a block that runs when every path exists, and otherwise one
 * skipped test whose name says what is missing, plus a warning in the log. The block's body is not
 * even called when something is missing (unlike `describe.skipIf`, whose body Vitest still runs to
 * collect the tests), so it may read the files at the top level freely.
 */
export function describeNeeding(needs: Record<string, string>, name: string, body: () => void): void {
  const missing = Object.entries(needs).filter(([, path]) => !existsSync(path));
  if (!missing.length) {
    describe(name, body);
    return;
  }
  const why = missing.map(([what, path]) => `${what} is not at ${path}`).join('; ');
  console.warn(`\n*** SKIPPED "${name}": ${why} ***\n`);
  describe(name, () => it.skip(`SKIPPED: ${why}`, () => {}));
}
