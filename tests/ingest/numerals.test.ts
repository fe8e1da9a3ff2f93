import { describe, expect, it } from 'vitest';
import { parseNumberAt, readChineseNumeral, readEnglishNumberWords } from '../../src/lib/ingest/numerals';

const n = (value: number | null, raw: string, approx = false) => ({ value, raw, approx });
const read = (s: string, lang: 'en' | 'zh') => {
  const r = parseNumberAt(s, 0, lang);
  return r && { value: r.value, raw: r.raw, approx: r.approx };
};

describe('Chinese numerals', () => {
  it.each([
    ['四个', n(4, '四')],
    ['两家', n(2, '两')],
    ['十家', n(10, '十')],
    ['十二座', n(12, '十二')],
    ['二十余所', n(20, '二十', true)],
    ['三十多名', n(30, '三十', true)],
    ['十几家', n(10, '十', true)],
    ['一百二十个', n(120, '一百二十')],
    ['一百零五项', n(105, '一百零五')],
    ['一百二', n(120, '一百二')],
    ['三千五', n(3500, '三千五')],
    ['一万五', n(15000, '一万五')],
    ['三千五百万', n(35000000, '三千五百万')],
    ['一亿二千万', n(120000000, '一亿二千万')],
    ['两亿', n(200000000, '两亿')],
    ['一万亿', n(1e12, '一万亿')],
    ['二十余万人', n(200000, '二十', true)],
    ['三四家', n(3, '三四', true)],
    ['二〇二四年', n(2024, '二〇二四')],
    ['十四五规划', n(14, '十四')],
    ['数十家', n(null, '数十', true)],
    ['几百名', n(null, '几百', true)],
    ['上千人', n(null, '上千', true)]
  ])('%s', (s, expected) => expect(read(s, 'zh')).toEqual(expected));

  it.each([['百家争鸣'], ['千家万户'], ['万家灯火'], ['上十'], ['企业']])('no numeral at the start of %s', (s) =>
    expect(readChineseNumeral(s)).toBeNull()
  );

  it('reads at an offset and reports the end', () => {
    const s = '共有二十余所学校';
    expect(readChineseNumeral(s, 2)).toEqual({ value: 20, end: 5, raw: '二十', approx: true });
  });
});

describe('digits with scale words', () => {
  it.each([
    ['3.2万', 'zh', n(32000, '3.2')],
    ['1.5亿元', 'zh', n(150000000, '1.5')],
    ['5千万', 'zh', n(50000000, '5')],
    ['2万亿', 'zh', n(2e12, '2')],
    ['1700余家', 'zh', n(1700, '1700', true)],
    ['1700余万', 'zh', n(17000000, '1700', true)],
    ['3万余', 'zh', n(30000, '3', true)],
    ['4,959 projects', 'en', n(4959, '4,959')],
    ['12,34', 'en', n(12, '12')],
    ['1.2 billion yuan', 'en', n(1.2e9, '1.2')],
    ['3.5 hundred million', 'en', n(3.5e8, '3.5')],
    ['0.8 billion', 'zh', n(8e8, '0.8')]
  ] as const)('%s (%s)', (s, lang, expected) => expect(read(s, lang)).toEqual(expected));
});

describe('English number words', () => {
  it.each([
    ['four hospitals', n(4, 'four')],
    ['fifteen', n(15, 'fifteen')],
    ['twenty-one firms', n(21, 'twenty-one')],
    ['twenty one', n(21, 'twenty one')],
    ['two hundred', n(200, 'two hundred')],
    ['two hundred and five', n(205, 'two hundred and five')],
    ['one hundred and twenty-three', n(123, 'one hundred and twenty-three')],
    ['fifteen thousand', n(15000, 'fifteen thousand')],
    ['three million', n(3e6, 'three million')],
    ['a hundred million', n(1e8, 'a hundred million')],
    ['a dozen', n(12, 'a dozen')],
    ['half a dozen', n(6, 'half a dozen')],
    ['a score of', n(20, 'a score of')],
    ['hundreds of', n(null, 'hundreds of', true)],
    ['dozens of', n(null, 'dozens of', true)],
    ['tens of thousands of', n(null, 'tens of thousands of', true)],
    ['two three', n(2, 'two')],
    ['ten five', n(10, 'ten')],
    ['five and six', n(5, 'five')]
  ])('%s', (s, expected) => expect(read(s, 'en')).toEqual(expected));

  it.each([['someone'], ['often'], ['weight'], ['hundred'], ['a lot'], ['scores']])('no number in %s', (s) =>
    expect(readEnglishNumberWords(s)).toBeNull()
  );

  it('needs a word boundary before', () => expect(readEnglishNumberWords('someone', 4)).toBeNull());
});

describe('bare hundreds and thousands', () => {
  it.each([
    ['千亿元', 0, n(1e11, '千亿')],
    ['百万吨', 0, n(1e6, '百万')],
    ['超千个', 1, n(1000, '千', true)],
    ['逾百家', 1, n(100, '百', true)]
  ] as const)('%s at %i', (s, at, expected) => {
    const r = readChineseNumeral(s, at);
    expect(r && { value: r.value, raw: r.raw, approx: r.approx }).toEqual(expected);
  });
  it('a bare 百 or 千 elsewhere is an idiom, not a number', () => {
    expect(readChineseNumeral('千家万户', 0)).toBeNull();
    expect(readChineseNumeral('百家', 0)).toBeNull();
  });
  it('an English scale word may be hyphenated before a unit', () => {
    expect(parseNumberAt('a 90-million-yuan loan', 2, 'en')?.value).toBe(9e7);
  });
});
