import { describe, expect, it } from 'vitest';
import { metricLines } from '../../src/lib/report/details';
import { metricCatalog, type MetricDef } from '../../src/lib/metrics/catalog';

// Values per metric id, as the explorer's cache would hand them over.
const VALUES: Record<string, Record<string, number>> = {
  mentions: { a: 10, b: 4, c: 4 },
  articles: { a: 3, b: 2, c: 1 },
  mentions_per_article: { a: 3.3, b: 2, c: 4 },
  'inflow:projects': { b: 672 },
  'outflow:projects': { a: 672 },
  'net:projects': { a: -672, b: 672 }
};
const catalog = metricCatalog(['projects']);
const valuesOf = (m: MetricDef) => new Map(Object.entries(VALUES[m.id] ?? {}));

describe('metricLines', () => {
  it.each([
    // code, metric, value, rank
    ['a', 'mentions', 10, { rank: 1, of: 3 }],
    ['b', 'mentions', 4, { rank: 2, of: 3 }],
    ['c', 'mentions', 4, { rank: 2, of: 3 }], // ties share the better rank
    ['c', 'mentions_per_article', 4, { rank: 1, of: 3 }],
    ['b', 'inflow:projects', 672, { rank: 1, of: 1 }],
    ['a', 'net:projects', -672, { rank: 2, of: 2 }]
  ] as const)('%s under %s is %s, ranked %o', (code, id, value, rank) => {
    const line = metricLines(code, catalog, valuesOf, 'en').find((l) => l.id === id);
    expect(line).toMatchObject({ value, rank });
  });

  it.each([
    ['a', ['mentions', 'articles', 'mentions_per_article', 'outflow:projects', 'net:projects']],
    ['b', ['mentions', 'articles', 'mentions_per_article', 'inflow:projects', 'net:projects']],
    // No flow at all: the flow metrics are left out, the article metrics stay (as no data).
    ['d', ['mentions', 'articles', 'mentions_per_article']]
  ] as const)('%s lists %o', (code, ids) => {
    expect(metricLines(code, catalog, valuesOf, 'en').map((l) => l.id)).toEqual(ids);
  });

  it('gives an article metric without a value no rank', () => {
    expect(metricLines('d', catalog, valuesOf, 'en')[0]).toMatchObject({ value: undefined, rank: null });
  });

  it('labels in the language asked for', () => {
    expect(metricLines('a', catalog, valuesOf, 'zh')[0].label).toBe('文章提及次数');
  });

  it('asks for each metric once', () => {
    const asked: string[] = [];
    metricLines('a', catalog, (m) => (asked.push(m.id), valuesOf(m)), 'en');
    expect(asked).toEqual(catalog.filter((m) => !m.per).map((m) => m.id));
  });
});
