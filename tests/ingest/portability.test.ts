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
    // Generated data tables (data/gazetteer/*.json) are plain JSON, bundled into the worker.
    const data = (i: string) => /^\.\.\/\.\.\/\.\.\/data\/gazetteer\/[\w.-]+\.json$/.test(i);
    for (const i of imports) expect(i === 'modern-ahocorasick' || i.startsWith('./') || data(i)).toBe(true);
    expect(src).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
  });
});
