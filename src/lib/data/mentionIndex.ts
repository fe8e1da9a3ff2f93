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
  /** Each article's place in id order (as localeCompare sorts): ties are then broken by a number, not a string compare. */
  readonly #rank: Int32Array;
  readonly #order: Int32Array;

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
    const collator = new Intl.Collator();
    this.#order = Int32Array.from(Array.from(articles.keys()).sort((x, y) => collator.compare(articles[x].id, articles[y].id)));
    this.#rank = new Int32Array(articles.length);
    this.#order.forEach((i, r) => (this.#rank[i] = r));
  }

  /** The articles in the window that mention `region` or a unit inside it, most mentions first, then by id. */
  regionArticles(region: string, regions: RegionIndex, from: number | null = null, to: number | null = null): ArticleHit[] {
    const articles = this.#articles;
    const n = articles.length;
    const counts = new Float64Array(n);
    const touched: number[] = [];
    for (const [code, e] of this.#byCode) {
      if (!within(code, region, regions)) continue;
      for (let k = 0; k < e.at.length; k++) {
        const i = e.at[k];
        if (counts[i] === 0) touched.push(i);
        counts[i] += e.n[k];
      }
    }
    // One number per hit, sorted without a comparator: fewer mentions sort later, then id order.
    const keys = new Float64Array(touched.length);
    let m = 0;
    for (const i of touched) if (inWindow(articles[i].date, from, to)) keys[m++] = (MAX_COUNT - counts[i]) * n + this.#rank[i];
    const sorted = keys.subarray(0, m).sort();
    const hits = new Array<ArticleHit>(m);
    for (let k = 0; k < m; k++) {
      const i = this.#order[sorted[k] % n];
      const a = articles[i];
      hits[k] = { id: a.id, date: a.date, lang: a.lang, count: counts[i] };
    }
    return hits;
  }
}

/** Mentions of one region in one article stay below this (a 100 MB file names Heping 70,006 times). */
const MAX_COUNT = 2 ** 30;

const built = new WeakMap<readonly ArticleRecordLike[], MentionIndex>();

/** The index of an article list, built on first use and kept as long as the list is. */
export function mentionIndex(articles: readonly ArticleRecordLike[]): MentionIndex {
  let m = built.get(articles);
  if (!m) built.set(articles, (m = new MentionIndex(articles)));
  return m;
}
