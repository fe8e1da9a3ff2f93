/**
 * The one declaration of every unit the ingest, the flows and the metrics use: its names in both
 * languages (English singular/plural, the Chinese written after a number and the bare Chinese name,
 * read by src/lib/format/units.ts) and, for counted things, what the ingest reads in Chinese text —
 * the head nouns that name it (企业, 公司 → enterprises; src/lib/ingest/units.ts) and the measure
 * words that count it (家企业, 个项目: a measure word with no noun of its own reaches back only to a
 * noun it can count). Pure data, small: the explorer's first load imports it through the formatter.
 */
export interface UnitDecl {
  one: string;
  other: string;
  /** Written right after the number in Chinese (47个项目). */
  zh: string;
  /** The unit on its own, in Chinese (legend, table header). */
  zhName: string;
  /** No space between number and unit in English (%, km²). */
  tight?: boolean;
  /** Chinese head nouns the ingest reads as this unit. */
  nouns?: readonly string[];
  /** Chinese measure words that count it. */
  measureWords?: string;
}

type Extra = Pick<UnitDecl, 'tight' | 'nouns' | 'measureWords'>;
const U = (one: string, other: string, zh: string, zhName: string, extra: Extra = {}): UnitDecl => ({
  one,
  other,
  zh,
  zhName,
  tight: extra.tight ?? false,
  nouns: extra.nouns,
  measureWords: extra.measureWords
});

