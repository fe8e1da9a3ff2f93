import type { ArticleRecordLike } from '../report/regionReport';

export interface DataIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export const formatDataIssue = (i: DataIssue) => `${i.file}:${i.line}: ${i.field}: ${i.message}`;

const CODE = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Checks the text of data/articles.json before anything uses it: parse errors with their line,
 * then every field's type and every region code. Returns the articles only when there is no issue,
 * so half-valid data never reaches the map.
 */
export function validateArticles(
  text: string,
  knownCodes: ReadonlySet<string>,
  file = 'data/articles.json'
): { articles: ArticleRecordLike[] | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineAt(text, Number(pos[1])) : lineAt(text, text.length);
    return { articles: null, issues: [{ file, line, field: '(file)', message: `not valid JSON (${msg.replace(/^.*?: /, '')})` }] };
  }
  const top = json as { schema?: unknown; articles?: unknown };
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { articles: null, issues: [{ file, line: 1, field: '(file)', message: 'expected an object with "schema" and "articles"' }] };
  // Schema 2 added `flows` to each article; a schema-1 file (no flows) still loads.
  if (top.schema !== 1 && top.schema !== 2)
    issues.push({ file, line: 1, field: 'schema', message: `unsupported schema ${JSON.stringify(top.schema)} (expected 1 or 2)` });
  if (!Array.isArray(top.articles)) {
    issues.push({ file, line: 1, field: 'articles', message: 'missing or not an array' });
    return { articles: null, issues };
  }
  const ids = new Set<string>();
  top.articles.forEach((a: Record<string, unknown>, i: number) => {
    const id = typeof a?.id === 'string' ? a.id : null;
    // The line is looked up only for an article with a problem: sound data costs no text scans.
    const line = () => {
      const at = id ? text.indexOf(`"${id}"`) : -1;
      return at >= 0 ? lineAt(text, at) : 1;
    };
    const bad = (field: string, message: string) => issues.push({ file, line: line(), field: `articles[${i}].${field}`, message });
    if (typeof a !== 'object' || a === null) return bad('', 'not an object');
    if (!id) bad('id', 'missing or not a string');
    else if (ids.has(id)) bad('id', `duplicate id "${id}"`);
    else ids.add(id);
    // Snippets are article text: a published atlas keeps them in its own dataset (npm run atlas),
    // the project's bundled data never does.
    if ('evidence' in a) bad('evidence', 'evidence snippets are article text and never ship in the bundled data; rebuild without --evidence')
    if (a.lang !== 'en' && a.lang !== 'zh') bad('lang', `expected "en" or "zh", got ${JSON.stringify(a.lang)}`);
    if (a.date !== null && !(typeof a.date === 'string' && DATE.test(a.date))) bad('date', `expected YYYY-MM-DD or null, got ${JSON.stringify(a.date)}`);
    if (typeof a.mentions !== 'object' || a.mentions === null || Array.isArray(a.mentions)) bad('mentions', 'expected an object of code → count');
    else
      for (const [code, n] of Object.entries(a.mentions)) {
        if (!CODE.test(code) || !knownCodes.has(code)) bad(`mentions.${code}`, 'unknown region code');
        if (!Number.isInteger(n) || (n as number) < 1) bad(`mentions.${code}`, `expected a positive count, got ${JSON.stringify(n)}`);
      }
    if (!Array.isArray(a.figures)) bad('figures', 'expected an array');
    else
      a.figures.forEach((f: Record<string, unknown>, j: number) => {
        const fb = (field: string, message: string) => bad(`figures[${j}].${field}`, message);
        if (typeof f?.value !== 'number' || !Number.isFinite(f.value)) fb('value', `expected a number, got ${JSON.stringify(f?.value)}`);
        if (typeof f?.unit !== 'string' || !f.unit) fb('unit', 'missing');
        if (f?.code !== null && !(typeof f?.code === 'string' && knownCodes.has(f.code))) fb('code', `unknown region code ${JSON.stringify(f?.code)}`);
        if (typeof f?.approx !== 'boolean') fb('approx', 'expected true or false');
        if (!Array.isArray(f?.flags)) fb('flags', 'expected an array');
      });
  });
  return { articles: issues.length ? null : (top.articles as ArticleRecordLike[]), issues };
}
