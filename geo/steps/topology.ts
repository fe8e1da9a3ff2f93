import { runMapshaper } from './mapshaper';
import type { Collection, CountyProps } from './types';

export interface TopologyOptions {
  /** Share of removable vertices kept by Visvalingam simplification (weighted), 0–1. */
  keep: number;
}

export interface Levels {
  county: Collection<CountyProps>;
  district: Collection<{ code: string }>;
  province: Collection<{ code: string }>;
}

const OUT = 'format=geojson precision=0.00001 rfc7946';

/**
 * Cleans the county layer into a valid planar partition (self-intersections removed, slivers
 * between neighbours and overlaps given to one side), simplifies it once with shared borders kept
 * shared, and dissolves the district and province levels from that same layer, so every county
 * lies exactly inside its district-level unit.
 */
export async function buildLevels(counties: Collection<CountyProps>, opts: TopologyOptions): Promise<Levels> {
  const pct = `${Math.round(opts.keep * 1000) / 10}%`;
  const withKeys = {
    ...counties,
    features: counties.features.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        district: f.properties.code.startsWith('13') ? f.properties.parent : f.properties.code,
        province: `${f.properties.code.slice(0, 2)}0000`
      }
    }))
  };
  const out = await runMapshaper(
    [
      '-rename-layers county',
      '-clean gap-fill-area=20km2 snap-interval=0.0002',
      // Two source units can carry one current code (a merger): make them one feature.
      '-dissolve code copy-fields=name_zh,parent,district,province',
      `-simplify visvalingam weighted ${pct} keep-shapes`,
      '-clean',
      `-o target=county county.json ${OUT}`,
      '-dissolve district target=county + name=district',
      '-clean target=district',
      `-o target=district district.json ${OUT}`,
      '-dissolve province target=county + name=province',
      '-clean target=province',
      `-o target=province province.json ${OUT}`
    ].join(' '),
    withKeys,
    ['county.json', 'district.json', 'province.json']
  );
  const strip = (fc: Collection<Record<string, string>>, key: string) => ({
    ...fc,
    features: fc.features.map((f) => ({ ...f, properties: { code: f.properties[key] } }))
  });
  const county = out['county.json'] as Collection<CountyProps & { district?: string; province?: string }>;
  return {
    county: {
      ...county,
      features: county.features.map(({ properties: { code, name_zh, parent }, ...f }) => ({
        ...f,
        properties: { code, name_zh, parent }
      }))
    },
    district: strip(out['district.json'] as Collection<Record<string, string>>, 'district'),
    province: strip(out['province.json'] as Collection<Record<string, string>>, 'province')
  };
}
