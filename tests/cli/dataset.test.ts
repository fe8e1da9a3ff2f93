import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlesWriter } from '../../scripts/lib/articlesWriter';
import { csvBatches } from '../../scripts/lib/csvBatches';
import { ARTICLE_CHUNK, DatasetWriter, REGION_PAGE } from '../../scripts/lib/datasetWriter';
import { formatDuration, progressLine } from '../../scripts/lib/progress';
import { recordJson } from '../../scripts/lib/task';
import { chunkOf } from '../../src/lib/data/chunked';
import { evidenceFor } from '../../src/lib/data/evidence';
import { ChunkCache, fetchArticle, fetchRegionPage, flowsFromAggregate, loadChunkedDataset } from '../../src/lib/data/load';
import { AtlasIndex } from '../../src/lib/data/atlasIndex';
import { addRegionTotals, sortedTotals } from '../../src/lib/data/totals';
import { validateArticles } from '../../src/lib/data/validateArticles';
import { parseCsv } from '../../src/lib/flows/csv';
import { aggregateRegions, buildArticlesFile, stringifyArticlesFile, type ArticleRecord } from '../../src/lib/ingest/index';
import type { RegionIndex } from '../../src/lib/regions/types';
import { mulberry32 } from '../../bench/lib/synthetic';

// A tiny tree: province 120000 > district 120101, 120102; province 130000 > city 130900 > county 130922.
const parent = new Map<string, string | null>([
  ['120000', null],
  ['120101', '120000'],
  ['120102', '120000'],
  ['130000', null],
  ['130900', '130000'],
  ['130922', '130900']
]);
const regions = Object.fromEntries([...parent].map(([code, p]) => [code, { code, parent: p }])) as unknown as RegionIndex;
const leaves = ['120101', '120102', '130922', '130900'];

function records(n: number, seed = 3) {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const mentions: Record<string, number> = {};
    for (const c of leaves) if (rnd() < 0.5) mentions[c] = 1 + Math.floor(rnd() * 5);
    const code = Object.keys(mentions)[0] ?? null;
    return {
      id: `a${String(i).padStart(5, '0')}`,
      lang: (rnd() < 0.5 ? 'en' : 'zh') as 'en' | 'zh',
      date: rnd() < 0.1 ? null : `${2019 + Math.floor(rnd() * 5)}-01-02`,
      bytes: 100,
      encoding: 'utf-8' as const,
      mentions,
      figures: code ? [{ value: i, unit: 'projects', code, approx: false, flags: [], raw: String(i), offset: 0 }] : [],
      flows:
        i % 10 === 0
          ? [
              {
                origin: ['120101'],
                destination: ['130922'],
                kind: 'projects',
                measure: 'projects',
                value: i % 20 === 0 ? 5 : 7,
                approx: false,
                period_start: 2020,
                period_end: 2020,
                status: 'done',
                offset: 0
              }
            ]
          : []
    };
  });
}

describe('evidence snippets', () => {
  const text = `Intro line.\n\n${'Filler words go here. '.repeat(20)}Alpha Town opened 12 new parks in 2023, said the report. Alpha Town again. ${'More filler text. '.repeat(20)}`;
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const m1 = at('Alpha Town');
  const m2 = at('Alpha Town', m1 + 1);
  const result = {
    text,
    mentions: [
      { start: m1, end: m1 + 10, code: '120101' },
      { start: m2, end: m2 + 10, code: '120101' },
      { start: m2, end: m2 + 10, code: '120101' }
    ],
    figures: [{ start: at('12 new'), end: at('12 new') + 2 }],
    record: { flows: [{ offset: at('12 new') }] }
  };
  const ev = evidenceFor(result);

  it('keeps each distinct context once, cut at sentence ends, ≤ ~200 characters', () => {
    expect(ev.mentions.map((m) => `${m.before}[${m.match}]${m.after}`)).toEqual([
      '[Alpha Town] opened 12 new parks in 2023, said the report.',
      '[Alpha Town] again.'
    ]);
    for (const s of [...ev.figures, ...(ev.flows ?? []), ...ev.mentions.map((m) => m.before + m.match + m.after)])
      expect(s.length).toBeLessThanOrEqual(200);
  });

  it('gives figures and flows their sentence, parallel to the record', () => {
    expect(ev.figures).toEqual(['Alpha Town opened 12 new parks in 2023, said the report.']);
    expect(ev.flows).toEqual(ev.figures);
  });

  it('a long sentence is cut on both sides with an ellipsis', () => {
    const long = 'x '.repeat(300) + 'Beta ' + 'y '.repeat(300);
    const e = evidenceFor({
      text: long,
      mentions: [{ start: 600, end: 604, code: 'c' }],
      figures: [{ start: 600, end: 604 }],
      record: {}
    });
    expect(e.mentions[0].before.startsWith('…')).toBe(true);
    expect(e.mentions[0].after.endsWith('…')).toBe(true);
    expect(e.figures[0].length).toBeLessThanOrEqual(200);
  });

  it('the bundled data refuses records with evidence', () => {
    const file = { schema: 2, articles: [{ ...records(1)[0], evidence: ev }], regions: {} };
    const r = validateArticles(JSON.stringify(file, null, 2), new Set(parent.keys()));
    expect(r.articles).toBeNull();
    expect(r.issues.map((i) => i.field)).toContain('articles[0].evidence');
  });
});

