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
    // The domain model (src/lib/domain, checked below) is the one other place its types come from.
    for (const i of imports) expect(i === 'modern-ahocorasick' || i.startsWith('./') || i.startsWith('../domain/'), i).toBe(true);
    expect(src).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
  });
});

const domain = `${ROOT}src/lib/domain/`;
describe('src/lib/domain is browser-safe', () => {
  it.each(readdirSync(domain).filter((f) => f.endsWith('.ts')))('%s imports nothing from Node and uses no Node globals', (f) => {
    const src = readFileSync(domain + f, 'utf8');
    for (const [, i] of src.matchAll(/from\s+'([^']+)'/g))
      expect(!i.startsWith('node:') && !/^(fs|path|os|url)$/.test(i), i).toBe(true);
    expect(src).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
  });
});
