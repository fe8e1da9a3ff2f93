import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Stable JSON: features keep their order, object keys as built (the steps build them in a fixed order). */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Writes every file to a temporary name first and renames only when all were written, so a failed
 * build never leaves a half-written or mixed set of outputs.
 */
export function writeAllAtomic(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      writeFileSync(tmp, text);
      temps.push([tmp, join(dir, name)]);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, final] of temps) renameSync(tmp, final);
}
