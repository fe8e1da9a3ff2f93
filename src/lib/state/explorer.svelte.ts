import { choropleth } from '../classify/choropleth';
import { metricCatalog, DEFAULT_METRIC, type MetricDef } from '../metrics/catalog';
import { metricResult, type MetricResult } from '../metrics/values';
import { inWindow } from '../metrics/articles';
import { flowInWindow } from '../metrics/flowTotals';
import { codesAtLevel, unitAtLevel } from '../regions/ancestry';
import { CAMERA_LIMITS } from '../map/style';
import { regionSearch } from '../regions/search';
import type { RegionIndex } from '../regions/types';
import { FLOW_KINDS, FLOW_MEASURES, isDirected, type Flow } from '../flows/types';
import { consolidateFlows, type ConsolidatedFlow, type FlowStatement } from '../flows/consolidate';
import { extractedStatements, notInCurated, reviewedStatements } from '../flows/statements';
import { kindLabel } from '../flows/kinds';
import { regionName } from '../format/regionName';
import type { ArticleHit, ArticleRecordLike } from '../report/regionReport';
import { ViewStore } from './view.svelte';
import { aggregateArticleTotals } from '../data/aggregateTotals';
import type { DatasetAggregate } from '../data/chunked';
import { articlesInWindow, yearsOfArticles } from '../data/articleYears';

export interface Dataset {
  /** Shown in citations and exports: which articles the metrics come from. */
  name: string;
  regions: RegionIndex;
  articles: ArticleRecordLike[];
  /** The curated, reviewed flows (data/flows.csv). */
  flows: Flow[];
  /** An atlas's per-region, per-year totals: the map counts with these instead of every article. */
  aggregate?: DatasetAggregate['regions'];
  /**
   * An atlas's article index, fetched on first need (a flow's article, a time window over undated
   * flows): until then `articles` is empty and counts come from `articleYears`, so a
   * 100,000-article atlas opens with its aggregate only.
   */
  loadArticles?: () => Promise<ArticleRecordLike[]>;
  /** An atlas's articles naming a region or a unit inside it, most mentions first (its sorted per-region lists). */
  regionArticles?: (code: string, from: number | null, to: number | null) => Promise<ArticleHit[]>;
  /**
   * An atlas's distinct flows over all years, as consolidateFlows gives them from `flows` once
   * loaded (undated statements): drawn at start, so the rows come only for a time window.
   */
  distinctFlows?: ConsolidatedFlow[];
  /** An atlas's flow rows (flows.csv), fetched on the first time window; until then `flows` is empty. */
  loadFlows?: () => Promise<Flow[]>;
  /** Articles per year and language (an atlas's aggregate.json). */
  articleYears?: DatasetAggregate['articles'];
}

/** Article lists of the last regions (and windows) opened on an atlas, kept for going back to them. */
const HITS_KEPT = 8;

/** Metrics a link may name whatever flows are loaded: links stay valid when the user's articles have other measures. */
const ALL_METRICS = metricCatalog([...FLOW_MEASURES], [...FLOW_MEASURES]).map((m) => m.id);

/** The page's state: the dataset, the view the URL describes, and everything derived from both. */
export class Explorer {
  readonly regions: RegionIndex;
  readonly view: ViewStore;
  readonly find: ReturnType<typeof regionSearch>;
  /** The dataset's own articles: on an atlas, empty until its index is fetched (needArticles). */
  bundledArticles = $state.raw<ArticleRecordLike[]>([]);
  /** An atlas's index is not here yet: its article lists wait (null) rather than show none. */
  articlesPending = $state(false);
  /** Why an atlas's index could not be fetched (asking again retries). */
  articlesProblem = $state<string | null>(null);
  /** The reviewed rows; an atlas's come with its first time window (loadFlows). */
  #reviewed = $state.raw<Flow[]>([]);
  readonly #distinct: ConsolidatedFlow[] | undefined;
  readonly #loadFlows: (() => Promise<Flow[]>) | undefined;
  #flowsLoading: Promise<void> | null = null;
  /** An atlas's flow rows are not here yet: a time window over its flows waits for them. */
  flowsPending = $state(false);
  /** Why an atlas's flow rows could not be fetched: the window shows no flows until a retry has them. */
  flowsProblem = $state<string | null>(null);
  readonly #regionArticles: Dataset['regionArticles'];
  readonly #aggregate: DatasetAggregate['regions'] | undefined;
  readonly #articleYears: DatasetAggregate['articles'] | undefined;
  readonly #loadArticles: (() => Promise<ArticleRecordLike[]>) | undefined;
  #loading: Promise<void> | null = null;
  /** Articles the user opened in this page (never uploaded); null until they open some. */
  userArticles = $state.raw<ArticleRecordLike[] | null>(null);
  useUserArticles = $state(false);
  /** Bundled map only: also draw flows the extractor found in the bundled articles that the curated file lacks. */
  showExtracted = $state(false);
  /** The articles in use: the bundled set, or the files the user opened. */
  articlesAll = $derived.by(() => (this.useUserArticles && this.userArticles ? this.userArticles : this.bundledArticles));
  /** Whether the flows come from the user's articles (extracted only) rather than the bundled set. */
  usingUserFlows = $derived(this.useUserArticles && !!this.userArticles);

