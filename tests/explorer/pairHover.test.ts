import { describe, expect, it } from 'vitest';
import { pairHoverLines, placeHoverLines } from '../../src/lib/report/pairHover';
import type { PairArcProps } from '../../src/lib/map/flowPairs';

const arc = (patch: Partial<PairArcProps>): PairArcProps => ({
  i: 0,
  key: '110000-130900~projects',
  origin: '110000',
  destination: '130900',
  kind: 'projects',
  measure: 'projects',
  value: 672,
  atLeast: false,
  sharedBy: '',
  count: 1,
  top: 'f1',
  width: 4,
  arrow: true,
  bearing: 0,
  planned: false,
  ...patch
});
const names = (codes: string[]) =>
  codes.map((c) => ({ '110000': 'Beijing', '120000': 'Tianjin', '130900': 'Cangzhou' })[c] ?? c).join(' + ');

describe('pairHoverLines: what a drawn line says on hover', () => {
  it.each([
    ['a plain total, one flow', {}, 'en', ['Projects: 672 projects', '1 stated flow']],
    ['a lower bound says so', { atLeast: true, count: 3 }, 'en', ['Projects: at least 672 projects', '3 stated flows']],
    ['no number', { value: null, measure: null, kind: 'cooperation' }, 'en', ['Two-way cooperation: No data', '1 stated flow']],
    [
      'a total stated jointly names its group',
      { sharedBy: '110000+120000>130900', count: 2 },
      'en',
      ['Projects: 672 projects', 'stated jointly: Beijing + Tianjin → Cangzhou', '2 stated flows']
    ],
    ['several kinds on one line', { kind: 'mixed', count: 2 }, 'en', ['several kinds: 672 projects', '2 stated flows']],
    ['Chinese', { atLeast: true, count: 2 }, 'zh', ['项目: 至少 672个项目', '2 条记录']]
  ] as const)('%s', (_name, patch, lang, want) => {
    expect(pairHoverLines(arc(patch), lang, names)).toEqual(want);
  });
});

describe('placeHoverLines', () => {
  it.each([
    ['en', ['in 3 · out 0 · two-way 1']],
    ['zh', ['流入 3 · 流出 0 · 双向 1']]
  ] as const)('%s', (lang, want) => {
    expect(placeHoverLines({ code: '130900', incoming: 3, outgoing: 0, twoWay: 1, radius: 5 }, lang)).toEqual(want);
  });
});
