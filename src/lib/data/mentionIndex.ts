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
  #rank = new Int32Array(0);
  #order = new Int32Array(0);

  /** `indexed`: how many articles (from the first) to index now; the rest come with add(). */
  constructor(articles: readonly ArticleRecordLike[], indexed = articles.length) {
    this.#articles = articles;
    this.#indexed = 0;
    this.add(indexed);
  }

  #indexed: number;
  /** Indexes the next `count` articles; the id order is set once the last one is in. */
  add(count: number): void {
    const articles = this.#articles;
    const end = Math.min(articles.length, this.#indexed + count);
    for (let i = this.#indexed; i < end; i++) {
      const mentions = articles[i].mentions;
      for (const code in mentions) {
        const n = mentions[code];
        if (!(n > 0)) continue;
        let e = this.#byCode.get(code);
        if (!e) this.#byCode.set(code, (e = { at: [], n: [] }));
        e.at.push(i);
        e.n.push(n);
      }
    }
    this.#indexed = end;
    if (end === articles.length) this.#sortIds();
  }

  get complete(): boolean {
    return this.#indexed === this.#articles.length;
  }

  #sortIds(): void {
    const articles = this.#articles;
    const collator = new Intl.Collator();
    let inOrder = true;
    for (let i = 1; i < articles.length && inOrder; i++) inOrder = collator.compare(articles[i - 1].id, articles[i].id) <= 0;
    // An atlas's index is in id order already: checking costs a fifth of sorting 100,000 ids.
    const keys = Array.from(articles.keys());
    this.#order = Int32Array.from(inOrder ? keys : keys.sort((x, y) => collator.compare(articles[x].id, articles[y].id)));
    this.#rank = new Int32Array(articles.length);
    this.#order.forEach((i, r) => (this.#rank[i] = r));
  }

  /** The articles in the window that mention `region` or a unit inside it, most mentions first, then by id. */
  regionArticles(region: string, regions: RegionIndex, from: number | null = null, to: number | null = null): ArticleHit[] {
    if (!this.complete) this.add(Infinity);
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

/**
 * Builds the index of a long list `step` articles at a time, `pause` between steps (the page's next
 * task): at 100,000 articles the build is half a second of main thread, which must not be one task.
 */
export async function buildMentionIndex(
  articles: readonly ArticleRecordLike[],
  pause: () => Promise<void>,
  step = 5000
): Promise<MentionIndex> {
  let m = built.get(articles);
  if (m) return m;
  built.set(articles, (m = new MentionIndex(articles, 0)));
  while (!m.complete) {
    m.add(step);
    await pause();
  }
  return m;
}
