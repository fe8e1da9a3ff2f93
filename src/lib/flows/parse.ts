import { isWithin } from '../domain/ancestry.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import {
  FLOW_COLUMNS,
  FLOW_KINDS,
  FLOW_MEASURES,
  FLOW_OPTIONAL_COLUMNS,
  FLOW_SOURCES,
  FLOW_STATUSES,
  type Flow,
  type FlowColumn,
  type FlowIssue,
  type FlowKind,
  type FlowSource,
  type FlowStatus
} from './types.ts';

export interface FlowContext {
  /** Shown in every message. */
  file: string;
  /** Every known region code mapped to its parent code (null for a province). */
  regions: ReadonlyMap<string, string | null>;
  /** Every known article id. */
  articles: ReadonlySet<string>;
}

export interface ParsedFlows {
  /** The rows without any issue, in file order. */
  flows: Flow[];
  issues: FlowIssue[];
}

const CODE = /^\d{6}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NUMBER = /^\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;
const PERIOD = /^(?:(\d{4})|(\d{4})–|–(\d{4})|(\d{4})–(\d{4}))$/;
/** Long enough for a fact in one's own words; a pasted sentence of the article is longer. */
export const MAX_NOTE_LENGTH = 160;

/** Parses and validates the text of a flows CSV; never throws on bad input. */
export function parseFlows(text: string, ctx: FlowContext): ParsedFlows {
  const issues: FlowIssue[] = [];
  const flows: Flow[] = [];
  const issue = (line: number, column: string | null, value: string | null, message: string) =>
    issues.push({ file: ctx.file, line, column, value, message });

  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      issue(e.line, null, null, `CSV syntax: ${e.message}`);
      return { flows, issues };
    }
    throw e;
  }
  if (records.length === 0) {
    issue(0, null, null, `empty file: expected the header ${FLOW_COLUMNS.join(',')}`);
    return { flows, issues };
  }

  const header = records[0];
  const index = new Map<string, number>();
  header.cells.forEach((name, i) => {
    const n = name.trim();
    if (index.has(n)) issue(header.line, n, n, 'column appears twice in the header');
    else index.set(n, i);
  });
  for (const col of FLOW_COLUMNS) {
    if (!index.has(col)) issue(header.line, col, null, 'missing column in the header');
  }
  const known: readonly string[] = [...FLOW_COLUMNS, ...FLOW_OPTIONAL_COLUMNS];
  for (const name of index.keys()) {
    if (!known.includes(name)) issue(header.line, name, name, `unknown column; known: ${known.join(', ')}`);
  }
  if (issues.length > 0) return { flows, issues };

  const seen = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const before = issues.length;
    const at = (c: FlowColumn) => issue.bind(null, rec.line, c);
    if (rec.cells.length !== header.cells.length) {
      issue(rec.line, null, null, `row has ${rec.cells.length} cells, the header has ${header.cells.length}`);
      continue;
    }
    const get = (c: FlowColumn) => (index.has(c) ? rec.cells[index.get(c)!] : '');

    const id = get('id');
    if (!ID.test(id)) at('id')(id, 'id must be letters, digits, ".", "_" or "-"');
    else if (seen.has(id)) at('id')(id, `duplicate id, first used on line ${seen.get(id)}`);
    else seen.set(id, rec.line);

    const origin = regionList(get('origin'), 'origin', ctx, at('origin'));
    const destination = regionList(get('destination'), 'destination', ctx, at('destination'));
    if (origin && destination) checkDisjoint(origin, destination, ctx, at('destination'));

    const kind = get('kind');
    if (!(FLOW_KINDS as readonly string[]).includes(kind)) {
      at('kind')(kind, `unknown kind; known: ${FLOW_KINDS.join(', ')}`);
    }

    const measure = get('measure');
    const valueText = get('value');
    if (measure !== '' && !(FLOW_MEASURES as readonly string[]).includes(measure)) {
      at('measure')(measure, `unknown measure; known: ${FLOW_MEASURES.join(', ')}`);
    }
    let value: number | null = null;
    if (valueText !== '') {
      if (!NUMBER.test(valueText)) {
        at('value')(valueText, 'value is not a number (plain digits, "." for decimals, no separators or units)');
      } else {
        value = Number(valueText);
        // 1 followed by 309 zeros is digits, but not a number a page can show (Infinity).
        if (!Number.isFinite(value))
          at('value')(
            valueText.length > 24 ? valueText.slice(0, 24) + '…' : valueText,
            'value is too large to be a finite number'
          );
        else if (!(value > 0)) at('value')(valueText, 'value must be greater than 0; leave it empty when the text gives none');
        if (measure === '') at('measure')(measure, 'a value needs a measure saying what it counts');
        if (measure === 'yuan' && !Number.isInteger(value)) at('value')(valueText, 'yuan are whole yuan');
      }
    }

    const approx = get('approx');
    if (approx !== 'true' && approx !== 'false') at('approx')(approx, 'approx must be true or false');

    const { start, end } = checkPeriod(get('period'), get('period_start'), get('period_end'), at);

    const status = get('status');
    if (!(FLOW_STATUSES as readonly string[]).includes(status)) {
      at('status')(status, `unknown status; known: ${FLOW_STATUSES.join(', ')}`);
    }

    const article = get('article');
    if (!ctx.articles.has(article)) at('article')(article, 'unknown article id');

    const note = get('note');
    if (note.trim() === '') at('note')(note, 'note is empty: say in your own short words what the row records');
    else if (note.length > MAX_NOTE_LENGTH) {
      at('note')(
        note.slice(0, 40) + '…',
        `note is longer than ${MAX_NOTE_LENGTH} characters; keep it short and in your own words`
      );
    }

    const sourceText = get('source');
    if (sourceText !== '' && !(FLOW_SOURCES as readonly string[]).includes(sourceText)) {
      at('source')(sourceText, `unknown source; known: ${FLOW_SOURCES.join(', ')} (or leave it empty)`);
    }
    const offsetText = get('offset');
    if (offsetText !== '' && !/^\d{1,15}$/.test(offsetText))
      at('offset')(offsetText, 'offset must be a whole number of UTF-16 units from the start of the article, or empty');

    if (issues.length === before) {
      const extra: Pick<Flow, 'source' | 'offset'> = {};
      if (index.has('source')) extra.source = sourceText === '' ? undefined : (sourceText as FlowSource);
      if (index.has('offset')) extra.offset = offsetText === '' ? null : Number(offsetText);
      if (extra.source === undefined) delete extra.source;
      flows.push({
        id,
        origin: origin!,
        destination: destination!,
        kind: kind as FlowKind,
        measure: measure === '' ? null : measure,
        value,
        approx: approx === 'true',
        period: get('period'),
        periodStart: start,
        periodEnd: end,
        status: status as FlowStatus,
        article,
        note,
        line: rec.line,
        ...extra
      });
    }
  }
  return { flows, issues };
}

