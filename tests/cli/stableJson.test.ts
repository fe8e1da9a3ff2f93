import { describe, expect, it } from 'vitest';
import { stableJson } from '../../scripts/lib/stableJson';
import { recordJson } from '../../scripts/lib/task';
import { sortKeys } from '../../src/lib/ingest/output';

// The ingest library's way: a sorted copy through object literals, then the native printer.
const reference = (v: unknown) => JSON.stringify(sortKeys(v), null, 2);

describe('stableJson prints what JSON.stringify(sortKeys(v), null, 2) prints', () => {
  it.each([
    ['scalars', [1, -0, 1.5e-7, 1e21, NaN, Infinity, true, false, null, 'a"b\\c\u2028', '和平区']],
    ['empty containers', { a: [], b: {}, c: [[]], d: [{}] }],
    ['undefined and functions', { a: undefined, b: () => 1, c: [undefined, () => 1], d: 1 }],
    ['region codes before other keys, in numeric order', { z: 1, '120101': 2, '99': 3, '0': 4, '007': 5, '4294967295': 6, a: 7 }],
    ['nested records', { id: 'x', mentions: { '131082': 1, '110108': 2 }, figures: [{ value: 3, unit: '亿元', flags: [] }] }],
    ['a Date becomes {} in both', { when: new Date(0) }]
  ])('%s', (_, v) => expect(stableJson(v)).toBe(reference(v)));

  it('indents a record for its place in the articles array', () => {
    const r = { b: [1, { c: 2 }], a: 'x' };
    expect(recordJson(r)).toBe('    ' + reference(r).replace(/\n/g, '\n    '));
  });
});