export const UNIT_DECLS: Record<string, UnitDecl> = {
  yuan: U('yuan', 'yuan', '元', '元'),
  usd: U('US dollar', 'US dollars', '美元', '美元'),
  percent: U('%', '%', '%', '%', { tight: true }),
  km2: U('km²', 'km²', '平方公里', '平方公里'),
  m2: U('m²', 'm²', '平方米', '平方米'),
  km: U('km', 'km', '公里', '公里'),
  m: U('m', 'm', '米', '米'),
  mu: U('mu', 'mu', '亩', '亩'),
  kw: U('kW', 'kW', '千瓦', '千瓦'),
  t: U('tonne', 'tonnes', '吨', '吨'),
  projects: U('project', 'projects', '个项目', '项目', { nouns: ['项目'], measureWords: '个项' }),
  // Firms named by their trade (经销商, 供应商 …) are enterprises.
  enterprises: U('enterprise', 'enterprises', '家企业', '企业', {
    nouns: ['企业', '公司', '厂家', '经销商', '供应商', '批发商', '零售商', '生产商', '制造商', '服务商', '运营商', '厂商'],
    measureWords: '家个'
  }),
  // 科研院所6家, 研究院3家: research institutes are institutions.
  institutions: U('institution', 'institutions', '家机构', '机构', {
    nouns: ['机构', '科研院所', '院所', '研究院', '研究所'],
    measureWords: '家个所'
  }),
  institutes: U('institute', 'institutes', '家院所', '院所'),
  items: U('item', 'items', '项', '项', { nouns: ['服务事项', '事项'], measureWords: '项个' }),
  service_items: U('service item', 'service items', '项服务事项', '服务事项'),
  beds: U('bed', 'beds', '张床位', '床位', { nouns: ['床位', '病床'], measureWords: '张床个' }),
  buildings: U('building', 'buildings', '栋建筑', '建筑', { nouns: ['楼宇', '楼房'], measureWords: '栋幢座' }),
  communities: U('community', 'communities', '个社区', '社区', { nouns: ['小区', '社区'], measureWords: '个' }),
  species: U('species', 'species', '种', '物种', { nouns: ['物种'], measureWords: '种' }),
  vehicles: U('vehicle', 'vehicles', '辆', '车辆', { nouns: ['车辆', '汽车'], measureWords: '辆台' }),
  schools: U('school', 'schools', '所学校', '学校', {
    nouns: ['学校', '中学', '小学', '分校', '校区', '院校'],
    measureWords: '所个'
  }),
  hospitals: U('hospital', 'hospitals', '家医院', '医院', { nouns: ['医院'], measureWords: '家所座' }),
  merchants: U('merchant', 'merchants', '家商户', '商户', { nouns: ['商户', '商家'], measureWords: '家户个' }),
  relics: U('relic', 'relics', '件文物', '文物', { nouns: ['文物保护单位'], measureWords: '处件' }),
  people: U('person', 'people', '人', '人'),
  households: U('household', 'households', '户', '户', { nouns: ['家庭', '农户', '住户'], measureWords: '户' }),
  firms: U('firm', 'firms', '家', '企业'),
  companies: U('company', 'companies', '家公司', '公司'),
  universities: U('university', 'universities', '所高校', '高校', { nouns: ['高校', '大学'], measureWords: '所' }),
  kindergartens: U('kindergarten', 'kindergartens', '所幼儿园', '幼儿园', { nouns: ['幼儿园'], measureWords: '所个家' }),
  // 招生800人: the people a school enrols are students.
  students: U('student', 'students', '名学生', '学生', { nouns: ['学生', '招生', '在校生'], measureWords: '名位人' }),
  teachers: U('teacher', 'teachers', '名教师', '教师', { nouns: ['教师', '老师'], measureWords: '名位人' }),
  doctors: U('doctor', 'doctors', '名医生', '医生', { nouns: ['医生'], measureWords: '名位人' }),
  experts: U('expert', 'experts', '名专家', '专家', { nouns: ['专家'], measureWords: '名位人' }),
  employees: U('employee', 'employees', '名员工', '员工', { nouns: ['员工', '职工'], measureWords: '名位人' }),
  // Older gold counts 干部 as people, so the ingest does not read 干部 as a unit of its own; the name serves English text.
  cadres: U('cadre', 'cadres', '名干部', '干部'),
  talents: U('talent', 'talents', '名人才', '人才', { nouns: ['人才'], measureWords: '名位人' }),
  residents: U('resident', 'residents', '名居民', '居民', { nouns: ['居民'], measureWords: '名位人' }),
  visitors: U('visitor', 'visitors', '名游客', '游客', { nouns: ['游客'], measureWords: '名位人' }),
  tourists: U('tourist', 'tourists', '名游客', '游客'),
  visits: U('visit', 'visits', '人次', '人次'),
  jobs: U('job', 'jobs', '个岗位', '岗位', { nouns: ['岗位'], measureWords: '个' }),
  seats: U('seat', 'seats', '个座位', '座位', { nouns: ['座位', '席位', '学位'], measureWords: '个席' }),
  stores: U('store', 'stores', '家门店', '门店', { nouns: ['门店', '商店', '店铺'], measureWords: '家个' }),
  branches: U('branch', 'branches', '家分支机构', '分支机构', { nouns: ['分支机构', '分公司', '分厂'], measureWords: '家个' }),
  classes: U('class', 'classes', '个班', '班级'),
  villages: U('village', 'villages', '个村', '村', { nouns: ['村庄', '行政村'], measureWords: '个' }),
  countries: U('country', 'countries', '个国家', '国家'),
  farms: U('farm', 'farms', '家农场', '农场'),
  cooperatives: U('cooperative', 'cooperatives', '家合作社', '合作社', { nouns: ['合作社'], measureWords: '家个' }),
  guesthouses: U('guesthouse', 'guesthouses', '家民宿', '民宿', { nouns: ['民宿'], measureWords: '家个' }),
  hotels: U('hotel', 'hotels', '家酒店', '酒店', { nouns: ['酒店'], measureWords: '家座' }),
  parks: U('park', 'parks', '个园区', '园区', { nouns: ['园区', '科技园', '产业园'], measureWords: '个家座' }),
  platforms: U('platform', 'platforms', '个平台', '平台', { nouns: ['平台'], measureWords: '个家' }),
  laboratories: U('laboratory', 'laboratories', '个实验室', '实验室', { nouns: ['实验室'], measureWords: '个家' }),
  centres: U('centre', 'centres', '个中心', '中心', { nouns: ['中心'], measureWords: '个家座' }),
  studios: U('studio', 'studios', '个工作室', '工作室', { nouns: ['工作室'], measureWords: '个家' }),
  'scenic areas': U('scenic area', 'scenic areas', '个景区', '景区', { nouns: ['景区'], measureWords: '个家处' }),
  routes: U('route', 'routes', '条线路', '线路', { nouns: ['线路'], measureWords: '条' }),
  roads: U('road', 'roads', '条道路', '道路', { nouns: ['道路'], measureWords: '条' }),
  highways: U('highway', 'highways', '条公路', '公路', { nouns: ['公路', '高速公路'], measureWords: '条' }),
  bridges: U('bridge', 'bridges', '座桥梁', '桥梁', { nouns: ['桥梁'], measureWords: '座' }),
  berths: U('berth', 'berths', '个泊位', '泊位', { nouns: ['泊位'], measureWords: '个' }),
  lines: U('line', 'lines', '条生产线', '生产线', { nouns: ['生产线'], measureWords: '条' }),
  'parking spaces': U('parking space', 'parking spaces', '个车位', '车位', { nouns: ['车位'], measureWords: '个' }),
  'charging piles': U('charging pile', 'charging piles', '个充电桩', '充电桩', { nouns: ['充电桩'], measureWords: '个台' }),
  stations: U('station', 'stations', '个站点', '站点', { nouns: ['服务站', '工作站', '卫生站', '站点'], measureWords: '个座家' }),
  'base stations': U('base station', 'base stations', '座基站', '基站', { nouns: ['基站'], measureWords: '座个' }),
  servers: U('server', 'servers', '台服务器', '服务器', { nouns: ['服务器'], measureWords: '台' }),
  racks: U('rack', 'racks', '个机架', '机架', { nouns: ['机架', '机柜'], measureWords: '个架台' }),
  rooms: U('room', 'rooms', '间客房', '客房', { nouns: ['客房', '房间'], measureWords: '间' }),
  elevators: U('elevator', 'elevators', '部电梯', '电梯', { nouns: ['电梯'], measureWords: '部台' }),
  containers: U('TEU', 'TEU', '标箱', '标箱'),
  orders: U('order', 'orders', '笔订单', '订单', { nouns: ['订单'], measureWords: '笔单个' }),
  patents: U('patent', 'patents', '项专利', '专利', { nouns: ['专利'], measureWords: '项件个' }),
  events: U('event', 'events', '场活动', '活动', { nouns: ['展会', '活动'], measureWords: '场项次' }),
  delegations: U('delegation', 'delegations', '个考察团', '考察团', { nouns: ['考察团', '代表团'], measureWords: '个批' }),
  funds: U('fund', 'funds', '支基金', '基金'),
  ha: U('ha', 'ha', '公顷', '公顷'),
  clinics: U('clinic', 'clinics', '家诊所', '诊所', { nouns: ['卫生室', '卫生院', '诊所'], measureWords: '家个所' }),
  agreements: U('agreement', 'agreements', '份协议', '协议', { nouns: ['协议'], measureWords: '份项个' }),
  cases: U('case', 'cases', '箱', '箱'),
  graduates: U('graduate', 'graduates', '名毕业生', '毕业生'),
  workers: U('worker', 'workers', '名工人', '工人', { nouns: ['工人'], measureWords: '名位人' }),
  nurses: U('nurse', 'nurses', '名护士', '护士', { nouns: ['护士'], measureWords: '名位人' }),
  // 医疗队伍60支, 服务团队12个: teams keep their own noun (支 counts them, as "60 teams" does in English).
  teams: U('team', 'teams', '支队伍', '队伍', { nouns: ['医疗队伍', '医疗队', '服务队', '队伍', '团队'], measureWords: '支个' }),
  apartments: U('apartment', 'apartments', '套公寓', '公寓', { nouns: ['公寓'], measureWords: '套间' }),
  mentions: U('mention', 'mentions', '次', '提及次数'),
  articles: U('article', 'articles', '篇', '文章数'),
  regions: U('region', 'regions', '个地区', '地区'),
  flows: U('flow', 'flows', '条', '流向'),
  sources: U('source', 'sources', '个来源', '来源'),
  'mentions per article': U('mention per article', 'mentions per article', '次/篇', '每篇提及次数')
};
