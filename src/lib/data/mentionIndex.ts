import { inWindow } from '../metrics/articles';
import type { RegionIndex } from '../regions/types';
import { within, type ArticleHit, type ArticleRecordLike } from '../report/regionReport';

/**
 * Which articles name each code, built once per article list: a region's article list then costs
 * the entries of the codes inside it, not a walk over every article of the corpus (20,000 or
 * 100,000 index rows on an atlas) on each click. Same hits and order as regionArticles.
 */
export class MentionIndex {
  readonly #articles: readonly ArticleRecordLike[];
  readonly #byCode = new Map<string, { at: number[]; n: number[] }>();

  constructor(articles: readonly ArticleRecordLike[]) {
    this.#articles = articles;
    articles.forEach((a, i) => {
      for (const code in a.mentions) {
        const n = a.mentions[code];
        if (!(n > 0)) continue;
        let e = this.#byCode.get(code);
        if (!e) this.#byCode.set(code, (e = { at: [], n: [] }));
        e.at.push(i);
        e.n.push(n);
      }
    });
  }

  /** The articles in the window that mention `region` or a unit inside it, most mentions first, then by id. */
  regionArticles(region: string, regions: RegionIndex, from: number | null = null, to: number | null = null): ArticleHit[] {
    const counts = new Map<number, number>();
    for (const [code, e] of this.#byCode) {
      if (!within(code, region, regions)) continue;
      for (let k = 0; k < e.at.length; k++) counts.set(e.at[k], (counts.get(e.at[k]) ?? 0) + e.n[k]);
    }
    const hits: ArticleHit[] = [];
    for (const [i, count] of counts) {
      const a = this.#articles[i];
      if (inWindow(a.date, from, to)) hits.push({ id: a.id, date: a.date, lang: a.lang, count });
    }
    return hits.sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
  }
}

const built = new WeakMap<readonly ArticleRecordLike[], MentionIndex>();

/** The index of an article list, built on first use and kept as long as the list is. */
export function mentionIndex(articles: readonly ArticleRecordLike[]): MentionIndex {
  let m = built.get(articles);
  if (!m) built.set(articles, (m = new MentionIndex(articles)));
  return m;
}
