import { describe, expect, it } from 'vitest';
import { assignCodes, type CodeRow } from '../../geo/steps/codes';
import { gcjToWgs84 } from '../../geo/steps/datum';
import { placeNames } from '../../geo/steps/names';
import { detachTouchingHoles } from '../../geo/steps/touching';
import type { Area, Collection, SourceProps } from '../../geo/steps/types';
import { fixture, golden } from './golden';

// Golden files: tests/fixtures/<step>/in → out. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/geo
describe('geo steps (golden files)', () => {
  it('codes: current codes, renames, Xiong’an parent', () => {
    golden(
      'codes',
      'source',
      assignCodes(fixture<Collection<SourceProps>>('codes', 'source'), fixture<CodeRow[]>('codes', 'table'))
    );
  });
  it('codes: an unknown name stops the build, naming it', () => {
    const source = fixture<Collection<SourceProps>>('codes', 'source');
    source.features[0].properties.name = '不存在区';
    expect(() => assignCodes(source, fixture<CodeRow[]>('codes', 'table'))).toThrow(
      /unknown county-level name "不存在区" in 120000/
    );
  });
  it('datum: GCJ-02 to WGS-84, about 500 m west and south-west', () => {
    const out = gcjToWgs84(fixture<Collection<{ note: string }>>('datum', 'points'));
    golden('datum', 'points', out);
    const [x0, y0] = (out.features[0].geometry as GeoJSON.Polygon).coordinates[0][0];
    expect(117.2 - x0).toBeGreaterThan(0.004);
    expect(117.2 - x0).toBeLessThan(0.008);
    expect(39.12 - y0).toBeGreaterThan(0);
  });
  it('names: English and pinyin by the rules and overrides', () => {
    const rows = fixture<[string, 'province' | 'prefecture' | 'county'][]>('names', 'names');
    golden(
      'names',
      'names',
      rows.map(([zh, kind]) => ({ zh, ...placeNames(zh, kind) }))
    );
  });
  it('touching: a hole that touches the exterior is moved off it', () => {
    golden('touching', 'hole', detachTouchingHoles(fixture<Area>('touching', 'hole')));
  });
});
