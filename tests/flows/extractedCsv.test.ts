import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFiguresFrom, checkFigures } from '../../src/lib/flows/figures';
import { extractedFlowsCsv, periodText } from '../../src/lib/flows/extractedCsv';
import { regionLookup } from '../../src/lib/flows/lookup';
import { parseFlows } from '../../src/lib/flows/parse';
import { buildArticlesFile, ingestArticle, stringifyArticlesFile } from '../../src/lib/ingest/index';
import type { RegionIndex } from '../../src/lib/regions/types';
import { FIXTURES as INGEST_FIXTURES, gazetteer, matcher } from '../ingest/helpers';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const REGIONS = join(INGEST_FIXTURES, 'regions.json');
const { parents } = regionLookup(JSON.parse(readFileSync(REGIONS, 'utf8')) as RegionIndex);

// Our own short articles, written for this test.
const ARTICLES: [string, string][] = [
  [
    'fx_en',
    'Updated on 2023-06-01\n\nSince 2017, Cangzhou has undertaken 80 projects from Beijing and Tianjin, with a total investment of 12.5 billion yuan.\n\nLangfang plans to attract more than 50 Beijing projects this year.'
  ],
  ['fx_zh', '发布时间：2024年3月5日\n\n“十四五”以来，和平区引进北京企业120家、总投资30亿元。']
];
const records = ARTICLES.map(([id, text]) => ingestArticle(new TextEncoder().encode(text), id, matcher).record);
const csv = extractedFlowsCsv(records);

describe('extractedFlowsCsv', () => {
  it('writes the flows.csv columns plus source and offset, one row per extracted flow', () => {
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'id,origin,destination,kind,measure,value,approx,period,period_start,period_end,status,article,note,source,offset'
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 12).join(','))).toEqual([
      'fx_en-01,110000+120000,130900,projects,projects,80,false,2017–,2017,2023,done,fx_en',
      'fx_en-02,110000+120000,130900,projects,yuan,12500000000,false,2017–,2017,2023,done,fx_en',
      'fx_en-03,110000,131000,projects,projects,50,true,2023,2023,2023,planned,fx_en',
      'fx_zh-01,110000,120101,enterprises,enterprises,120,false,2021–,2021,2024,done,fx_zh',
      'fx_zh-02,110000,120101,enterprises,yuan,3000000000,false,2021–,2021,2024,done,fx_zh'
    ]);
    for (const l of lines.slice(1)) expect(l).toMatch(/,extracted,\d+$/);
  });

  it('is accepted by the flows parser and every value is among the ingest figures', () => {
    const { flows, issues } = parseFlows(csv, {
      file: 'extracted.csv',
      regions: parents,
      articles: new Set(records.map((r) => r.id))
    });
    expect(issues).toEqual([]);
    expect(flows).toHaveLength(5);
    expect(checkFigures(flows, articleFiguresFrom({ articles: records }), 'extracted.csv')).toEqual([]);
    // The offset column points at the evidence in the decoded text.
    const en = ARTICLES[0][1];
    expect(en.slice(flows[0].offset!, flows[0].offset! + 2)).toBe('80');
  });

  it('is byte-stable whatever the order of the records', () => {
    expect(extractedFlowsCsv([...records].reverse())).toBe(csv);
  });

  it.each([
    [{ period_start: 2023, period_end: 2023 }, 2024, '2023'],
    [{ period_start: 2017, period_end: 2022 }, 2022, '2017–'],
    [{ period_start: 2021, period_end: 2025 }, 2023, '2021–2025'],
    [{ period_start: null, period_end: 2022 }, 2022, '–2022'],
    [{ period_start: 2017, period_end: null }, null, '2017–'],
    [{ period_start: null, period_end: null }, 2022, '']
  ])('period %o in an article of %s → %s', (f, year, want) => {
    expect(periodText(f, year)).toBe(want);
  });
});

describe('npm run validate:data on an extracted file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jjj-extracted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts it (codes, periods, article ids and values checked against the ingest output)', () => {
    writeFileSync(join(dir, 'flows.csv'), csv);
    writeFileSync(join(dir, 'articles.json'), stringifyArticlesFile(buildArticlesFile(records, gazetteer.parent)));
    const r = spawnSync(
      TSX,
      [
        'scripts/validate-data.ts',
        '--flows',
        join(dir, 'flows.csv'),
        '--regions',
        REGIONS,
        '--seeds',
        join(dir, 'no-seeds'),
        '--articles',
        join(dir, 'articles.json')
      ],
      { cwd: ROOT, encoding: 'utf8' }
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 flows OK .*values found among the figures/);
  });
});
