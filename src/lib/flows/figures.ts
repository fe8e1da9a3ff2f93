import type { Flow, FlowIssue } from './types';

/** One figure the ingest found in an article (data/articles.json `figures[]`). */
export interface ArticleFigure {
  value: number;
  unit: string | null;
}

export interface ArticleFigures {
  id: string;
  figures: ArticleFigure[];
}

const YUAN = /^(yuan|cny|rmb|元)$/i;
// Units of money, shares and physical size (the ingest's unit names, and their symbols): a count of
// projects or firms never matches these. Count nouns vary too much ("47 state-owned enterprise
// projects" reads as enterprises) to demand the same noun.
const NOT_A_COUNT = /^(yuan|cny|rmb|元|usd|%|percent|per ?cent|km2|m2|mu|km|m|kw|t)$/i;

/** Whether `fig` can be the ingest's reading of a flow's value in `measure`. */
export function figureMatches(measure: string, value: number, fig: ArticleFigure): boolean {
  if (Math.abs(fig.value - value) > 1e-9 * Math.max(1, Math.abs(value))) return false;
  const unit = (fig.unit ?? '').trim();
  if (measure === 'yuan') return YUAN.test(unit);
  return !NOT_A_COUNT.test(unit);
}

/**
 * Every flow's number must be one the ingest read from its article: a value typed wrong, or
 * normalised differently (billion vs 亿, yuan vs 10k yuan), shows up here.
 */
export function checkFigures(flows: readonly Flow[], articles: readonly ArticleFigures[], file: string): FlowIssue[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const issues: FlowIssue[] = [];
  for (const f of flows) {
    if (f.value === null || f.measure === null) continue;
    const a = byId.get(f.article);
    if (!a) {
      issues.push({
        file,
        line: f.line,
        column: 'article',
        value: f.article,
        message: 'article has no entry in the ingest output, so its figures cannot be checked'
      });
      continue;
    }
    if (!a.figures.some((fig) => figureMatches(f.measure!, f.value!, fig))) {
      const near = a.figures
        .filter((fig) => fig.value > 0 && Math.abs(Math.log10(fig.value / f.value!)) < 0.05)
        .map((fig) => `${fig.value} ${fig.unit ?? ''}`.trim());
      issues.push({
        file,
        line: f.line,
        column: 'value',
        value: String(f.value),
        message:
          `value is not among the figures the ingest found in article ${f.article} for measure ${f.measure}` +
          (near.length ? `; close figures: ${near.slice(0, 3).join(', ')}` : '')
      });
    }
  }
  return issues;
}

/**
 * The figures of each article in parsed articles.json (an array of article records, or an object
 * with an `articles` array). Throws an Error with a plain message when the shape is not that.
 */
export function articleFiguresFrom(json: unknown): ArticleFigures[] {
  const list = Array.isArray(json) ? json : (json as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(list)) throw new Error('expected an array of articles or an object with an "articles" array');
  return list.map((a, i) => {
    const rec = a as { id?: unknown; figures?: unknown };
    if (typeof rec?.id !== 'string') throw new Error(`article #${i} has no string "id"`);
    if (!Array.isArray(rec.figures)) throw new Error(`article ${rec.id} has no "figures" array`);
    const figures = rec.figures.map((f, j) => {
      const fig = f as { value?: unknown; unit?: unknown };
      if (typeof fig?.value !== 'number') throw new Error(`article ${rec.id} figure #${j} has no numeric "value"`);
      return { value: fig.value, unit: typeof fig.unit === 'string' ? fig.unit : null };
    });
    return { id: rec.id, figures };
  });
}
