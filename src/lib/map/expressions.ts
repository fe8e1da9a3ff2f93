import type { ExpressionSpecification } from 'maplibre-gl';

/** A fill colour per region code, `fallback` for codes not listed. */
export function colorByCode(colors: Record<string, string>, fallback: string): ExpressionSpecification | string {
  const entries = Object.entries(colors).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return fallback;
  return ['match', ['get', 'code'], ...entries.flat(), fallback] as unknown as ExpressionSpecification;
}

/** A filter that keeps only the features whose code is listed. */
export function codeIn(codes: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'code'], ['literal', [...codes].sort()]];
}

/** The region label in the chosen language. */
export function labelField(lang: 'en' | 'zh'): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}