type Report = (value: string | null, message: string) => void;

function regionList(text: string, side: string, ctx: FlowContext, report: Report): string[] | null {
  if (text === '') {
    report(text, `${side} is empty`);
    return null;
  }
  const members = text.split('+');
  let ok = true;
  const seen = new Set<string>();
  for (const m of members) {
    if (!CODE.test(m)) {
      report(m, 'region code must be 6 digits; join several with "+"');
      ok = false;
    } else if (!ctx.regions.has(m)) {
      report(m, 'unknown region code');
      ok = false;
    } else if (seen.has(m)) {
      report(m, `region listed twice in the ${side}`);
      ok = false;
    }
    seen.add(m);
  }
  return ok ? members : null;
}

/**
 * A flow between a place and itself, or between a place and a unit inside it, moves nothing
 * between places (a city investing in its own district is not a regional flow).
 */
function checkDisjoint(origin: string[], destination: string[], ctx: FlowContext, report: Report): void {
  for (const d of destination) {
    for (const o of origin) {
      if (o === d) report(d, 'origin equal to its destination');
      else if (isWithin(d, o, ctx.regions)) report(d, `destination lies inside origin ${o}`);
      else if (isWithin(o, d, ctx.regions)) report(d, `origin ${o} lies inside this destination`);
    }
  }
}

function checkPeriod(
  period: string,
  startText: string,
  endText: string,
  at: (c: FlowColumn) => Report
): { start: number | null; end: number | null } {
  const year = (text: string, col: FlowColumn): number | null => {
    if (text === '') return null;
    if (!YEAR.test(text)) {
      at(col)(text, 'must be a four-digit year or empty');
      return null;
    }
    return Number(text);
  };
  const start = year(startText, 'period_start');
  const end = year(endText, 'period_end');
  if (start !== null && end !== null && start > end) at('period_end')(endText, `ends before period_start ${start}`);

  if (period === '') {
    if (start !== null || end !== null) at('period')(period, 'period is empty but period_start/period_end are set');
    return { start, end };
  }
  const m = PERIOD.exec(period);
  if (!m) {
    at('period')(period, 'period must be YYYY, YYYY–, –YYYY or YYYY–YYYY (with an en dash) or empty');
    return { start, end };
  }
  const [, single, openFrom, until, from, to] = m;
  // "since 2017" stays open in `period`; period_end then says up to which year the text counts.
  const want: { start: string | undefined; end: string | undefined | null } = single
    ? { start: single, end: single }
    : openFrom
      ? { start: openFrom, end: null }
      : until
        ? { start: undefined, end: until }
        : { start: from, end: to };
  if ((want.start ?? '') !== startText) at('period_start')(startText, `does not match period ${period}`);
  if (want.end !== null && (want.end ?? '') !== endText) at('period_end')(endText, `does not match period ${period}`);
  return { start, end };
}
