// Issue 12 (s21): figure causes seen on held-out text — roundups whose items open with a bare dateline in
// capitals ("HANDAN -- …"): the filing place is the subject of the item's figures only when its sentences
// name no other place.
// Our own sentences; places from the real region table (geo/out/regions.json).
import { describe, expect, it } from 'vitest';
import { figureRows as rows } from './helpers';

const cases = (list: [string, string, [number, string, string | null]][]) => list;
const roundup = (body: string) => `Regional briefs\n2024-05-20 09:10  Source: test desk\n\n${body}\n`;

describe('a bare dateline in capitals is where the item was filed', () => {
  it.each(
    cases([
      [
        'the unit the sentence names wins over the filing city',
        roundup("TANGSHAN -- Qian'an City signed 8 projects with Beijing firms on Monday."),
        [8, 'projects', '130283']
      ],
      [
        'a unit qualified by the filing city is still the unit',
        roundup('CHENGDE -- Xinglong County of Chengde opened a fruit market covering 18,000 square metres.'),
        [18_000, 'm2', '130822']
      ],
      [
        'a sentence that names no place takes the filing city',
        roundup('BAODING, — Exports of the inland port rose 12 percent in the first quarter.'),
        [12, 'percent', '130600']
      ],
      [
        'so does a later sentence of the item',
        roundup('LANGFANG -- Officials opened a cold-chain hub on Tuesday. The hub covers 36,000 square metres.'),
        [36_000, 'm2', '131000']
      ],
      [
        'each item has its own filing place',
        roundup("HANDAN -- Wu'an added 5 clinics this spring.\n\nCHENGDE -- Hotels booked 2.4 million visitors in May."),
        [2_400_000, 'visitors', '130800']
      ],
      [
        'the earlier item keeps the unit its sentence names',
        roundup("HANDAN -- Wu'an added 5 clinics this spring.\n\nCHENGDE -- Hotels booked 2.4 million visitors in May."),
        [5, 'clinics', '130481']
      ],
      [
        'a bulleted item',
        roundup('- ZHUOZHOU -- Nine firms from Haidian District moved in this year.'),
        [9, 'enterprises', '130681']
      ],
      [
        'things from a source go to the filing place when no receiver is named',
        roundup("XIONG'AN -- Four state firms moved their headquarters from Beijing this year."),
        [4, 'enterprises', '133100']
      ],
      [
        'a multi-word dateline with one hyphen',
        roundup('XIANGHE COUNTY - A furniture mall reported sales of 900 million yuan, up 6 percent.'),
        [900_000_000, 'yuan', '131024']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a dated dateline still gives way to the unit the lead names', () => {
    expect(rows(roundup("LANGFANG, April 15 -- Gu'an signed 14 projects this quarter."))).toContainEqual([
      14,
      'projects',
      '131022'
    ]);
  });
});

describe('where an event is held, and places a delegation visits', () => {
  it.each(
    cases([
      [
        '在北京举办 after the host city: the host signs the projects',
        '推介会签约\n发布时间：2024年6月2日\n\n6月1日，保定市在北京举办文旅招商推介会，现场签约项目27个。',
        [27, 'projects', '130600']
      ],
      [
        'the money of the same clause list',
        '推介会签约\n发布时间：2024年6月2日\n\n6月1日，保定市在北京举办文旅招商推介会，现场签约项目27个，总投资88亿元。',
        [8_800_000_000, 'yuan', '130600']
      ],
      [
        'a part of the total by senders’ firms stays with the host',
        '推介会签约\n发布时间：2024年6月2日\n\n6月1日，保定市在天津召开招商推介会，签约项目27个。其中，天津企业投资项目15个。',
        [15, 'projects', '130600']
      ],
      [
        '赴两县考察: the organiser’s firms, not the two counties together',
        '对口协作\n发布时间：2024年6月2日\n\n河西区与张家口市召开协作会议。河西区组织12家企业赴两县考察对接。',
        [12, 'enterprises', '120103']
      ],
      [
        'a firm that settles in one of them after the visit',
        '对口协作\n发布时间：2024年6月2日\n\n河西区与张家口市召开协作会议。河西区组织12家企业赴两县考察，最终有3家企业在张北县签约。',
        [3, 'enterprises', '130722']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: an event held in a place with no host named keeps the place', () => {
    expect(rows('推介会\n\n6月1日，在唐山市举办的推介会上签约项目27个。')).toContainEqual([27, 'projects', '130200']);
  });
  it('guard: money given to two counties together is theirs together', () => {
    expect(rows('对口协作\n\n河西区今年向两县拨付协作资金8000万元。')).toContainEqual([80_000_000, 'yuan', null]);
  });
});

describe('a bare 新区 is the new area the article speaks of', () => {
  const xiongan = (body: string) => `雄安新区又迎新项目\n发布时间：2024年6月2日\n\n${body}\n`;
  it.each(
    cases([
      [
        '布局在新区 in the clause before, after an organisation’s origin',
        xiongan('三家天津医院的分院建在新区东部，总床位1200张。'),
        [1200, 'beds', '133100']
      ],
      [
        'the sentence after, whose only place is an organisation’s origin',
        xiongan('两所北京高校的新校区落户新区。项目总投资约60亿元。'),
        [6_000_000_000, 'yuan', '133100']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: 高新区 is a zone’s name, not the new area', () => {
    expect(rows(xiongan('一家天津企业在衡水高新区投资5亿元。'))).not.toContainEqual([500_000_000, 'yuan', '133100']);
  });
  it('guard: with no new area named, 新区 points nowhere', () => {
    expect(rows('保定市招商\n\n北京一家企业的工厂建在新区东部，占地300亩。')).not.toContainEqual([300, 'mu', '133100']);
  });
});

describe('an organisation of the region investing outside it is credited to its own place', () => {
  it.each(
    cases([
      [
        '在内蒙古…投资 in an article about a unit of another province',
        '东丽区对口协作工作综述\n发布时间：2024年6月2日\n\n东丽区今年深化对口协作。另外，沽源一家马铃薯企业今年在内蒙古包头投资8000万元建设仓储基地。',
        [80_000_000, 'yuan', '130724']
      ],
      [
        '"there" after a city and its province outside the region',
        'Langfang report\nUpdated on 2024-06-02\n\nBazhou signed 9 projects. A Sanhe furniture maker opened its new plant in Wuhan, Hubei, spending 700 million yuan there.',
        [700_000_000, 'yuan', '131082']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "there" after a unit of the region is that unit', () => {
    expect(
      rows(
        'Langfang report\nUpdated on 2024-06-02\n\nA Sanhe furniture maker opened a plant in Bazhou, spending 700 million yuan there.'
      )
    ).toContainEqual([700_000_000, 'yuan', '131081']);
  });
});

describe('English: where counted things are built or sent, and events held elsewhere', () => {
  const report = (body: string) => `County report\nUpdated on 2024-06-02\n\n${body}\n`;
  it.each(
    cases([
      [
        '"projects to be built in X" after a sender’s firms',
        report('The two sides met in Huanghua, and Beijing firms signed 9 projects to be built in Renqiu.'),
        [9, 'projects', '130982']
      ],
      [
        'teachers of a district sent to teach in "the district" are the receiving district’s',
        report(
          'In the Luquan District of Shijiazhuang, schools are changing. The teachers of Xicheng District 24 persons were sent to teach in the district.'
        ),
        [24, 'teachers', '130110']
      ],
      [
        'a target after the city holds promotion meetings in Beijing and Tianjin',
        report(
          'Xingtai City signed 30 projects. The next step, the city will hold promotion meetings in Tianjin and Beijing, the target is the projects 50.'
        ),
        [50, 'projects', '130500']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "in the park" is still a locative of the figure’s place', () => {
    expect(
      rows(report('Gu’an opened a park. Nine firms from Daxing District moved into the park of Gu’an County.'))
    ).toContainEqual([9, 'enterprises', '131022']);
  });
});

describe('English: groups with a qualifier, and employees counted in persons', () => {
  const report = (body: string) => `Partner report\nUpdated on 2024-06-02\n\n${body}\n`;
  it.each(
    cases([
      [
        '"the two Tianjin districts" act together: no single unit',
        report(
          'Hexi and Nankai districts are paired with Weixian County. The two Tianjin districts have given 90 million yuan so far.'
        ),
        [90_000_000, 'yuan', null]
      ],
      [
        '"the employees 150 persons" counts employees',
        report('A Daxing printing firm moved into Gu’an County in May, the employees 150 persons came with it.'),
        [150, 'employees', '131022']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a unit of its own after the group still owns the figure', () => {
    expect(rows(report('The two Tianjin districts met in Gu’an. Gu’an County signed 12 projects with both.'))).toContainEqual([
      12,
      'projects',
      '131022'
    ]);
  });
});

describe('Chinese counted nouns: level adjectives and heads shared along a list', () => {
  it.each(
    cases([
      ['8家县级医院 counts hospitals', '邯郸市医疗协作\n\n邯郸市8家县级医院与北京三甲医院结对。', [8, 'hospitals', '130400']],
      ['3个市级项目 counts projects', '邯郸市\n\n邯郸市新增3个市级重点项目。', [3, 'projects', '130400']],
      [
        '霸州市3个、文安县2个项目: the first member counts the noun the last one writes',
        '廊坊通报\n\n二、进度滞后的项目。霸州市3个、文安县2个项目尚未开工。',
        [3, 'projects', '131081']
      ],
      [
        'a count inside the phrase of firms investing outside the region',
        '邯郸市\n\n另有三家邯郸企业去年在湖北武汉投资建厂，总投资2.4亿元。',
        [3, 'enterprises', '130400']
      ],
      ['and their money', '邯郸市\n\n另有三家邯郸企业去年在湖北武汉投资建厂，总投资2.4亿元。', [240_000_000, 'yuan', '130400']]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: 四个县 still counts no places', () => {
    expect(rows('邯郸市\n\n邯郸市四个县参加了推介会。')).toEqual([]);
  });
  it('guard: a member with its own noun keeps it (学校2所、3所幼儿园)', () => {
    expect(rows('邯郸市\n\n邯郸市新建学校2所、改建3所幼儿园。')).toContainEqual([2, 'schools', '130400']);
  });
});

describe('a province is never "the city"', () => {
  it.each(
    cases([
      [
        '"the city\'s bureau said" after "X in north China\'s Hebei Province"',
        "City report\nUpdated on 2024-06-02\n\nXingtai in north China's Hebei Province signed 40 projects with firms from Beijing, the city's bureau said; 25 were from Beijing.",
        [25, 'projects', '130500']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "the city" can still be a municipality', () => {
    expect(
      rows('Tianjin report\n\nTianjin signed 30 deals in May. The city expects 12 billion yuan of investment.')
    ).toContainEqual([12_000_000_000, 'yuan', '120000']);
  });
});

describe('English: the seat of the senders and whose funds they are', () => {
  const report = (body: string) => `Report\nUpdated on 2024-06-02\n\n${body}\n`;
  it.each(
    cases([
      [
        '"from firms headquartered in Tianjin": the money goes to the receiver',
        report('Renqiu has taken in 21 projects from private firms headquartered in Tianjin, with investment of 6 billion yuan.'),
        [6_000_000_000, 'yuan', '130982']
      ],
      [
        '"of Tianjin\'s aid funds into 9 villages": the villages are the county\'s',
        report(
          "Fuping County put up new wells this year. The county also channelled 20 million yuan of Tianjin's aid funds into 9 villages."
        ),
        [9, 'villages', '130624']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "firms from Beijing have registered in Gu’an": Gu’an receives', () => {
    expect(rows(report('Since 2020 more than 400 companies from Beijing have registered in Gu’an County.'))).toContainEqual([
      400,
      'enterprises',
      '131022'
    ]);
  });
});

describe('English: a count in the clause after what a level word sends', () => {
  it('"the district has sent doctors to the hospital of X, 30 persons in all" counts at X', () => {
    expect(
      rows(
        'Zhuolu report\nUpdated on 2024-06-02\n\nQ: Changping District paired with our county in 2019. Also the district has sent doctors to the hospital of Zhuolu, 30 persons in all.'
      )
    ).toContainEqual([30, 'people', '130731']);
  });
  it('guard: with no destination named, the level word still names the sender’s clause', () => {
    expect(
      rows(
        'Changping report\nUpdated on 2024-06-02\n\nChangping District runs clinics. Also the district has trained doctors, 30 persons in all.'
      )
    ).toContainEqual([30, 'people', '110114']);
  });
});

describe('Chinese: breakdowns of a total and where all of them went', () => {
  it.each(
    cases([
      [
        '按行业分 after 其中北京…家、天津…家: the total’s unit, not a member’s',
        '邢台市承接\n\n全年邢台市新落地京津企业120家。其中北京70家、天津50家。按行业分，食品企业30家，纺织企业25家。',
        [30, 'enterprises', '130500']
      ],
      [
        '有6家，全部落户: where they went',
        '唐山承接\n\n丰南区和滦南县分别承接京津项目20个和9个。其中，从天津整体搬迁而来的企业有6家，全部落户丰南区。',
        [6, 'enterprises', '130207']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a member of a breakdown in its own sentence keeps its share', () => {
    expect(rows('邢台市承接\n\n全年邢台市新落地京津企业120家，其中北京70家、天津50家。')).toContainEqual([
      120,
      'enterprises',
      '130500'
    ]);
  });
});

describe('Chinese: a part of a total that says where it went', () => {
  it.each(
    cases([
      [
        '其中…迁往 one unit: the receiver’s',
        '西青区疏解\n\n近两年，西青区累计疏解制造业企业26家，其中11家迁往廊坊市，其余关停。',
        [11, 'enterprises', '131000']
      ],
      [
        '其中…迁往 a list of units: no single unit’s',
        '西青区疏解\n\n近两年，西青区累计疏解制造业企业26家，其中11家迁往河北省廊坊市、保定市，其余关停。',
        [11, 'enterprises', null]
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a part with no destination stays with the whole', () => {
    expect(rows('西青区疏解\n\n近两年，西青区累计疏解制造业企业26家，其中11家已关停。')).toContainEqual([
      11,
      'enterprises',
      '120111'
    ]);
  });
});

describe('Chinese: a partner’s own things counted right after 的', () => {
  it('与X的两家医院 are X’s hospitals', () => {
    expect(rows('帮扶\n\n昌平区已与赤城县的三家医院建立托管关系。')).toContainEqual([3, 'hospitals', '130732']);
  });
  it('guard: 北京的三家医院 after a verb of receiving are not the source’s', () => {
    expect(rows('帮扶\n\n赤城县引进了北京的三家医院。')).not.toContainEqual([3, 'hospitals', '110000']);
  });
});

describe('counts of people and teams keep their head noun as written (issue 12)', () => {
  it.each(
    cases([
      ['"staff" is its own plural', 'Jobs\n\nA plant in Xianghe County now employs 1,900 staff.', [1900, 'staff', '131024']],
      [
        '"medical staff" before a verb',
        'Clinics\n\nThe hospital in Weichang County posted 22 medical staff to its village clinics.',
        [22, 'staff', '130828']
      ],
      [
        'a label of eight words',
        'Results\n\nFigures for Yi County this year:\n\n- Firms from the capital that opened plants here: 14\n',
        [14, 'enterprises', '130633']
      ],
      ['护士…名', '卫生\n\n今年丰宁满族自治县招录护士36名。', [36, 'nurses', '130826']],
      ['工人…名', '用工\n\n宽城满族自治县一家钢厂新招工人420名。', [420, 'workers', '130827']],
      ['队伍…支', '志愿\n\n围场满族蒙古族自治县组建志愿服务队伍18支。', [18, 'teams', '130828']],
      ['公寓…套', '安居\n\n固安县建成人才公寓640套。', [640, 'apartments', '131022']]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});
