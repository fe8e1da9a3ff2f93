import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

// The library runs in a Web Worker too: no Node modules or globals may creep in.
const dir = `${ROOT}src/lib/ingest/`;
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/lib/ingest is browser-safe', () => {
  it.each(files)('%s imports nothing from Node and uses no Node globals', (f) => {
    const src = readFileSync(dir + f, 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const i of imports) expect(i === 'modern-ahocorasick' || i.startsWith('./')).toBe(true);
    expect(src).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
  });
});
