import type { Lang } from '../domain/language';
import type { MapLevel } from '../regions/types';

/** A notice about a link, in both languages: the page shows it in the language it is in, and a switch of language switches it. */
export type LinkProblem = Readonly<Record<Lang, string>>;

/** The link's parameters as the notices name them. */
export type LinkParam =
  'level' | 'metric' | 'class' | 'region' | 'lang' | 'view' | 'flow kind' | 'flow' | 'flow line' | 'from' | 'to' | 'page';

const PARAM_ZH: Record<LinkParam, string> = {
  level: '层级',
  metric: '指标',
  class: '分级方法',
  region: '地区',
  lang: '语言',
  view: '视图',
  'flow kind': '流向类别',
  flow: '流向',
  'flow line': '流向线',
  from: '起始年份',
  to: '截止年份',
  page: '页码'
};
const LEVEL_ZH: Record<MapLevel, string> = { province: '省级', district: '区与地级市', county: '县级' };

/** Why a camera in the link cannot be used. */
export type CameraFault = 'shape' | 'numbers' | 'zoom' | 'outside' | 'rotated';

/** A region's name in both languages, with its code. */
export type NameOf = (code: string, lang: Lang) => string;

const clip = (s: string) => s.slice(0, 40);

export const linkProblem = {
  tooLong: (): LinkProblem => ({ en: 'the link is too long; showing the default view', zh: '链接过长，显示默认视图' }),
  unreadable: (): LinkProblem => ({
    en: 'the link could not be read; showing the default view',
    zh: '链接无法读取，显示默认视图'
  }),
  unknown: (param: LinkParam, value: string): LinkProblem => ({
    en: `unknown ${param} “${clip(value)}”`,
    zh: `无法识别的${PARAM_ZH[param]}“${clip(value)}”`
  }),
  noUnit: (code: string, level: MapLevel, name: NameOf): LinkProblem => ({
    en: `${name(code, 'en')} (${code}) has no unit at ${level} level; no region selected`,
    zh: `${name(code, 'zh')}（${code}）在${LEVEL_ZH[level]}地图上没有对应单元，未选中地区`
  }),
  contained: (code: string, level: MapLevel, unit: string, name: NameOf): LinkProblem => ({
    en: `${name(code, 'en')} (${code}) is not shown at ${level} level; showing ${name(unit, 'en')} (${unit}), which contains it`,
    zh: `${name(code, 'zh')}（${code}）不在${LEVEL_ZH[level]}地图上显示，改为显示包含它的${name(unit, 'zh')}（${unit}）`
  }),
  window: (): LinkProblem => ({
    en: 'the time window ends before it starts; showing all years',
    zh: '时间范围的终点早于起点，显示全部年份'
  }),
  camera: (raw: string, fault: CameraFault, limits: { minZoom: number; maxZoom: number }): LinkProblem => {
    const en: Record<CameraFault, string> = {
      shape: 'needs zoom/latitude/longitude',
      numbers: 'is not made of plain numbers',
      zoom: `has a zoom outside ${limits.minZoom}–${limits.maxZoom}`,
      outside: 'lies outside the map',
      rotated: 'is rotated or tilted, which this map never is'
    };
    const zh: Record<CameraFault, string> = {
      shape: '应为 缩放级别/纬度/经度',
      numbers: '不是普通数字',
      zoom: `的缩放级别不在 ${limits.minZoom}–${limits.maxZoom} 之内`,
      outside: '在地图范围之外',
      rotated: '带有旋转或倾斜，本地图不支持'
    };
    return {
      en: `the camera “#map=${clip(raw)}” ${en[fault]}; showing the whole region`,
      zh: `地图位置“#map=${clip(raw)}”${zh[fault]}，显示整个区域`
    };
  }
};
