import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetWriter, REGION_PAGE } from '../../scripts/lib/datasetWriter';
import { aggregateArticleTotals } from '../../src/lib/data/aggregateTotals';
import {
  atlasEvidence,
  ChunkCache,
  decodeDistinctFlows,
  loadChunkedDataset,
  loadFlowRows,
  type FetchBytes,
  type FetchText
} from '../../src/lib/data/load';
import { AtlasIndex } from '../../src/lib/data/atlasIndex';
import { regionArticles } from '../../src/lib/report/regionReport';
import { parseFlows } from '../../src/lib/flows/parse';
import { extractedFlowsCsv } from '../../src/lib/flows/extractedCsv';
import { consolidateFlows } from '../../src/lib/flows/consolidate';
import { reviewedStatements } from '../../src/lib/flows/statements';
import type { ArticleRecord } from '../../src/lib/ingest/index';
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
const bytesFromDisk: FetchBytes = async (url) => {
  const b = readFileSync(new URL(url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const all = records(1200);
const w = new DatasetWriter(join(dir, 'data'), 'Test atlas', parent);
for (const r of all) w.add(r);
w.end();
const base = new URL(`file://${join(dir, 'data')}/`).href;

describe('atlas metrics from aggregate.json', () => {
  it('opens with manifest and aggregate only; the index comes when asked, chunk by chunk', async () => {
    const fetched: string[] = [];
    const logged: FetchText = (url) => (fetched.push(url.slice(base.length)), fromDisk(url));
    const ds = await loadChunkedDataset(base, regions, logged);
    expect(fetched).toEqual(['manifest.json', 'aggregate.json']);
    const articles = await new AtlasIndex(base, ds.manifest, logged, bytesFromDisk).articles();
    expect(fetched.filter((f) => f.startsWith('index/'))).toHaveLength(ds.manifest.index.chunks);
    expect(ds.manifest.index.chunks).toBeGreaterThan(0);
    expect(articles.map((a) => [a.id, a.date, a.lang])).toEqual(all.map((a) => [a.id, a.date, a.lang]));
  });

  it('a broken index chunk or list is one line naming it, and asking again retries', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    let broken = true;
    const chunk: FetchText = async (url) => (broken && url.endsWith('index/0000.json') ? '{"ids": ["t1",' : fromDisk(url));
    const index = new AtlasIndex(base, ds.manifest, chunk, bytesFromDisk);
    await expect(index.articles()).rejects.toThrow(/^index\/0000\.json: malformed JSON/);
    broken = false;
    expect(await index.articles()).toHaveLength(all.length);
    expect(ds.manifest.index.chunks, '1,200 articles: one chunk').toBe(1);
    for (const [body, message] of [
      ['{}', 'index/0000.json: not the index columns ids, dates, langs of one length'],
      ['{"ids": ["a"], "dates": [null], "langs": ["fr"]}', 'index/0000.json: row 1 is not an id, a date or null, and en or zh'],
      ['{"ids": ["a"], "dates": [null], "langs": ["en"]}', 'index: 1 articles, the manifest says 1200']
    ]) {
      const odd: FetchText = async (url) => (url.endsWith('index/0000.json') ? body : fromDisk(url));
      await expect(new AtlasIndex(base, ds.manifest, odd, bytesFromDisk).articles(), body).rejects.toThrow(message);
    }
    let short = true;
    const bytes: FetchBytes = async (url) =>
      short && url.endsWith('lists/120000.bin') ? new ArrayBuffer(12) : bytesFromDisk(url);
    const lists = new AtlasIndex(base, ds.manifest, fromDisk, bytes);
    const n = ds.manifest.lists['120000'];
    await expect(lists.regionArticles('120000', null, null)).rejects.toThrow(
      `lists/120000.bin: 12 bytes, expected ${8 * n} (${n} articles)`
    );
    short = false;
    expect(await lists.regionArticles('120000', null, null)).toHaveLength(n);
    const missing: FetchBytes = async (url) => {
      throw new Error(`${url}: HTTP 404`);
    };
    await expect(new AtlasIndex(base, ds.manifest, fromDisk, missing).regionArticles('130900', null, null)).rejects.toThrow(
      /lists\/130900\.bin: HTTP 404$/
    );
    const beyond: FetchBytes = async () => new Uint32Array(2 * ds.manifest.lists['130900']).fill(all.length).buffer;
    await expect(new AtlasIndex(base, ds.manifest, fromDisk, beyond).regionArticles('130900', null, null)).rejects.toThrow(
      `lists/130900.bin: article number ${all.length} beyond the index (${all.length})`
    );
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
    const old = async (url: string) =>
      url.endsWith('manifest.json') ? JSON.stringify({ ...JSON.parse(await fromDisk(url)), schema: 1 }) : fromDisk(url);
    await expect(loadChunkedDataset(base, regions, old)).rejects.toThrow(
      'manifest.json: unsupported schema 1 (expected 2; rebuild the atlas with npm run atlas)'
    );
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

describe('a region’s article list from its sorted list', () => {
  it('gives the same hits, in the same order, as a walk over every article, in any window', async () => {
    const ds = await loadChunkedDataset(base, regions, fromDisk);
    const fetched: string[] = [];
    const index = new AtlasIndex(
      base,
      ds.manifest,
      fromDisk,
      (url) => (fetched.push(url.slice(base.length)), bytesFromDisk(url))
    );
    const rows = all.map((a) => ({ ...a, figures: [] }));
    const listed = ['120000', '120101', '130000', '130900', '130600', '110000', '110105', '133100'];
    for (const code of listed)
      for (const [from, to] of [
        [null, null],
        [2020, 2022],
        [null, 2018],
        [2019, null]
      ] as [number | null, number | null][]) {
        const walked = regionArticles(
          code,
          rows.filter((a) => inWindow(a.date, from, to)),
          regions
        ).articles;
        expect(walked.length, `${code} is named`).toBeGreaterThan(0);
        expect(await index.regionArticles(code, from, to), `${code} ${from}–${to}`).toEqual(walked);
      }
    expect(fetched.sort(), 'one fetch per region, its windows cut from it').toEqual(listed.map((c) => `lists/${c}.bin`).sort());
    expect(Object.keys(ds.manifest.lists).sort()).toEqual(
      codes.filter((c) => regionArticles(c, rows, regions).articles.length > 0)
    );
  });

  it('ties are in id order as the explorer collates ids, whatever order the records came in', async () => {
    // Ids the ingest orders by code unit ("B" before "a") but a collator orders by letter.
    const ids = ['a1', 'B2', 'c3', 'D4', 'e5', 'a-6', 'A7'].sort();
    const d = mkdtempSync(join(tmpdir(), 'jjj-atlas-ties-'));
    try {
      const tw = new DatasetWriter(join(d, 'data'), null, parent);
      for (const id of ids) tw.add({ id, date: '2020-01-01', lang: 'en', mentions: { '120101': 2 }, figures: [] });
      tw.end();
      const b = new URL(`file://${join(d, 'data')}/`).href;
      const ds = await loadChunkedDataset(b, regions, fromDisk);
      const rows = ids.map((id) => ({ id, date: '2020-01-01', lang: 'en' as const, mentions: { '120101': 2 }, figures: [] }));
      const index = new AtlasIndex(b, ds.manifest, fromDisk, bytesFromDisk);
      expect(await index.regionArticles('120000', null, null)).toEqual(regionArticles('120000', rows, regions).articles);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

/** Records stating flows as the extractor writes them: repeats, rounding, cumulative series over years, undated ones. */
function recordsWithFlows(n: number): ArticleRecord[] {
  const rnd = mulberry32(5);
  return Array.from({ length: n }, (_, i) => {
    const flows = [];
    const year = 2016 + (i % 8);
    if (i % 3 === 0)
      flows.push({
        origin: ['110000'],
        destination: ['130900'],
        kind: 'projects',
        measure: 'projects',
        value: 600 + 10 * (i % 8),
        approx: i % 5 === 0,
        period_start: 2014,
        period_end: year,
        status: 'done',
        offset: 5
      });
    if (i % 4 === 1)
      flows.push({
        origin: ['110000', '120000'],
        destination: ['130600'],
        kind: 'investment',
        measure: 'yuan',
        value: i % 8 === 1 ? 278.7e9 : 279e9,
        approx: false,
        period_start: 2023,
        period_end: 2023,
        status: 'underway',
        offset: 9
      });
    if (i % 5 === 2)
      flows.push({
        origin: ['120101'],
        destination: ['131000'],
        kind: 'health',
        measure: null,
        value: null,
        approx: false,
        period_start: null,
        period_end: null,
        status: 'planned',
        offset: 1
      });
    if (rnd() < 0.2)
      flows.push({
        origin: ['131000'],
        destination: ['110105'],
        kind: 'cooperation',
        measure: null,
        value: null,
        approx: false,
        period_start: null,
        period_end: year,
        status: 'done',
        offset: 3
      });
    return {
      id: `f${String(i).padStart(4, '0')}`,
      lang: 'en',
      date: i % 9 === 0 ? null : `${year}-06-01`,
      bytes: 10,
      encoding: 'utf-8',
      mentions: { '110000': 1 },
      figures: [],
      flows
    } as unknown as ArticleRecord;
  });
}

describe('atlas flows', () => {
  const d = mkdtempSync(join(tmpdir(), 'jjj-atlas-flows-'));
  afterAll(() => rmSync(d, { recursive: true, force: true }));
  const recs = recordsWithFlows(700);
  const csv = extractedFlowsCsv(recs);
  const fw = new DatasetWriter(join(d, 'data'), null, parent);
  for (const r of recs) fw.add(r as unknown as Record<string, unknown>);
  fw.addFile('flows.csv', csv);
  fw.end();
  const b = new URL(`file://${join(d, 'data')}/`).href;

  it('open with the distinct flows the explorer would consolidate from flows.csv, without reading its rows', async () => {
    const fetched: string[] = [];
    const ds = await loadChunkedDataset(b, regions, (url) => (fetched.push(url.slice(b.length)), fromDisk(url)));
    expect(fetched).toEqual(['manifest.json', 'aggregate.json', 'flows.json']);
    const rows = parseFlows(csv, { file: 'flows.csv', regions: parent, articles: new Set(recs.map((r) => r.id)) });
    expect(rows.issues).toEqual([]);
    const consolidated = consolidateFlows(reviewedStatements(rows.flows, () => null));
    expect(consolidated.length).toBeGreaterThan(4);
    expect(
      consolidated.some((f) => f.sources.length > 50),
      'a statement many articles repeat'
    ).toBe(true);
    expect(ds.distinctFlows).toEqual(consolidated);
    expect(ds.problems).toEqual([]);
    // The rows, for a time window: the same as parsing the file here.
    expect(await loadFlowRows(b, ds.manifest, regions, fromDisk)).toEqual(rows.flows);
    expect(readFileSync(join(d, 'data', 'flows.json')).length, 'smaller than the rows').toBeLessThan(csv.length / 2);
  });

  it('a flow of flows.json that does not read is left out with a line naming it', () => {
    const file = JSON.parse(readFileSync(join(d, 'data', 'flows.json'), 'utf8'));
    const good = decodeDistinctFlows('flows.json', JSON.stringify(file), regions).flows;
    file.flows[0].flow.origin = ['999999'];
    file.flows[1].sources.id = ['x'];
    file.flows[2].flow.kind = 'teleport';
    const { flows, problems } = decodeDistinctFlows('flows.json', JSON.stringify(file), regions);
    expect(flows).toEqual(good.slice(3));
    expect(problems).toEqual([
      `flows.json: flow 1: ${good[0].id}: origin or destination is not a list of known region codes`,
      `flows.json: flow 2: ${good[1].id}: statements not in columns of one length`,
      `flows.json: flow 3: ${good[2].id}: unknown kind "teleport"`
    ]);
    expect(decodeDistinctFlows('flows.json', '{"flows": 3}', regions)).toEqual({
      flows: [],
      problems: ['flows.json: not a list of flows']
    });
    expect(() => decodeDistinctFlows('flows.json', '{"flows": [', regions)).toThrow(/^flows\.json: malformed JSON/);
  });
});