describe('merging partial totals', () => {
  const recs = records(300);
  it.each([1, 2, 7, 300])('%i parts merged in any order give the totals of the whole', (parts) => {
    const acc = new Map();
    const size = Math.ceil(recs.length / parts);
    const chunks = Array.from({ length: parts }, (_, i) => recs.slice(i * size, (i + 1) * size)).reverse();
    for (const c of chunks) addRegionTotals(acc, aggregateRegions(c, parent));
    expect(sortedTotals(acc)).toEqual(aggregateRegions(recs, parent));
  });
});

describe('streaming articles writer', () => {
  it.each([0, 1, 40])('%i records: the bytes of stringifyArticlesFile(buildArticlesFile(…))', async (n) => {
    const recs = records(n);
    let out = '';
    const w = new ArticlesWriter({ write: (s) => void (out += s) }, parent);
    for (const r of recs) await w.add(r.id, r.mentions, recordJson(r));
    await w.end();
    expect(out).toBe(stringifyArticlesFile(buildArticlesFile(recs as unknown as ArticleRecord[], parent)));
  });

  it('refuses records out of id order', async () => {
    const w = new ArticlesWriter({ write: () => {} }, parent);
    await w.add('b', {}, '{}');
    await expect(w.add('a', {}, '{}')).rejects.toThrow(/out of order/);
  });
});

describe('progress line', () => {
  it.each([
    [0, 100, 0, 1e8, 0, '[........................] 0/100  0.0 MB/s  ? left'],
    [50, 100, 5e7, 1e8, 10, '[############............] 50/100  5.0 MB/s  10s left'],
    [100, 100, 1e8, 1e8, 20, '[########################] 100/100  5.0 MB/s  done']
  ])('%i/%i', (done, total, bytes, totalBytes, s, line) => expect(progressLine(done, total, bytes, totalBytes, s)).toBe(line));
  it.each([
    [5.4, '5s'],
    [125, '2m05s'],
    [7322, '2h02m'],
    [Infinity, '?']
  ])('%s s → %s', (s, text) => expect(formatDuration(s)).toBe(text));
});

describe('chunk lookup', () => {
  const firsts = ['a', 'f', 'm'];
  it.each([
    ['0', -1],
    ['a', 0],
    ['c', 0],
    ['f', 1],
    ['g', 1],
    ['m', 2],
    ['z', 2]
  ])('%s → chunk %i', (id, n) => expect(chunkOf(id, firsts)).toBe(n));
  it('no chunks → -1', () => expect(chunkOf('a', [])).toBe(-1));
});

describe('CSV batches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-batches-'));
  it.each([
    ['CRLF, a quoted line break, a blank line', 'h1,h2\r\na,b\r\n"x\ny",z\r\n\r\nc,d'],
    ['LF with final newline', 'h\n1\n2\n3\n'],
    ['BOM, lone CR, quoted CRLF', '\ufeffh,"q\nq"\n1,2\n"3\r\n4",5\r6,7\n'],
    ['a header only', 'only-header']
  ])('%s: every record on its file line, however the file is cut', (_n, text) => {
    const path = join(dir, 'f.csv');
    writeFileSync(path, text);
    const want = parseCsv(text).slice(1);
    for (const [per, chunk] of [
      [1, 1],
      [1, 3],
      [2, 2],
      [100, 7],
      [20_000, 1 << 20]
    ]) {
      const got = [];
      for (const b of csvBatches(path, per, chunk)) {
        if ('nul' in b) throw new Error('nul');
        got.push(
          ...parseCsv(b.header + b.text)
            .slice(1)
            .map((r) => ({ line: r.line - (b.headerLines + 1) + b.startLine, cells: r.cells }))
        );
      }
      expect(got).toEqual(want);
    }
  });
});

