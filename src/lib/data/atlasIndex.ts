/**
 * An atlas's article index (data/README.md § Chunked dataset): the article columns (id, date,
 * language; 5,000 per chunk) and, per region, the articles naming it or a unit inside it, already
 * sorted (most mentions first, then id) as two uint32 arrays. A region's list is one fetch of its
 * own file and no parse: its window is a pass over typed arrays, whatever the corpus size.
 */
import { inWindow } from '../metrics/articles';
import type { ArticleHit, ArticleRecordLike, FigureLike } from '../report/regionReport';
import { chunkName, type DatasetManifest, type IndexChunk } from './chunked';
import { fetchBytesFromOrigin, fetchFromOrigin, parseChunk, type FetchBytes, type FetchText } from './load';

export interface ArticleTable {
  ids: string[];
  dates: (string | null)[];
  langs: ('en' | 'zh')[];
}

/** A region's list: article numbers (positions in the table) and mention counts, in list order. */
export interface RegionList {
  at: Uint32Array;
  n: Uint32Array;
}

/** Lets the page paint between chunks: the table of 100,000 articles is 20 parses, not one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Checks one fetched chunk of the article table; a problem names the file. */
function tableChunk(path: string, text: string): IndexChunk {
  const c = parseChunk<IndexChunk>(path, text);
  const n = Array.isArray(c?.ids) ? c.ids.length : -1;
  if (n < 0 || !Array.isArray(c.dates) || !Array.isArray(c.langs) || c.dates.length !== n || c.langs.length !== n)
    throw new Error(`${path}: not the index columns ids, dates, langs of one length`);
  for (let i = 0; i < n; i++)
    if (typeof c.ids[i] !== 'string' || (c.dates[i] !== null && typeof c.dates[i] !== 'string') || (c.langs[i] !== 'en' && c.langs[i] !== 'zh'))
      throw new Error(`${path}: row ${i + 1} is not an id, a date or null, and en or zh`);
  return c;
}

/** A list file's bytes as its two arrays, checked against the manifest's count and the table's length. */
export function decodeRegionList(path: string, bytes: ArrayBuffer, count: number, articles: number): RegionList {
  if (bytes.byteLength !== 8 * count) throw new Error(`${path}: ${bytes.byteLength} bytes, expected ${8 * count} (${count} articles)`);
  let words = new Uint32Array(bytes);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes);
    words = Uint32Array.from({ length: 2 * count }, (_, i) => view.getUint32(4 * i, true));
  }
  const at = words.subarray(0, count);
  for (let i = 0; i < count; i++) if (at[i] >= articles) throw new Error(`${path}: article number ${at[i]} beyond the index (${articles})`);
  return { at, n: words.subarray(count) };
}

/** The hits of a list in a time window, in list order (a window only drops articles, never reorders). */
export function listHits(list: RegionList, table: ArticleTable, from: number | null, to: number | null): ArticleHit[] {
  const hits: ArticleHit[] = [];
  const open = from === null && to === null;
  for (let k = 0; k < list.at.length; k++) {
    const i = list.at[k];
    const date = table.dates[i];
    if (open || inWindow(date, from, to)) hits.push({ id: table.ids[i], date, lang: table.langs[i], count: list.n[k] });
  }
  return hits;
}

/** Region lists kept for going back to them: the largest (a province at 100,000 articles) is 800 KB. */
const LISTS_KEPT = 8;

export class AtlasIndex {
  #table: Promise<ArticleTable> | null = null;
  #articles: Promise<ArticleRecordLike[]> | null = null;
  readonly #lists = new Map<string, Promise<RegionList>>();

  constructor(
    private readonly base: string,
    private readonly manifest: DatasetManifest,
    private readonly fetchText: FetchText = fetchFromOrigin,
    private readonly fetchBytes: FetchBytes = fetchBytesFromOrigin
  ) {}

  #url(path: string): string {
    return (this.base.endsWith('/') ? this.base : this.base + '/') + path;
  }

  /** The article columns, fetched once (two chunks in flight, each parsed in its own task); a failure is retried on the next call. */
  table(): Promise<ArticleTable> {
    return (this.#table ??= this.#loadTable().catch((e) => {
      this.#table = null;
      throw e;
    }));
  }

  async #loadTable(): Promise<ArticleTable> {
    const n = this.manifest.index.chunks;
    const texts: (Promise<string> | undefined)[] = [];
    // Two at a time: twenty at once would hold every connection the page has (six per host).
    const start = (i: number) => {
      if (i >= n || texts[i]) return;
      const path = `index/${chunkName(i)}`;
      const text = (texts[i] = this.fetchText(this.#url(path)).catch((e) => {
        throw new Error(e instanceof Error && e.message.includes(path) ? e.message : `${path}: ${String(e)}`, { cause: e });
      }));
      // A chunk after a failed one fails the same way or not at all: the first failure is the one reported.
      text.catch(() => {});
    };
    start(0);
    const table: ArticleTable = { ids: [], dates: [], langs: [] };
    for (let i = 0; i < n; i++) {
      start(i + 1);
      const c = tableChunk(`index/${chunkName(i)}`, await texts[i]!);
      for (let k = 0; k < c.ids.length; k++) {
        table.ids.push(c.ids[k]);
        table.dates.push(c.dates[k]);
        table.langs.push(c.langs[k]);
      }
      await nextTask();
    }
    if (table.ids.length !== this.manifest.articles)
      throw new Error(`index: ${table.ids.length} articles, the manifest says ${this.manifest.articles}`);
    return table;
  }

  /**
   * The explorer's article records (id, date, language; no mentions or figures: per-region lists
   * and region pages hold those), for a flow's article and a time window over undated flows.
   */
  articles(): Promise<ArticleRecordLike[]> {
    return (this.#articles ??= this.table().then(
      (t) => t.ids.map((id, i) => ({ id, date: t.dates[i], lang: t.langs[i], mentions: NO_MENTIONS, figures: NO_FIGURES })),
      (e) => {
        this.#articles = null;
        throw e;
      }
    ));
  }

  /** A region's sorted list, fetched once and kept for the last few regions. */
  list(code: string): Promise<RegionList> {
    const count = this.manifest.lists[code] ?? 0;
    let p = this.#lists.get(code);
    if (p) this.#lists.delete(code);
    else {
      const path = `lists/${code}.bin`;
      p =
        count === 0
          ? Promise.resolve({ at: new Uint32Array(0), n: new Uint32Array(0) })
          : this.fetchBytes(this.#url(path)).then(
              (bytes) => decodeRegionList(path, bytes, count, this.manifest.articles),
              (e) => {
                throw new Error(e instanceof Error && e.message.includes(path) ? e.message : `${path}: ${String(e)}`, { cause: e });
              }
            );
      p.catch(() => this.#lists.get(code) === p && this.#lists.delete(code));
    }
    this.#lists.set(code, p);
    while (this.#lists.size > LISTS_KEPT) this.#lists.delete(this.#lists.keys().next().value!);
    return p;
  }

  /** The articles in the window naming `code` or a unit inside it, most mentions first, then by id. */
  async regionArticles(code: string, from: number | null, to: number | null): Promise<ArticleHit[]> {
    const [list, table] = await Promise.all([this.list(code), this.table()]);
    return listHits(list, table, from, to);
  }
}

// Shared by every record the table gives: nothing reads an atlas record's mentions or figures (see articles()).
const NO_MENTIONS = Object.freeze({}) as Record<string, number>;
const NO_FIGURES = Object.freeze([]) as unknown as FigureLike[];
