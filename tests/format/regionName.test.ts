import { describe, expect, it } from 'vitest';
import { nameIn, nameKey, otherNames, regionList, regionName, regionNames } from '../../src/lib/format/regionName';
import type { RegionEntry, RegionIndex } from '../../src/lib/domain/region';

const entry = (code: string, name_zh: string, name_en: string, name_pinyin: string): RegionEntry => ({
  code,
  level: 'district',
  parent: null,
  name_zh,
  name_en,
  name_pinyin,
  area_km2: 1,
  label: [0, 0],
  levels: ['district'],
  bbox: [0, 0, 0, 0]
});
const baoding = entry('130600', '保定市', 'Baoding', 'Bǎodìng Shì');
const regions: RegionIndex = {
  '130600': baoding,
  '130800': entry('130800', '承德市', 'Chengde', 'Chéngdé Shì'),
  '110000': entry('110000', '北京市', 'Beijing', 'Běijīng Shì')
};

describe('names in the reader’s language', () => {
  it.each([
    ['zh', '保定市', 'Baoding'],
    ['en', 'Baoding', '保定市 · Bǎodìng Shì']
  ] as const)('%s: name %s, other names %s', (lang, name, other) => {
    expect(nameIn(baoding, lang)).toBe(name);
    expect(baoding[nameKey(lang)]).toBe(name);
    expect(otherNames(baoding, lang)).toBe(other);
  });

  it.each([
    ['130600', 'en', 'Baoding'],
    ['130600', 'zh', '保定市'],
    ['404404', 'en', '404404'],
    [null, 'en', ''],
    [undefined, 'zh', '']
  ] as const)('regionName(%s, %s) = %j', (code, lang, want) => expect(regionName(regions, code, lang)).toBe(want));

  it.each([
    [['110000', '130800'], 'en', 'Beijing + Chengde', 'Beijing and Chengde'],
    [['110000', '130800', '130600'], 'zh', '北京市、承德市、保定市', '北京市、承德市、保定市'],
    [['110000', '130800', '130600'], 'en', 'Beijing + Chengde + Baoding', 'Beijing, Chengde, and Baoding']
  ] as const)('%j in %s: together %j, in prose %j', (codes, lang, together, prose) => {
    expect(regionNames(regions, codes, lang)).toBe(together);
    expect(regionList(regions, codes, lang)).toBe(prose);
  });
});
