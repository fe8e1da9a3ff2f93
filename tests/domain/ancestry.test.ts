import { describe, expect, it } from 'vitest';
import { isWithin, parentChain } from '../../src/lib/domain/ancestry';

const index = {
  '130000': { parent: null },
  '130600': { parent: '130000' },
  '130681': { parent: '130600' },
  '999001': { parent: '999002' },
  '999002': { parent: '999001' } // a cycle, as bad data might have
};
const map = new Map(Object.entries(index).map(([c, r]) => [c, r.parent]));

describe.each([
  ['a region index', index],
  ['a parent map', map]
])('parentChain over %s', (_, lookup) => {
  it.each([
    ['130681', ['130681', '130600', '130000']],
    ['130000', ['130000']],
    ['404404', ['404404']]
  ])('%s → %j', (code, chain) => expect(parentChain(code, lookup)).toEqual(chain));
  it('ends on a cycle', () => expect(parentChain('999001', lookup)).toHaveLength(8));
  it.each([
    ['130681', '130000', true],
    ['130681', '130681', true],
    ['130000', '130681', false],
    ['130600', '110000', false]
  ])('isWithin(%s, %s) = %s', (code, region, want) => expect(isWithin(code, region, lookup)).toBe(want));
});
