import { describe, expect, it } from 'vitest';
import { DEFAULTS, decodeView, encodeView, pairKey, pairParam, type Vocabulary } from '../../src/lib/url/codec';

const vocab: Vocabulary = {
  regions: new Set(['120000', '130800', '110000', '130000']),
  metrics: new Set(['mentions']),
  flowKinds: new Set(['education']),
  defaultMetric: 'mentions'
};

describe('pair= (the open pair summary of a flow line)', () => {
  it.each([
    // key as the flow map has it → as the link writes it
    ['120000>130800|schools', '120000-130800~schools'],
    ['120000>130800|', '120000-130800'],
    ['110000~130000|', '110000_130000'],
    ['110000~130000|projects', '110000_130000~projects']
  ])('%s is written %s and read back', (key, param) => {
    expect(pairParam(key)).toBe(param);
    expect(pairKey(param)).toBe(key);
    const search = encodeView({ ...DEFAULTS, metric: 'mentions', pair: key }, 'mentions');
    expect(search).toBe(`?pair=${param}`);
    expect(decodeView(search, vocab)).toEqual({ state: { ...DEFAULTS, metric: 'mentions', pair: key }, problems: [] });
  });

  it.each([
    ['12000-130800', 'a code of five digits'],
    ['120000>130800', 'the key as written inside the page'],
    ['120000-120000', 'one place at both ends'],
    ['130000_110000', 'a two-way line with its codes out of order'],
    ['120000-130800~Schools!', 'a measure that is not a measure name'],
    ['120000-999999', 'a place that does not exist'],
    ['<script>', 'markup']
  ])('%s (%s) is dropped with a notice', (param) => {
    const { state, problems } = decodeView(`?pair=${encodeURIComponent(param)}`, vocab);
    expect(state.pair).toBeNull();
    expect(problems).toEqual([{ en: `unknown flow line “${param}”`, zh: `无法识别的流向线“${param}”` }]);
  });
});
