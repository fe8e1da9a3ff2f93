import type { Lang } from '../url/codec';

const en = {
  title: 'JJJ Atlas',
  subtitle: 'Beijing–Tianjin–Hebei in the news',
  level: 'Level',
  'level.province': 'Provinces',
  'level.district': 'Districts & cities',
  'level.county': 'Counties',
  metric: 'Metric',
  classification: 'Classes',
  'class.ckmeans': 'Natural breaks',
  'class.quantile': 'Quantiles',
  'class.equal': 'Equal intervals',
  language: 'Language',
  flows: 'Flows',
  'flows.all': 'All kinds',
  'flows.none': 'None',
  search: 'Find a place',
  'search.placeholder': 'Name, 名称 or pinyin',
  'search.none': 'No place found',
  copyLink: 'Copy link',
  copied: 'Link copied',
  table: 'Table',
  map: 'Map',
  noData: 'No data',
  regions: 'regions',
  close: 'Close',
  parent: 'Part of',
  area: 'Area',
  rank: 'rank',
  of: 'of',
  articles: 'Articles that mention it',
  figures: 'Figures reported for it',
  flowsIn: 'Flows in',
  flowsOut: 'Flows out',
  mentionsPerArticle: 'Mentions per article',
  none: 'None',
  date: 'Date',
  lang: 'Language',
  mentions: 'Mentions',
  value: 'Value',
  name: 'Name',
  code: 'Code',
  from: 'From',
  to: 'To',
  period: 'Period',
  source: 'Source',
  approx: 'approximate',
  flagged: 'implausible value, kept as printed',
  grouped: 'stated for a group of origins; counted once for each',
  linkProblems: 'Parts of the link were not understood and were left at their defaults',
  undated: 'undated',
  legendFor: 'Legend',
  km2: 'km²',
  openArticles: 'Open articles…',
  articleSet: 'Articles shown',
  bundled: 'Bundled',
  yours: 'Yours',
  reading: 'Reading articles',
  unreadable: 'file(s) could not be read',
  dropHere: 'Drop .txt articles to read them here — nothing is uploaded',
  inContext: 'Mentions in context',
  evidence: 'Sentence',
  timeWindow: 'Years',
  allYears: 'All years',
  exportLabel: 'Export',
  singleSource: 'single source',
  net: 'Net'
} as const;

export type StringKey = keyof typeof en;

const zh: Record<StringKey, string> = {
  title: '京津冀图鉴',
  subtitle: '新闻中的京津冀',
  level: '层级',
  'level.province': '省级',
  'level.district': '区与地级市',
  'level.county': '县级',
  metric: '指标',
  classification: '分级',
  'class.ckmeans': '自然断点',
  'class.quantile': '分位数',
  'class.equal': '等间距',
  language: '语言',
  flows: '流向',
  'flows.all': '全部类型',
  'flows.none': '不显示',
  search: '查找地点',
  'search.placeholder': '名称、English 或拼音',
  'search.none': '未找到地点',
  copyLink: '复制链接',
  copied: '链接已复制',
  table: '表格',
  map: '地图',
  noData: '无数据',
  regions: '个地区',
  close: '关闭',
  parent: '上级',
  area: '面积',
  rank: '排名',
  of: '/',
  articles: '提及该地的文章',
  figures: '有关该地的数据',
  flowsIn: '流入',
  flowsOut: '流出',
  mentionsPerArticle: '每篇文章的提及次数',
  none: '无',
  date: '日期',
  lang: '语言',
  mentions: '提及次数',
  value: '数值',
  name: '名称',
  code: '代码',
  from: '来自',
  to: '前往',
  period: '时期',
  source: '来源',
  approx: '约数',
  flagged: '数值存疑，按原文保留',
  grouped: '原文为多个来源地合计；每个来源地各计一次',
  linkProblems: '链接中有部分参数无法识别，已使用默认值',
  undated: '无日期',
  legendFor: '图例',
  km2: '平方公里',
  openArticles: '打开文章…',
  articleSet: '所用文章',
  bundled: '内置',
  yours: '我的',
  reading: '正在读取文章',
  unreadable: '个文件无法读取',
  dropHere: '拖放 .txt 文章到此处读取——不会上传',
  inContext: '上下文中的提及',
  evidence: '原句',
  timeWindow: '年份',
  allYears: '全部年份',
  exportLabel: '导出',
  singleSource: '单一来源',
  net: '净值'
};

const tables: Record<Lang, Record<StringKey, string>> = { en, zh };

export function t(lang: Lang, key: StringKey): string {
  return tables[lang][key];
}

/** Numbers as a reader of that language writes them: 2.79 billion / 27.9亿. */
export function formatNumber(value: number, lang: Lang, unit?: string): string {
  const abs = Math.abs(value);
  let s: string;
  if (lang === 'zh' && abs >= 1e8) s = `${round(value / 1e8)}亿`;
  else if (lang === 'zh' && abs >= 1e4) s = `${round(value / 1e4)}万`;
  else if (lang === 'en' && abs >= 1e9) s = `${round(value / 1e9)} billion`;
  else if (lang === 'en' && abs >= 1e6) s = `${round(value / 1e6)} million`;
  else s = Number.isInteger(value) ? value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : String(round(value));
  return unit ? `${s}${unitSuffix(unit, lang)}` : s;
}

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
}

const UNITS_ZH: Record<string, string> = {
  yuan: '元', percent: '%', projects: '个项目', enterprises: '家企业', km2: '平方公里', mu: '亩',
  people: '人', schools: '所学校', hospitals: '家医院', merchants: '家商户', mentions: '次', articles: '篇', 'mentions per article': '次/篇'
};

const UNIT_NAMES_ZH: Record<string, string> = {
  yuan: '元', percent: '%', projects: '项目', enterprises: '企业', km2: '平方公里', mu: '亩', people: '人', schools: '学校',
  hospitals: '医院', merchants: '商户', mentions: '次提及', articles: '篇文章', 'mentions per article': '每篇提及次数',
  institutes: '院所', institutions: '机构', service_items: '服务事项', buildings: '栋楼', relics: '文物', items: '项'
};

/** A unit on its own (legend, table header), in the reader's language. */
export function unitLabel(unit: string, lang: Lang): string {
  if (lang === 'zh') return UNIT_NAMES_ZH[unit] ?? unit;
  return unit === 'km2' ? 'km²' : unit.replace(/_/g, ' ');
}

function unitSuffix(unit: string, lang: Lang): string {
  if (unit === 'percent') return '%';
  if (lang === 'zh') return UNITS_ZH[unit] ?? unitLabel(unit, lang);
  return ` ${unitLabel(unit, lang)}`;
}

const KIND_LABELS: Record<string, Record<Lang, string>> = {
  projects: { en: 'Projects', zh: '项目' },
  investment: { en: 'Investment', zh: '投资' },
  enterprises: { en: 'Enterprises', zh: '企业' },
  relocation: { en: 'Relocated functions', zh: '功能疏解' },
  education: { en: 'Education', zh: '教育' },
  health: { en: 'Health care', zh: '医疗' },
  science_park: { en: 'Science parks', zh: '科技园区' },
  research: { en: 'Research', zh: '科研' },
  talent: { en: 'Talent', zh: '人才' },
  cooperation: { en: 'Two-way cooperation', zh: '双向合作' }
};

export function kindLabel(kind: string, lang: Lang): string {
  return KIND_LABELS[kind]?.[lang] ?? kind;
}
