import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

// The library runs in a Web Worker too: no Node modules or globals may creep in.
const dir = `${ROOT}src/lib/ingest/`;
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
// What the ingest may import besides its own modules: the domain model (checked below), the place
// matcher's one package, the flow vocabulary (src/lib/flows/types.ts, plain declarations), the one CSV reader (src/lib/csv.ts), and the generated gazetteer tables (plain JSON, bundled into the worker).
const allowed = (target: string) =>
  target.startsWith(`${ROOT}src/lib/ingest/`) ||
  target.startsWith(`${ROOT}src/lib/domain/`) ||
  target === `${ROOT}src/lib/flows/types` ||
  target === `${ROOT}src/lib/csv` ||
  /^data\/gazetteer\/[\w.-]+\.json$/.test(relative(ROOT, target));

describe('src/lib/ingest is browser-safe', () => {
  it.each(files)('%s imports nothing from Node and uses no Node globals', (f) => {
    const src = readFileSync(dir + f, 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const i of imports)
      expect(i === 'modern-ahocorasick' || (i.startsWith('.') && allowed(resolve(dirname(dir + f), i))), i).toBe(true);
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
