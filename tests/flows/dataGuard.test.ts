import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataProblems } from '../../scripts/data-guard';
import { FIXTURES } from './helpers';

// What `vite build` checks before it bundles anything: fixture regions, own small data files.
const dir = mkdtempSync(join(tmpdir(), 'jjj-guard-'));
const regions = resolve(FIXTURES, 'regions.json');
const HEADER = 'id,origin,destination,kind,measure,value,approx,period,period_start,period_end,status,article,note';
const article = (id: string, extra = '') =>
  `{ "id": "${id}", "lang": "en", "date": "2024-02-01", "mentions": { "120101": 2 }, "figures": []${extra} }`;
const articlesFile = (...items: string[]) => `{ "schema": 1, "articles": [\n${items.join(',\n')}\n] }`;
const GOOD_ARTICLES = articlesFile(article('a1'), article('a2'));
const GOOD_FLOW = 'f-1,110000,120101,projects,projects,402,false,2023,2023,2023,done,a1,a made-up test row';

let n = 0;
function problems(articles: string, flows: string): string[] {
  n++;
  const a = join(dir, `articles-${n}.json`),
    f = join(dir, `flows-${n}.csv`);
  writeFileSync(a, articles);
  writeFileSync(f, flows);
  return dataProblems({ regions, articles: a, flows: f }).map((p) => p.replace(dir + '/', '').replace(/-\d+\.(json|csv)/, '.$1'));
}

describe('the build data guard (dataProblems)', () => {
  it('passes sound data', () => {
    expect(problems(GOOD_ARTICLES, `${HEADER}\n${GOOD_FLOW}\n`)).toEqual([]);
  });

  it.each([
    ['truncated JSON', GOOD_ARTICLES.slice(0, 60), /^articles\.json:\d+: \(file\): not valid JSON/],
    [
      'a wrong type, with its line',
      articlesFile(article('a1'), article('a2').replace('"en"', '7')),
      /^articles\.json:3: articles\[1\]\.lang: expected "en" or "zh"/
    ],
    [
      'an unknown code',
      articlesFile(article('a1'), article('a2').replace('120101', '999999')),
      /^articles\.json:3: articles\[1\]\.mentions\.999999: unknown region code/
    ],
    [
      'a duplicate id',
      articlesFile(article('a1'), article('a1'), article('a2')),
      /^articles\.json:2: articles\[1\]\.id: duplicate id "a1"/
    ]
  ])('names file, line and field for articles with %s', (_, articles, want) => {
    const p = problems(articles, `${HEADER}\n${GOOD_FLOW}\n`);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]).toMatch(want);
  });

  it.each([
    ['a missing column', `${HEADER.replace(',status', '')}\n${GOOD_FLOW}\n`, /flows\.csv:1: .*status/],
    ['a value that is not a number', `${HEADER}\n${GOOD_FLOW.replace('402', 'lots')}\n`, /flows\.csv:2: .*value/],
    ['an unknown region', `${HEADER}\n${GOOD_FLOW.replace('120101', '999999')}\n`, /flows\.csv:2: .*999999/],
    ['an article not in articles.json', `${HEADER}\n${GOOD_FLOW.replace(',a1,', ',zz,')}\n`, /flows\.csv:2: .*zz/]
  ])('names file, line and field for flows with %s', (_, flows, want) => {
    expect(problems(GOOD_ARTICLES, flows).join('\n')).toMatch(want);
  });

  it('says which file is missing instead of throwing', () => {
    const p = dataProblems({ regions, articles: join(dir, 'no-such.json'), flows: join(dir, 'no-such.csv') });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/cannot be read: .*no-such\.json/);
  });
});