  constructor(data: Dataset) {
    this.regions = data.regions;
    this.#reviewed = data.flows;
    this.#distinct = data.distinctFlows;
    this.#loadFlows = data.loadFlows;
    this.flowsPending = !!data.loadFlows;
    this.#regionArticles = data.regionArticles;
    this.#aggregate = data.aggregate;
    this.#articleYears = data.articleYears;
    this.#loadArticles = data.loadArticles;
    this.bundledArticles = data.articles;
    this.articlesPending = !!data.loadArticles;
    this.view = new ViewStore(
      {
        regions: new Set(Object.keys(data.regions)),
        metrics: new Set(ALL_METRICS),
        flowKinds: new Set(FLOW_KINDS),
        defaultMetric: DEFAULT_METRIC,
        // An atlas's links may name any statement: a time window's flow is one of its statements.
        flowIds: new Set(
          data.distinctFlows
            ? data.distinctFlows.flatMap((f) => [...f.sources, ...f.history].map((s) => s.id))
            : data.flows.map((f) => f.id)
        ),
        unitAt: (code, level) => unitAtLevel(code, level, data.regions),
        regionName: (code, lang) => regionName(data.regions, code, lang)
      },
      CAMERA_LIMITS
    );
    this.find = regionSearch(data.regions);
  }

  get state() {
    return this.view.state;
  }

  /**
   * Fetches an atlas's article index once (a failure is kept in articlesProblem and retried on the
   * next call). Safe to call from a derivation: the state changes only when the fetch settles.
   */
  needArticles(): Promise<void> {
    if (!this.#loadArticles || !this.articlesPending) return Promise.resolve();
    return (this.#loading ??= this.#loadArticles().then(
      (articles) => {
        this.bundledArticles = articles;
        this.articlesPending = false;
        this.articlesProblem = null;
      },
      (e) => {
        this.#loading = null;
        this.articlesProblem = e instanceof Error ? e.message : String(e);
      }
    ));
  }

  /** Fetches an atlas's flow rows once, for a time window (a failure is retried on the next call). */
  needFlows(): Promise<void> {
    if (!this.#loadFlows || !this.flowsPending) return Promise.resolve();
    return (this.#flowsLoading ??= this.#loadFlows().then(
      (rows) => {
        this.#reviewed = rows;
        this.flowsPending = false;
        this.flowsProblem = null;
      },
      (e) => {
        // The window shows no flows (the all-years map keeps its flows) and says why; the next window retries.
        this.#flowsLoading = null;
        this.flowsProblem = e instanceof Error ? e.message : String(e);
      }
    ));
  }

  /** On an atlas without the user's articles: counts come from the aggregate, lists from the index on demand. */
  readonly #onAtlas = $derived.by(() => !!this.#loadArticles && !(this.useUserArticles && this.userArticles));

  /**
   * An atlas's articles naming `code` or a unit inside it, in the window, most mentions first; null
   * while its list is on the way (this call starts fetching it).
   */
  atlasArticles(code: string): ArticleHit[] | null {
    return this.#countArticles(code, true);
  }

