import type { Lang } from '../domain';
import { unitPhrase } from './units';

/** Written where a number is absent or not a number: never "NaN", "undefined", "Infinity". */
export const NO_VALUE = '—';
const MINUS = '\u2212';

const LOCALES: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * Significant digits of a stated figure (278700000000 → 4, 4959 → 4, 16382.5 → 6), so that two
 * figures the text tells apart never print the same: 278.7 billion stays 278.7, not 279.
 */
export function significantDigits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const s = Math.abs(value).toPrecision(15).replace(/e.*$/, '');
  const digits = s.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, Math.min(15, digits.length));
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], opts)));
  return f;
}

/**
 * A number as a reader of the language writes it: grouping always, a true minus sign, and the
 * language's large-number words where the figure is large (2,787亿 / 278.7 billion; 1.3万 /
 * 13,000), with as many significant digits as the figure has (up to 6 when compact).
 */
export function formatValue(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const abs = Math.abs(value);
  const digits = significantDigits(value);
  // 万 only where it reads naturally (1.3万, 68万); a precise 16,382.5 stays written out. 亿 always.
  const compact = lang === 'zh' ? abs >= 1e8 || (abs >= 1e4 && digits <= 4) : abs >= 1e6;
  const opts: Intl.NumberFormatOptions = compact
    ? {
        notation: 'compact',
        compactDisplay: 'long',
        maximumSignificantDigits: Math.min(6, Math.max(digits, 2)),
        useGrouping: 'always' as never
      }
    : Number.isInteger(value)
      ? { maximumFractionDigits: 0 }
      : { maximumSignificantDigits: Math.max(3, Math.min(digits, 8)), maximumFractionDigits: 2 };
  const s = numberFormat(lang, opts).format(value);
  return s.replace(/^-/, MINUS).replace(/-(?=\d)/g, MINUS);
}

/** A number with its unit, plural and language right: "1 project", "2,787亿元", "951万千瓦". */
export function formatNumber(value: number | null | undefined, lang: Lang, unit?: string | null): string {
  const v = formatValue(value, lang);
  if (v === NO_VALUE || !unit) return v;
  return unitPhrase(v, value as number, unit, lang);
}

/** "≈ 500 projects" for an approximate figure; "at least 672 projects" for a lower bound. */
export function formatFigure(
  value: number | null | undefined,
  lang: Lang,
  unit: string | null | undefined,
  { approx = false, atLeast = false }: { approx?: boolean; atLeast?: boolean } = {}
): string {
  const s = formatNumber(value, lang, unit);
  if (s === NO_VALUE) return s;
  if (atLeast) return lang === 'zh' ? `至少${s}` : `at least ${s}`;
  return approx ? `≈ ${s}` : s;
}
