import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as turf from '../../geo/turf';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Props = {
  code: string;
  level: string;
  parent: string | null;
  name_zh: string;
  name_en: string;
  name_pinyin: string;
  area_km2: number;
  label: [number, number];
};
type F = Feature<Polygon | MultiPolygon, Props>;
const read = (name: string) => readFileSync(`geo/out/${name}`, 'utf8');
const level = (name: string) => (JSON.parse(read(`${name}.geojson`)) as { features: F[] }).features;
const levels = { province: level('province'), district: level('district'), county: level('county') };
const regions = JSON.parse(read('regions.json')) as Record<string, Props & { levels: string[]; bbox: number[] }>;

/** Beijing and Tianjin each have 16 districts. */
const DISTRICTS = 16;

describe('geo/out: the three levels', () => {
  it('has 3 provinces, 44 district-level units and every county-level unit', () => {
    expect(levels.province.map((f) => f.properties.code)).toEqual(['110000', '120000', '130000']);
    const d = levels.district.map((f) => f.properties.code);
    expect(d).toHaveLength(44);
    expect(d.filter((c) => c.startsWith('11'))).toHaveLength(DISTRICTS);
    expect(d.filter((c) => c.startsWith('12'))).toHaveLength(16);
    expect(d.filter((c) => c.startsWith('13'))).toEqual([
      '130100',
      '130200',
      '130300',
      '130400',
      '130500',
      '130600',
      '130700',
      '130800',
      '130900',
      '131000',
      '131100',
      '133100'
    ]);
    expect(levels.county).toHaveLength(32 + 167);
    for (const x of ['130629', '130632', '130638']) expect(regions[x].parent).toBe('133100');
  });

  it('gives every feature its id and typed properties', () => {
    for (const [name, fs] of Object.entries(levels))
      for (const f of fs) {
        const p = f.properties;
        expect(f.id, `${name} ${p.code}`).toBe(p.code);
        expect(p.code).toMatch(/^\d{6}$/);
        expect(['province', 'district', 'county']).toContain(p.level);
        expect(p.parent === null ? p.level === 'province' : regions[p.parent] !== undefined).toBe(true);
        for (const k of ['name_zh', 'name_en', 'name_pinyin'] as const) expect(p[k].length, `${p.code} ${k}`).toBeGreaterThan(0);
        expect(p.area_km2).toBeGreaterThan(0);
        expect(turf.booleanPointInPolygon(p.label, f), `${p.code} label inside`).toBe(true);
      }
  });

  it.each([
    ['120101', 'Heping District', '和平区'],
    ['120115', 'Baodi District', '宝坻区'],
    ['130800', 'Chengde', '承德市'],
    ['130900', 'Cangzhou', '沧州市'],
    ['133100', "Xiong'an New Area", '雄安新区'],
    ['130730', 'Huailai County', '怀来县'],
    ['130726', 'Yu County', '蔚县'],
    ['130225', 'Laoting County', '乐亭县']
  ])('names %s %s', (code, en, zh) => {
    expect(regions[code].name_en).toBe(en);
    expect(regions[code].name_zh).toBe(zh);
  });

  it.each([
    ['110000', 16410],
    ['120000', 11966],
    ['130000', 188800]
  ])('area of %s within 3%% of the official figure (%d km²)', (code, official) => {
    const f = levels.province.find((x) => x.properties.code === code)!;
    expect(Math.abs(turf.area(f) / 1e6 - official) / official).toBeLessThan(0.03);
  });

  // turf.kinks on each polygon: its rings neither cross nor touch. Separate parts of one MultiPolygon
  // may still meet at a vertex (an island at a river mouth), which simple features allow.
  it('has no self-intersections at any level', () => {
    for (const [name, fs] of Object.entries(levels))
      for (const f of fs) {
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const p of polys) expect(turf.kinks(turf.polygon(p)).features.length, `${name} ${f.properties.code}`).toBe(0);
      }
  });

  it('lets no two neighbours overlap by more than 0.5% of the smaller', () => {
    for (const name of ['district', 'county'] as const) {
      const fs = levels[name];
      const boxes = fs.map((f) => turf.bbox(f));
      for (let i = 0; i < fs.length; i++)
        for (let j = i + 1; j < fs.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
          const inter = turf.intersect(turf.featureCollection([fs[i], fs[j]]));
          if (!inter) continue;
          const smaller = Math.min(turf.area(fs[i]), turf.area(fs[j]));
          expect(turf.area(inter) / smaller, `${fs[i].properties.code} × ${fs[j].properties.code}`).toBeLessThan(0.005);
        }
    }
  });

  it('puts every county inside its district-level unit', () => {
    const byCode = new Map(levels.district.map((f) => [f.properties.code, f]));
    for (const c of levels.county) {
      const unit = byCode.get(c.properties.code) ?? byCode.get(c.properties.parent!);
      expect(unit, c.properties.code).toBeDefined();
      const inter = turf.intersect(turf.featureCollection([c, unit!]));
      expect(inter ? turf.area(inter) / turf.area(c) : 0, c.properties.code).toBeGreaterThan(0.99);
    }
  });

  it('stays within its size budget, 5 decimals and RFC 7946 winding', () => {
    expect(gzipSync(read('district.geojson')).length).toBeLessThanOrEqual(150 * 1024);
    expect(gzipSync(read('county.geojson')).length).toBeLessThanOrEqual(400 * 1024);
    for (const name of ['province', 'district', 'county']) {
      expect(read(`${name}.geojson`)).not.toMatch(/\d\.\d{6,}/);
      for (const f of levels[name as keyof typeof levels]) {
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const [outer, ...holes] of polys) {
          expect(turf.booleanClockwise(outer), `${f.properties.code} exterior counter-clockwise`).toBe(false);
          for (const h of holes) expect(turf.booleanClockwise(h)).toBe(true);
        }
      }
    }
  });

  it('indexes every unit of every level in regions.json', () => {
    for (const [name, fs] of Object.entries(levels))
      for (const f of fs) {
        const r = regions[f.properties.code];
        expect(r.levels).toContain(name);
        // A unit drawn at two levels is indexed with its coarser level's label.
        if (r.levels[0] === name) expect(r.label).toEqual(f.properties.label);
        expect(r.bbox).toHaveLength(4);
      }
    expect(Object.keys(regions)).toHaveLength(3 + 44 + 167 + 0);
  });
});
