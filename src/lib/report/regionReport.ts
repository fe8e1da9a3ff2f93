import type { ExtractedFlowLike } from '../flows/statements';
import type { RegionIndex } from '../regions/types';
import type { ArticleLike } from '../metrics/articles';
import { isWithin } from '../domain/ancestry';

export interface FigureLike {
  value: number;
  unit: string;
  code: string | null;
  approx?: boolean;
  flags?: string[];
}

export interface ArticleRecordLike extends ArticleLike {
  lang: 'en' | 'zh';
  figures: FigureLike[];
  /** Flows the extractor found (articles.json schema 2); absent in older files. */
  flows?: ExtractedFlowLike[];
}

export interface ArticleHit {
  id: string;
  date: string | null;
  lang: 'en' | 'zh';
  /** Mentions of the region or any unit inside it. */
  count: number;
}

export interface FigureHit extends FigureLike {
  article: string;
  date: string | null;
}

/** True when `code` is `region` or lies inside it. */
export function within(code: string, region: string, regions: RegionIndex): boolean {
  return isWithin(code, region, regions);
}

/** The articles that mention a region (or a unit inside it), most mentions first, and its figures. */
export function regionArticles(
  region: string,
  articles: readonly ArticleRecordLike[],
  regions: RegionIndex
): { articles: ArticleHit[]; figures: FigureHit[] } {
  const hits: ArticleHit[] = [];
  const figures: FigureHit[] = [];
  // A few hundred codes at most, asked about once each: 20,000 articles no longer walk ancestries per mention.
  const inside = new Map<string, boolean>();
  const isIn = (code: string) => {
    let v = inside.get(code);
    if (v === undefined) inside.set(code, (v = within(code, region, regions)));
    return v;
  };
  for (const a of articles) {
    let count = 0;
    for (const code in a.mentions) if (isIn(code)) count += a.mentions[code];
    if (count) hits.push({ id: a.id, date: a.date, lang: a.lang, count });
    for (const f of a.figures) if (f.code && isIn(f.code)) figures.push({ ...f, article: a.id, date: a.date });
  }
  hits.sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
  return { articles: hits, figures };
}

/** Rank (1 = highest) of a region's value among the units of its level that have a value. */
export function rankAmong(code: string, values: ReadonlyMap<string, number>): { rank: number; of: number } | null {
  const v = values.get(code);
  if (v === undefined || !Number.isFinite(v)) return null;
  let higher = 0;
  for (const x of values.values()) if (x > v) higher++;
  return { rank: higher + 1, of: values.size };
}
