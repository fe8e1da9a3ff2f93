import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, PLACES_FILE, readPlacesInput, serializePlaces } from '../../geo/tables/gazetteer';
import { placesTable, type PlacesInput } from '../../geo/tables/places';

describe('npm run gazetteer', () => {
  // The committed table is the golden file: UPDATE_GOLDEN=1 rewrites it (then review the diff).
  it('regenerates data/gazetteer/places.json byte for byte from geo/ toolchain packages', () => {
    const text = serializePlaces(placesTable(readPlacesInput()));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(PLACES_FILE, text);
    expect(text === readFileSync(PLACES_FILE, 'utf8'), 'data/gazetteer/places.json is stale: run npm run gazetteer').toBe(true);
  });

  it('names the input it cannot read, in one line', () => {
    expect(() => readPlacesInput({ ...DEFAULT_SOURCES, words: '/nonexistent/words.txt' })).toThrow(
      /^cannot read the English word list at \/nonexistent\/words\.txt/
    );
  });
});

// A made-up country of two provinces: 11 in the region, 22 outside.
const tiny = (over: Partial<PlacesInput> = {}): PlacesInput => ({
  provinces: [
    { code: '110000', name: '甲省' },
    { code: '220000', name: '乙省' }
  ],
  cities: [{ code: '220100', name: '丙丁市' }],
  areas: [
    { code: '220102', name: '宽城区' },
    { code: '220103', name: '朝阳区' }
  ],
  regions: {
    '110000': { code: '110000', level: 'province', parent: null, name_zh: '甲省', name_en: 'Jia' },
    '110105': { code: '110105', level: 'district', parent: '110000', name_zh: '朝阳区', name_en: 'Chaoyang District' },
    '110108': { code: '110108', level: 'county', parent: '110000', name_zh: '宽城满族自治县', name_en: 'Kuancheng County' }
  },
  jiebaDict: '',
  wordList: '',
  oldRows: [],
  ...over
});

describe('places step', () => {
  it('a same-named unit elsewhere is an out-prefix; a same-stemmed one is an elsewhere name', () => {
    const t = placesTable(tiny());
    expect(t.units['110105'].out).toEqual(['2201']);
    expect(t.elsewhere).toContainEqual(['宽城区', '2201']);
    expect(t.elsewhere).toContainEqual(['Kuancheng District', '2201']);
    expect(t.units['110108'].zh).toBe('宽城');
  });

  it('a stem that is a common word needs a cue; one that is not is safe', () => {
    // No areas elsewhere: 宽城区 would make the stem risky as a namesake.
    expect(placesTable(tiny({ areas: [], jiebaDict: '宽城 500 n\n' })).units['110108'].zr).toBe(1);
    expect(placesTable(tiny({ areas: [], jiebaDict: '宽城 5 n\n' })).units['110108'].zr).toBe(0);
    expect(placesTable(tiny()).units['110108'].zr).toBe(1);
  });

  it('an older name of a unit becomes a historic name in both scripts', () => {
    const t = placesTable(tiny({ oldRows: [{ code: '110108', name: '宽城县' }] }));
    expect(t.units['110108'].hist).toEqual([['宽城县', 'Kuancheng County']]);
  });

  it('a former name another unit of the region still bears is kept only under its prefecture', () => {
    // 110108 was once called 朝阳区, which 110105 is called now: no bare historic name, a prefecture-bound one.
    const t = placesTable(tiny({ oldRows: [{ code: '110108', name: '朝阳区' }] }));
    expect(t.units['110108'].hist).toBeUndefined();
    expect(t.units['110108'].phist).toEqual([['朝阳区', 'Chaoyang District']]);
  });

  it('the word list is asked about the stem as written: an apostrophe is no English word', () => {
    const regions = {
      '110000': { code: '110000', level: 'province', parent: null, name_zh: '甲省', name_en: 'Jia' },
      '110122': { code: '110122', level: 'county', parent: '110000', name_zh: '固安县', name_en: "Gu'an County" },
      '110123': { code: '110123', level: 'county', parent: '110000', name_zh: '冠山县', name_en: 'Guanshan County' }
    };
    const t = placesTable(tiny({ areas: [], regions, wordList: 'guan\nguanshan\n' }));
    expect(t.units['110122'].er).toBe(0);
    expect(t.units['110123'].er).toBe(1);
  });
});
