/** The fields of geo/out/regions.json the ingest reads. */
export interface RegionLike {
  code: string;
  level: 'province' | 'district' | 'county';
  parent: string | null;
  name_zh: string;
  name_en: string;
  name_pinyin?: string;
}

export type RegionsLike = Record<string, RegionLike>;
