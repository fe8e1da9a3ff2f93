import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares a step's output with tests/fixtures/<step>/out/<name>.json; UPDATE_GOLDEN=1 rewrites it. */
export function golden(step: string, name: string, actual: unknown): void {
  const path = `tests/fixtures/${step}/out/${name}.json`;
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (!process.env.UPDATE_GOLDEN) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 to write it, then review it`);
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}

export function fixture<T>(step: string, name: string): T {
  return JSON.parse(readFileSync(`tests/fixtures/${step}/in/${name}.json`, 'utf8')) as T;
}
