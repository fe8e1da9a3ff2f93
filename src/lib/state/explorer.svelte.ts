import { choropleth } from '../classify/choropleth';
import { metricCatalog, DEFAULT_METRIC, type MetricDef } from '../metrics/catalog';
import { metricValues } from '../metrics/values';
import { inWindow } from '../metrics/articles';
import { flowInWindow } from '../metrics/flowTotals';
import { codesAtLevel, unitAtLevel } from '../regions/ancestry';
import { CAMERA_LIMITS } from '../map/style';
import { regionSearch } from '../regions/search';
import type { RegionIndex } from '../regions/types';
import type { Flow } from '../flows/types';
import { flowArcs, type LabelPoints } from '../flows/arcs';
import { widthScales } from '../flows/scale';
import type { ArticleRecordLike } from '../report/regionReport';
import { ViewStore } from './view.svelte';

export interface Dataset {
  /** Shown in citations and exports: which articles the metrics come from. */
  name: string;
  regions: RegionIndex;
  articles: ArticleRecordLike[];
  flows: Flow[];
}

/** The page's state: the dataset, the view the URL describes, and everything derived from both. */
export class Explorer {
  readonly regions: RegionIndex;
  readonly flowsAll: Flow[];
  readonly catalog: MetricDef[];
  readonly view: ViewStore;
  readonly find: ReturnType<typeof regionSearch>;
  readonly bundledArticles: ArticleRecordLike[];
  /** Articles the user opened in this page (never uploaded); null until they open some. */
  userArticles = $state.raw<ArticleRecordLike[] | null>(null);
  useUserArticles = $state(false);
  /** The articles in use: the bundled set, or the files the user opened. */
  articlesAll = $derived.by(() => (this.useUserArticles && this.userArticles ? this.userArticles : this.bundledArticles));

  constructor(data: Dataset) {
    this.regions = data.regions;
    this.flowsAll = data.flows;
    this.bundledArticles = data.articles;
    this.catalog = metricCatalog(data.flows.map((f) => f.measure).filter((m): m is string => !!m && data.flows.some((g) => g.measure === m && g.value !== null)));
    this.view = new ViewStore({
      regions: new Set(Object.keys(data.regions)),
      metrics: new Set(this.catalog.map((m) => m.id)),
      flowKinds: new Set(data.flows.map((f) => f.kind)),
      defaultMetric: DEFAULT_METRIC,
      flowIds: new Set(data.flows.map((f) => f.id)),
      unitAt: (code, level) => unitAtLevel(code, level, data.regions),
      regionName: (code) => data.regions[code]?.name_en ?? code
    }, CAMERA_LIMITS);
    this.find = regionSearch(data.regions);
  }

  get state() {
    return this.view.state;
  }

  metric = $derived.by(() => this.catalog.find((m) => m.id === this.view.state.metric) ?? this.catalog[0]);
  codes = $derived.by(() => codesAtLevel(this.view.state.level, this.regions));
  articles = $derived.by(() => this.articlesAll.filter((a) => inWindow(a.date, this.view.state.from, this.view.state.to)));
  flows = $derived.by(() => {
    const dates = new Map(this.bundledArticles.map((a) => [a.id, a.date]));
    const { from, to, flows: kinds } = this.view.state;
    // With a flow metric on the map, the lines show that measure only: one width scale, one story.
    const measure = this.metric.flow?.measure;
    return this.flowsAll.filter(
      (f) =>
        flowInWindow(f, dates.get(f.article) ?? null, from, to) &&
        (kinds === null || kinds.includes(f.kind)) &&
        (measure === undefined || f.measure === measure)
    );
  });
  /** Flows for the metrics ignore the kind filter, which is about which lines are drawn. */
  flowsForMetrics = $derived.by(() => {
    const dates = new Map(this.bundledArticles.map((a) => [a.id, a.date]));
    const { from, to } = this.view.state;
    return this.flowsAll.filter((f) => flowInWindow(f, dates.get(f.article) ?? null, from, to));
  });
  /**
   * A metric's values at the current level, computed once per metric until the level, articles or
   * time window change: the details panel ranks the region under every metric on each click.
   */
  valuesOf = $derived.by(() => {
    const { level } = this.view.state;
    const articles = this.articles, flows = this.flowsForMetrics, regions = this.regions;
    const cache = new Map<string, ReadonlyMap<string, number>>();
    return (m: MetricDef): ReadonlyMap<string, number> => {
      let v = cache.get(m.id);
      if (!v) cache.set(m.id, (v = metricValues(m, level, regions, articles, flows)));
      return v;
    };
  });
  values = $derived.by(() => this.valuesOf(this.metric));
  choropleth = $derived.by(() => choropleth(this.codes, this.values, this.view.state.class, this.metric.palette));

  /** Widths come from every flow, so filtering never rescales the lines that stay. */
  readonly #scales = $derived.by(() => widthScales(this.flowsAll, { min: 1.2, max: 7 }));
  readonly #labels: LabelPoints = $derived.by(() => Object.fromEntries(Object.values(this.regions).map((r) => [r.code, r.label])));
  arcs = $derived.by(() => flowArcs(this.flows, this.#labels, { scales: this.#scales }));

  /** Years the data covers, for the time slider. */
  years = $derived.by(() => {
    const ys = [
      ...this.articlesAll.map((a) => Number(a.date?.slice(0, 4))),
      ...this.flowsAll.flatMap((f) => [f.periodStart ?? NaN, f.periodEnd ?? NaN])
    ].filter(Number.isFinite);
    return ys.length ? { min: Math.min(...ys), max: Math.max(...ys) } : null;
  });

  name(code: string | null): string {
    if (!code) return '';
    const r = this.regions[code];
    return r ? (this.view.state.lang === 'zh' ? r.name_zh : r.name_en) : code;
  }
}
