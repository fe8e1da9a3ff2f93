import { describe, expect, it } from 'vitest';
import { flowTotalText, flowTotalsTable } from '../../src/lib/report/flowTotals';
import { articleBar, articleMeta, figureLine } from '../../src/lib/report/regionLists';
import type { MetricLine } from '../../src/lib/report/lines';
import type { FlowSide } from '../../src/lib/metrics/catalog';
import type { ArticleHit, FigureHit } from '../../src/lib/report/regionReport';

const flow = (side: FlowSide, measure: string, value: number | undefined, patch: Partial<MetricLine> = {}): MetricLine => ({
  id: `${side}:${measure}`,
  label: `${side} ${measure}`,
  unit: measure,
  value,
  rank: null,
  flow: { side, measure },
  ...patch
});
const mentions: MetricLine = { id: 'mentions', label: 'Mentions', unit: 'mentions', value: 12, rank: { rank: 2, of: 44 } };

describe('flowTotalText: a flow total as the details print it', () => {
  it.each([
    ['no metric', undefined, 'en', '—'],
    ['no value', flow('inflow', 'projects', undefined), 'en', '—'],
    ['a plain total', flow('inflow', 'projects', 1200), 'en', '1,200'],
    ['a lower bound', flow('inflow', 'projects', 12, { atLeast: true }), 'en', '≥ 12'],
    ['a difference of lower bounds', flow('net', 'projects', -3, { approx: true }), 'en', '≈ −3'],
    ['both: the bound wins', flow('net', 'projects', 4, { atLeast: true, approx: true }), 'en', '≥ 4'],
    ['zero is a value', flow('outflow', 'schools', 0), 'en', '0']
  ])('%s', (_, m, lang, text) => expect(flowTotalText(m, lang as 'en')).toBe(text));
});

describe('flowTotalsTable: measure × side', () => {
  it.each([
    ['no flow metrics: no rows', [mentions], ['inflow', 'outflow', 'net'], []],
    [
      'one measure, ranks except on the balance',
      [
        mentions,
        flow('inflow', 'projects', 5, { rank: { rank: 1, of: 44 } }),
        flow('net', 'projects', 5, { rank: { rank: 1, of: 44 } })
      ],
      ['inflow', 'outflow', 'net'],
      [
        [
          'projects',
          [
            ['inflow', '5', 1],
            ['outflow', '—', null],
            ['net', '5', null]
          ]
        ]
      ]
    ],
    [
      'planned adds a column; measures in the order they first appear',
      [flow('outflow', 'yuan', 3), flow('inflow', 'projects', 2), flow('planned', 'projects', 9)],
      ['inflow', 'outflow', 'net', 'planned'],
      [
        [
          'yuan',
          [
            ['inflow', '—', null],
            ['outflow', '3', null],
            ['net', '—', null],
            ['planned', '—', null]
          ]
        ],
        [
          'projects',
          [
            ['inflow', '2', null],
            ['outflow', '—', null],
            ['net', '—', null],
            ['planned', '9', null]
          ]
        ]
      ]
    ]
  ])('%s', (_, metrics, sides, rows) => {
    const table = flowTotalsTable(metrics as MetricLine[], 'en');
    expect(table.sides).toEqual(sides);
    expect(table.rows.map((r) => [r.measure, r.cells.map((c) => [c.side, c.text, c.rank])])).toEqual(rows);
  });

  it.each([
    ['none', [flow('inflow', 'projects', 2)], false, false],
    ['a lower bound', [flow('inflow', 'projects', 2, { atLeast: true })], true, false],
    ['a difference of bounds', [flow('net', 'projects', 2, { approx: true })], false, true]
  ])('caveats: %s', (_, metrics, anyBound, anyApprox) => {
    expect(flowTotalsTable(metrics, 'en')).toMatchObject({ anyBound, anyApprox });
  });
});

describe('article and figure lines', () => {
  const a: ArticleHit = { id: 'article-about-cangzhou.txt', date: '2024-02-01', lang: 'zh', count: 3 };
  it.each([
    ['dated, en', a, 'en', '2024-02-01 · zh', '2024-02-01 · zh · 3 mentions'],
    ['undated, en', { ...a, date: null, count: 1 }, 'en', 'undated · zh', 'undated · zh · 1 mention'],
    ['undated, zh', { ...a, date: null }, 'zh', '无日期 · zh', '无日期 · zh · 3次']
  ])('%s', (_, hit, lang, label, meta) => {
    expect(articleBar(hit, lang as 'en')).toEqual({ key: hit.id, label, value: hit.count, title: hit.id });
    expect(articleMeta(hit, lang as 'en')).toBe(meta);
  });

  const f: FigureHit = { value: 45, unit: 'percent', code: '130900', article: 'a.txt', date: null };
  it.each([
    ['no flags', f, 'en', { value: '45%', flags: '' }],
    ['approximate', { ...f, approx: true }, 'en', { value: '≈ 45%', flags: '' }],
    ['a count, zh', { ...f, value: 1200, unit: 'projects' }, 'zh', { value: '1,200个项目', flags: '' }],
    [
      'two flags, en',
      { ...f, flags: ['implausible_growth', 'negative'] },
      'en',
      { value: '45%', flags: 'growth rate implausibly high (a lost decimal point?); negative quantity' }
    ],
    ['a flag unknown, zh', { ...f, flags: ['negative', 'new_flag'] }, 'zh', { value: '45%', flags: '数量为负；数值存疑' }]
  ])('%s', (_, hit, lang, line) => expect(figureLine(hit, lang as 'en')).toEqual(line));
});