  /**
   * Starts counting an atlas's article list for a region the pointer rests on (dwellPrefetch), kept as
   * atlasArticles keeps it; a failure is left to the click, which asks again and reports it.
   */
  prefetchAtlasArticles(code: string): void {
    this.#countArticles(code, false);
  }

  #countArticles(code: string, report: boolean): ArticleHit[] | null {
    const { from, to } = this.view.state;
    const key = `${code} ${from} ${to}`;
    const hit = this.#hits.find((h) => h.key === key);
    if (hit) return hit.articles;
    const list = this.#regionArticles;
    if (list && !this.#counting.has(key)) {
      this.#counting.add(key);
      // Asked for once the details' first page is painted (DetailsPanel): fetched and counted now,
      // painted in the next frame (a further frame's wait here only made the list later).
      list(code, from, to).then(
        (articles) => {
          this.#counting.delete(key);
          this.#hits = [{ key, articles }, ...this.#hits.filter((h) => h.key !== key).slice(0, HITS_KEPT - 1)];
          if (report) this.articlesProblem = null;
        },
        (e) => {
          this.#counting.delete(key);
          if (report) this.articlesProblem = e instanceof Error ? e.message : String(e);
        }
      );
    }
    return null;
  }
  #hits = $state.raw<{ key: string; articles: ArticleHit[] }[]>([]);
  readonly #counting = new Set<string>();

  /** Articles in the window: counted from an atlas's aggregate, so its index need not be loaded. */
  articleCount = $derived.by(() => {
    const { from, to } = this.view.state;
    return this.#onAtlas && this.#articleYears ? articlesInWindow(this.#articleYears, from, to) : this.articles.length;
  });

  // An atlas dates its flows by their articles only for a time window (flowsInWindow): re-dating
  // every statement when its index arrives would redraw every flow.
  readonly #dates = $derived.by(() =>
    this.#loadArticles ? new Map<string, string | null>() : new Map(this.articlesAll.map((a) => [a.id, a.date]))
  );
  readonly #atlasDates = $derived.by(() =>
    this.#loadArticles && !this.articlesPending ? new Map(this.bundledArticles.map((a) => [a.id, a.date])) : null
  );
  /** Extracted flows of the bundled articles that review has not covered, for the toggle. */
  readonly extraBundled = $derived.by(() => {
    const dates = new Map(this.bundledArticles.map((a) => [a.id, a.date]));
    return notInCurated(
      extractedStatements(this.bundledArticles),
      reviewedStatements(this.#reviewed, (id) => dates.get(id) ?? null)
    );
  });
  /**
   * Every statement of a flow in use: with the user's articles, only what was extracted from them;
   * with the bundled set, the reviewed rows (and, when asked, the extracted extras).
   */
  statements = $derived.by((): FlowStatement[] => {
    if (this.usingUserFlows) return extractedStatements(this.userArticles!);
    const dates = this.#dates;
    const reviewed = reviewedStatements(this.#reviewed, (id) => dates.get(id) ?? null);
    return this.showExtracted ? [...reviewed, ...this.extraBundled] : reviewed;
  });
  /** Distinct flows over all years: one per stated quantity (consolidateFlows; an atlas's were consolidated when it was built). */
  flowsAll = $derived.by(() => (this.#distinct && !this.usingUserFlows ? this.#distinct : consolidateFlows(this.statements)));
  /** Distinct flows of the statements whose period meets the time window. */
  flowsInWindow = $derived.by((): ConsolidatedFlow[] => {
    const { from, to } = this.view.state;
    if (from === null && to === null) return this.flowsAll;
    if (this.#loadArticles && !this.usingUserFlows) {
      // A flow stated without a period is dated by its article: an atlas fetches its index for that,
      // and its rows, which it opened without.
      void this.needArticles();
      void this.needFlows();
      if (this.flowsPending) return [];
      const dates = this.#atlasDates;
      return consolidateFlows(this.statements.filter((f) => flowInWindow(f, f.date ?? dates?.get(f.article) ?? null, from, to)));
    }
    return consolidateFlows(this.statements.filter((f) => flowInWindow(f, f.date, from, to)));
  });

  catalog = $derived.by(() => {
    const valued = this.flowsAll.filter((f) => isDirected(f.kind) && f.value !== null && f.measure !== null);
    return metricCatalog(
      valued.filter((f) => f.status !== 'planned').map((f) => f.measure!),
      valued.filter((f) => f.status === 'planned').map((f) => f.measure!)
    );
  });
  metric = $derived.by(() => this.catalog.find((m) => m.id === this.view.state.metric) ?? this.catalog[0]);
  codes = $derived.by(() => codesAtLevel(this.view.state.level, this.regions));
  articles = $derived.by(() => this.articlesAll.filter((a) => inWindow(a.date, this.view.state.from, this.view.state.to)));
  /**
   * Flows that could be drawn in this view, before the kind filter: in the window, and, with a flow
   * metric on the map, of that measure only (one width scale, one story).
   */
  flowsForView = $derived.by(() => {
    const measure = this.metric.flow?.measure;
    return measure === undefined ? this.flowsInWindow : this.flowsInWindow.filter((f) => f.measure === measure);
  });
  flows = $derived.by(() => {
    const kinds = this.view.state.flows;
    return kinds === null ? this.flowsForView : this.flowsForView.filter((f) => kinds.includes(f.kind));
  });
  /** Flows for the metrics ignore the kind filter, which is about which lines are drawn. */
  flowsForMetrics = $derived.by(() => this.flowsInWindow);
  /** The kinds in the data, each with how many flows of it this view (metric, window) could draw. */
  flowKinds = $derived.by(() => {
    const lang = this.view.state.lang;
    return [...new Set(this.flowsAll.map((f) => f.kind))].sort().map((kind) => ({
      kind,
      label: kindLabel(kind, lang),
      count: this.flowsForView.filter((f) => f.kind === kind).length
    }));
  });
  /**
   * A metric's values at the current level, computed once per metric until the level, articles or
   * time window change: the details panel ranks the region under every metric on each click.
   */
  resultOf = $derived.by(() => {
    const { level, from, to } = this.view.state;
    const flows = this.flowsForMetrics,
      regions = this.regions;
    // The user's own articles are counted one by one; an atlas's map counts from its aggregate (and
    // does not read its articles, so their arrival recomputes no metric).
    const counts =
      this.#aggregate && !(this.useUserArticles && this.userArticles)
        ? aggregateArticleTotals(this.#aggregate, regions, level, from, to)
        : undefined;
    const articles = counts ? [] : this.articles;
    const cache = new Map<string, MetricResult>();
    return (m: MetricDef): MetricResult => {
      let v = cache.get(m.id);
      if (!v) cache.set(m.id, (v = metricResult(m, level, regions, articles, flows, counts)));
      return v;
    };
  });
  valuesOf = $derived.by(() => {
    const r = this.resultOf;
    return (m: MetricDef): ReadonlyMap<string, number> => r(m).values;
  });
  result = $derived.by(() => this.resultOf(this.metric));
  values = $derived.by(() => this.result.values);
  choropleth = $derived.by(() => choropleth(this.codes, this.values, this.view.state.class, this.metric.palette));

  /** Years the data covers, for the time slider. */
  years = $derived.by(() => {
    const ys = [
      ...(this.#onAtlas && this.#articleYears
        ? yearsOfArticles(this.#articleYears)
        : this.articlesAll.map((a) => Number(a.date?.slice(0, 4)))),
      ...this.flowsAll.flatMap((f) => [f.periodStart ?? NaN, f.periodEnd ?? NaN])
    ].filter(Number.isFinite);
    return ys.length ? { min: Math.min(...ys), max: Math.max(...ys) } : null;
  });

  flowById(id: string | null): ConsolidatedFlow | undefined {
    return id ? this.flowsAll.find((f) => f.id === id) : undefined;
  }

  readonly #byId = $derived.by(() => new Map(this.articlesAll.map((a) => [a.id, a])));
  /** A flow's details ask once per statement: 25,000 statements of one flow must not each walk 100,000 articles. */
  articleById(id: string): ArticleRecordLike | undefined {
    if (this.#onAtlas) void this.needArticles();
    return this.#byId.get(id);
  }

  name(code: string | null): string {
    return regionName(this.regions, code, this.view.state.lang);
  }
}
