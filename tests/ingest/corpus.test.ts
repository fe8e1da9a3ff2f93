import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildGazetteer, createMatcher, ingestArticle } from '../../src/lib/ingest/index';
import { ALIASES, REAL_REGIONS, ROOT, SEEDS, describeWithSeeds, regionsPathForCorpus } from './helpers';

interface Gold {
  articles: Record<string, { codes: string[]; counts: Record<string, number> }>;
}
const gold: Gold = JSON.parse(readFileSync(join(ROOT, 'tests/ingest/gold.json'), 'utf8'));

describeWithSeeds('seed corpus', () => {
  const regionsPath = regionsPathForCorpus();
  const matcher = createMatcher(buildGazetteer(JSON.parse(readFileSync(regionsPath, 'utf8')), ALIASES));
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const records = files.map(
    (f) => ingestArticle(new Uint8Array(readFileSync(join(SEEDS, f))), f.replace(/\.txt$/, ''), matcher).record
  );

  it('the gold set covers every seed article', () => {
    expect(Object.keys(gold.articles).sort()).toEqual(records.map((r) => r.id));
  });

  it('reaches precision and recall ≥ 0.95 on the codes each article names', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const lines: string[] = [];
    for (const r of records) {
      const want = new Set(gold.articles[r.id].codes);
      const got = new Set(Object.keys(r.mentions));
      const t = [...got].filter((c) => want.has(c)).length;
      const extra = [...got].filter((c) => !want.has(c));
      const missed = [...want].filter((c) => !got.has(c));
      tp += t;
      fp += extra.length;
      fn += missed.length;
      lines.push(
        `${r.id}: P=${(t / (got.size || 1)).toFixed(3)} R=${(t / (want.size || 1)).toFixed(3)}` +
          (extra.length ? ` extra=${extra}` : '') +
          (missed.length ? ` missed=${missed}` : '')
      );
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`gold set (${regionsPath}):\n  ${lines.join('\n  ')}\n  all: P=${precision.toFixed(3)} R=${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the hand-checked mention counts right', () => {
    const rows: string[] = [];
    let right = 0;
    let total = 0;
    for (const r of records)
      for (const [code, n] of Object.entries(gold.articles[r.id].counts)) {
        total++;
        if (r.mentions[code] === n) right++;
        else rows.push(`${r.id} ${code}: gold ${n}, got ${r.mentions[code] ?? 0}`);
      }
    console.log(`count-level accuracy: ${right}/${total}${rows.length ? '\n  ' + rows.join('\n  ') : ''}`);
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the figures the issue names', () => {
    const all = records.flatMap((r) => r.figures.map((f) => ({ ...f, id: r.id })));
    const has = (value: number, unit: string, approx?: boolean) =>
      expect(all.some((f) => f.value === value && f.unit === unit && (approx === undefined || f.approx === approx))).toBe(true);
    has(278700000000, 'yuan');
    has(20000000000, 'yuan');
    has(72000, 'yuan');
    has(6.5, 'percent');
    has(4959, 'projects');
    has(1700, 'enterprises', true);
    const growth45 = all.find((f) => f.value === 45 && f.unit === 'percent');
    expect(growth45?.flags).toContain('implausible_growth');
  });
});

describeWithSeeds(
  'data/articles.json',
  () => {
    it('is exactly what the CLI produces from the seed corpus', () => {
      const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/ingest.ts', SEEDS], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      if (r.stdout !== readFileSync(join(ROOT, 'data/articles.json'), 'utf8'))
        throw new Error('data/articles.json is stale: rerun `npm run ingest -- ../shared/seeds --out data/articles.json`');
    });
  },
  { 'the boundary index (npm run geo)': REAL_REGIONS }
);
