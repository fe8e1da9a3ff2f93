import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetWriter, REGION_PAGE } from '../../scripts/lib/datasetWriter';
import { aggregateArticleTotals } from '../../src/lib/data/aggregateTotals';
import { atlasEvidence, ChunkCache, loadArticleIndex, loadChunkedDataset, type FetchText } from '../../src/lib/data/load';
import { articlesInWindow, yearsOfArticles } from '../../src/lib/data/articleYears';
import { clampOffset, pageRange } from '../../src/lib/data/paging';
import { articleTotals, inWindow } from '../../src/lib/metrics/articles';
import { metricResult } from '../../src/lib/metrics/values';
import { metricCatalog } from '../../src/lib/metrics/catalog';
import type { MapLevel, RegionIndex } from '../../src/lib/regions/types';
import { mulberry32 } from '../../bench/lib/synthetic';

const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8')) as RegionIndex;
const parent = new Map(Object.values(regions).map((r) => [r.code, r.parent]));
const codes = Object.keys(regions).sort();
const bundled = JSON.parse(readFileSync('data/articles.json', 'utf8')).articles as {
  id: string;
  date: string | null;
  lang: 'en' | 'zh';
  mentions: Record<string, number>;
}[];

/** Seeded records naming any unit of the region (provinces, cities, counties, Xiong'an's counties…), some undated. */
function records(n: number, seed = 11) {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const mentions: Record<string, number> = {};
    const k = 1 + Math.floor(rnd() * 6);
    for (let j = 0; j < k; j++) mentions[codes[Math.floor(rnd() * codes.length)]] = 1 + Math.floor(rnd() * 4);
    const sorted = Object.fromEntries(Object.entries(mentions).sort(([a], [b]) => (a < b ? -1 : 1)));
    const first = Object.keys(sorted)[0];
    return {
      id: `t${String(i).padStart(5, '0')}`,
      lang: (rnd() < 0.5 ? 'en' : 'zh') as 'en' | 'zh',
      date: rnd() < 0.15 ? null : `${2018 + Math.floor(rnd() * 7)}-03-04`,
      bytes: 10,
      encoding: 'utf-8',
      mentions: sorted,
      figures: [{ value: i, unit: 'projects', code: first, approx: false, flags: [], raw: String(i), offset: 0 }],
      evidence: {
        mentions: Object.keys(sorted).map((code) => ({ code, before: 'b ', match: `m${i}`, after: ' a' })),
        figures: [`figure sentence ${i}`]
      }
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'jjj-atlas-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fromDisk: FetchText = async (url) => readFileSync(new URL(url), 'utf8');
const all = records(1200);
const w = new DatasetWriter(join(dir, 'data'), 'Test atlas', parent);
for (const r of all) w.add(r);
w.end();
const base = new URL(`file://${join(dir, 'data')}/`).href;

describe('atlas metrics from aggregate.json', () => {
  it('opens with manifest, aggregate and flows only; the index comes when asked, chunk by chunk', async () => {
    const fetched: string[] = [];
    const logged: FetchText = (url) => (fetched.push(url.slice(base.length)), fromDisk(url));
    const ds = await loadChunkedDataset(base, regions, logged);
    expect(fetched.filter((f) => f.startsWith('index/'))).toEqual([]);
    const articles = await loadArticleIndex(base, ds.manifest, logged);
    expect(fetched.filter((f) => f.startsWith('index/'))).toHaveLength(ds.manifest.index.chunks);
    expect(articles.map((a) => [a.id, a.date, a.lang, a.mentions])).toEqual(all.map((a) => [a.id, a.date, a.lang, a.mentions]));
  });

  it('a broken index chunk is one line naming it', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    const broken: FetchText = async (url) => (url.endsWith('index/0000.json') ? '[["t1",' : fromDisk(url));
    await expect(loadArticleIndex(base, ds.manifest, broken)).rejects.toThrow(/^index\/0000\.json: malformed JSON/);
    const notRows: FetchText = async (url) => (url.endsWith('index/0000.json') ? '{}' : fromDisk(url));
    await expect(loadArticleIndex(base, ds.manifest, notRows)).rejects.toThrow('index/0000.json: not a list of index rows');
  });

  it('articles per window and the years from the aggregate equal counting every record', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    for (const [from, to] of [
      [null, null],
      [2020, null],
      [null, 2019],
      [2021, 2022],
      [2030, 2031]
    ] as [number | null, number | null][])
      expect(articlesInWindow(ds.aggregate.articles, from, to), `${from}–${to}`).toBe(
        all.filter((a) => inWindow(a.date, from, to)).length
      );
    const years = all.flatMap((a) => (a.date ? [Number(a.date.slice(0, 4))] : []));
    expect(yearsOfArticles(ds.aggregate.articles).sort()).toEqual([...new Set(years)].sort());
  });

  it('mentions and articles per unit at every level and window equal the counts from every record', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    const windows: [number | null, number | null][] = [
      [null, null],
      [2020, null],
      [null, 2019],
      [2021, 2022],
      [2030, 2031]
    ];
    for (const level of ['province', 'district', 'county'] as MapLevel[])
      for (const [from, to] of windows) {
        const expected = articleTotals(
          all.filter((a) => inWindow(a.date, from, to)),
          regions,
          level
        );
        const got = aggregateArticleTotals(ds.aggregate.regions, regions, level, from, to);
        expect(new Map([...got].sort()), `${level} ${from}–${to}`).toEqual(new Map([...expected].sort()));
      }
  });

  it('the bundled articles give the same map from their own aggregate', () => {
    const d = mkdtempSync(join(tmpdir(), 'jjj-atlas-bundled-'));
    try {
      const bw = new DatasetWriter(join(d, 'data'), null, parent);
      for (const r of bundled) bw.add({ ...r, figures: [] });
      bw.end();
      const agg = JSON.parse(readFileSync(join(d, 'data', 'aggregate.json'), 'utf8'));
      for (const level of ['province', 'district', 'county'] as MapLevel[]) {
        const catalog = metricCatalog([]);
        for (const m of catalog) {
          const counted = metricResult(m, level, regions, bundled, []).values;
          const summed = metricResult(
            m,
            level,
            regions,
            [],
            [],
            aggregateArticleTotals(agg.regions, regions, level, null, null)
          ).values;
          expect(summed, `${m.id} at ${level}`).toEqual(counted);
        }
      }
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('atlas details, page by page', () => {
  it('any window of a region is cut from the one or two region pages it falls in', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    const fetched: string[] = [];
    const cache = new ChunkCache(base, (url) => (fetched.push(url.slice(base.length)), fromDisk(url)), 1000);
    const code = '130000'; // Hebei: every Hebei unit's items, several pages
    const info = ds.manifest.regionPages[code];
    expect(info.pages).toBeGreaterThan(2);
    const source = atlasEvidence(cache, ds.manifest, code);
    const whole = (
      await Promise.all(
        Array.from({ length: info.pages }, (_, p) => cache.get<unknown[]>(`regions/${code}/${String(p).padStart(4, '0')}.json`))
      )
    ).flat();
    expect(whole).toHaveLength(info.items);
    fetched.length = 0;
    for (const [offset, limit] of [
      [0, 50],
      [REGION_PAGE - 20, 50],
      [info.items - 7, 50],
      [info.items + 5, 50]
    ]) {
      const page = await source(offset, limit);
      expect(page.total).toBe(info.items);
      expect(page.items).toEqual(whole.slice(offset, offset + limit));
    }
    expect(fetched, 'kept chunks are not fetched again').toEqual([]);
    const cold = new ChunkCache(base, (url) => (fetched.push(url.slice(base.length)), fromDisk(url)));
    await atlasEvidence(cold, ds.manifest, code)(REGION_PAGE - 20, 50);
    expect(fetched).toEqual([`regions/${code}/0000.json`, `regions/${code}/0001.json`]);
  });

  it('a missing or malformed chunk is a one-line problem naming the file, and is retried when asked again', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    const code = '120000';
    let broken = true;
    const cache = new ChunkCache(base, async (url) => {
      if (url.endsWith(`regions/${code}/0000.json`) && broken) return '[{"article": "t1",';
      if (url.endsWith(`regions/${code}/0001.json`)) throw new Error(`${url}: HTTP 404`);
      return fromDisk(url);
    });
    const source = atlasEvidence(cache, ds.manifest, code);
    await expect(source(0, 10)).rejects.toThrow(new RegExp(`^regions/${code}/0000\\.json: malformed JSON`));
    await expect(source(REGION_PAGE, 10)).rejects.toThrow(`regions/${code}/0001.json: HTTP 404`);
    broken = false;
    expect((await source(0, 10)).items).toHaveLength(10);
    await expect(
      loadChunkedDataset(base, regions, async (url) => (url.endsWith('manifest.json') ? '{' : fromDisk(url)))
    ).rejects.toThrow(/^manifest\.json: malformed JSON/);
  });

  it('page labels and offsets', () => {
    expect(pageRange(0, 50, 18230, 'en')).toBe('1–50 of 18,230');
    expect(pageRange(18200, 30, 18230, 'en')).toBe('18,201–18,230 of 18,230');
    expect(pageRange(0, 50, 18230, 'zh')).toBe('第 1–50 条，共 18,230 条');
    expect(pageRange(0, 0, 0, 'en')).toBe('0 of 0');
    for (const [offset, total, want] of [
      [0, 0, 0],
      [120, 100, 50],
      [49, 100, 0],
      [50, 100, 50],
      [-3, 10, 0]
    ])
      expect(clampOffset(offset, total, 50), `${offset} of ${total}`).toBe(want);
  });
});

describe('a region’s article list from the index by code', () => {
  it('gives the same hits, in the same order, as a walk over every article, in any window', async () => {
    const { MentionIndex } = await import('../../src/lib/data/mentionIndex');
    const { regionArticles } = await import('../../src/lib/report/regionReport');
    const rows = all.map((a) => ({ ...a, figures: [] }));
    const index = new MentionIndex(rows);
    for (const code of ['120000', '120101', '130000', '130900', '130600', '110000'])
      for (const [from, to] of [
        [null, null],
        [2020, 2022],
        [null, 2018]
      ] as [number | null, number | null][]) {
        const walked = regionArticles(
          code,
          rows.filter((a) => inWindow(a.date, from, to)),
          regions
        ).articles;
        expect(index.regionArticles(code, regions, from, to), `${code} ${from}–${to}`).toEqual(walked);
      }
  });

  it('built a step at a time (between tasks) or over ids out of order, it gives the same lists', async () => {
    const { MentionIndex, buildMentionIndex } = await import('../../src/lib/data/mentionIndex');
    const rows = all.map((a) => ({ ...a, figures: [] }));
    let pauses = 0;
    const stepped = await buildMentionIndex(rows, async () => void pauses++, 100);
    expect(pauses).toBe(Math.ceil(rows.length / 100));
    const shuffled = [...rows].reverse();
    for (const code of ['120000', '130900']) {
      const whole = new MentionIndex(rows).regionArticles(code, regions);
      expect(stepped.regionArticles(code, regions)).toEqual(whole);
      expect(new MentionIndex(shuffled).regionArticles(code, regions)).toEqual(whole);
      // Asked before the last step: it finishes the build first.
      const partial = new MentionIndex(rows, 10);
      expect(partial.complete).toBe(false);
      expect(partial.regionArticles(code, regions)).toEqual(whole);
    }
  });
});