describe('chunked dataset: writer and loader', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'dataset-')), 'data');
  const recs = records(ARTICLE_CHUNK * 2 + 7);
  const w = new DatasetWriter(dir, 'Test corpus', parent);
  for (const r of recs) w.add(r as unknown as Record<string, unknown>);
  w.end();
  const read = async (url: string) => readFileSync(url.replace('file://', ''), 'utf8');
  const ds = await loadChunkedDataset(`file://${dir}/`, regions, read);

  it('the manifest names the corpus and its chunks', () => {
    expect(ds.manifest).toMatchObject({
      format: 'jjj-atlas-dataset',
      schema: 2,
      title: 'Test corpus',
      articles: recs.length,
      evidence: false
    });
    expect(ds.manifest.articleChunks).toEqual([recs[0].id, recs[ARTICLE_CHUNK].id, recs[2 * ARTICLE_CHUNK].id]);
  });

  it('the index, fetched on demand, gives the explorer every article (id, date, language) and each region its list', async () => {
    const fetched: string[] = [];
    const bytes = async (url: string) => {
      fetched.push(url);
      const b = readFileSync(url.replace('file://', ''));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    };
    const index = new AtlasIndex(`file://${dir}/`, ds.manifest, (url) => (fetched.push(url), read(url)), bytes);
    const articles = await index.articles();
    expect(fetched.every((u) => /\/index\/\d{4}\.json$/.test(u))).toBe(true);
    expect(fetched).toHaveLength(ds.manifest.index.chunks);
    expect(articles.map((a) => a.id)).toEqual(recs.map((r) => r.id));
    expect(articles[3]).toEqual({ id: recs[3].id, date: recs[3].date, lang: recs[3].lang, mentions: {}, figures: [] });
    fetched.length = 0;
    // Tianjin's list holds every article naming it or its districts, with their summed mentions.
    const hits = await index.regionArticles('120000', null, null);
    expect(fetched.map((u) => u.slice(`file://${dir}/`.length))).toEqual(['lists/120000.bin']);
    const counted = recs
      .map((r) => ({ id: r.id, count: Object.entries(r.mentions).reduce((n, [c, k]) => n + (c.startsWith('12') ? k : 0), 0) }))
      .filter((h) => h.count > 0);
    expect(hits.map((h) => [h.id, h.count]).sort()).toEqual(counted.map((h) => [h.id, h.count]).sort());
    expect(ds.manifest.lists['120000']).toBe(counted.length);
    expect(await index.regionArticles('110000', null, null), 'a region no article names: no fetch').toEqual([]);
    expect(fetched).toHaveLength(1);
  });

  it('the aggregate per region and year sums to the corpus totals', () => {
    const whole = aggregateRegions(recs, parent);
    for (const [code, t] of Object.entries(whole)) {
      const sum = Object.values(ds.aggregate.regions[code]).reduce<number[]>((s, r) => s.map((x, i) => x + r[i]), [0, 0, 0, 0]);
      expect(sum).toEqual([t.mentions, t.articles, t.rollup.mentions, t.rollup.articles]);
    }
    const years = Object.values(ds.aggregate.articles).reduce((s, y) => s + y.en + y.zh, 0);
    expect(years).toBe(recs.length);
  });

  it('flows per pair: a statement repeated by several articles counts once', () => {
    // Every tenth article states 120101 → 130922 projects: value 5 (i % 20 == 0) or 7, both in 2020.
    expect(ds.aggregate.flows).toEqual([
      expect.objectContaining({
        origin: '120101',
        destination: '130922',
        kind: 'projects',
        measure: 'projects',
        value: 12,
        statements: 2,
        articles: 101,
        article: recs[0].id
      })
    ]);
    const [f] = flowsFromAggregate(ds.aggregate.flows);
    expect(f).toMatchObject({
      origin: ['120101'],
      destination: ['130922'],
      value: 12,
      period: '2020',
      note: '2 statements in 101 articles'
    });
  });

  it('an article is fetched from its chunk, also at chunk edges', async () => {
    const cache = new ChunkCache(`file://${dir}/`, read);
    for (const i of [0, ARTICLE_CHUNK - 1, ARTICLE_CHUNK, recs.length - 1])
      expect(await fetchArticle(cache, ds.manifest, recs[i].id)).toEqual(recs[i]);
    expect(await fetchArticle(cache, ds.manifest, 'zzz')).toBeNull();
  });

  it("a region's figures come page by page, its own and those of units inside it", async () => {
    const cache = new ChunkCache(`file://${dir}/`, read);
    const inside = recs.filter((r) => r.figures[0]?.code?.startsWith('1201')).length;
    const first = await fetchRegionPage(cache, ds.manifest, '120000', 0);
    expect(first.total).toBe(inside);
    expect(first.pages).toBe(Math.ceil(inside / REGION_PAGE));
    expect(first.items).toHaveLength(REGION_PAGE);
    expect(first.items[0]).toMatchObject({ article: expect.any(String), figure: { unit: 'projects' } });
    const last = await fetchRegionPage(cache, ds.manifest, '120000', first.pages - 1);
    expect(last.items.length).toBe(inside - REGION_PAGE * (first.pages - 1));
    expect((await fetchRegionPage(cache, ds.manifest, '120000', first.pages)).items).toEqual([]);
  });
});
