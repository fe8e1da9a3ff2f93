/**
 * County-level changes since the source was drawn, by (source file, old name) → current name.
 * Each is a GB/T 2260 change the code table already reflects; the geometry is unchanged except
 * where noted in geo/README.md (邢台县 was split; its area goes to 信都区, which took most of it).
 */
export const RENAMES: Record<string, Record<string, string>> = {
  '130200': { 滦县: '滦州市' }, // 2018: county → county-level city
  '130500': {
    桥东区: '襄都区', // 2020 Xingtai reform
    桥西区: '信都区',
    邢台县: '信都区',
    任县: '任泽区',
    南和县: '南和区'
  },
  '130800': { 平泉县: '平泉市' } // 2017
};

/** The three counties that form Xiong'an New Area (2017), taken out of 保定市. */
export const XIONGAN = { code: '133100', name_zh: '雄安新区', counties: ['130629', '130632', '130638'] } as const;
