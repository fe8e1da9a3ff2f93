import { CsvSyntaxError, parseCsv, type CsvRecord } from '../csv';
import { IngestError } from './errors';

/**
 * How an alias row is used:
 * - alias: another name of one unit (short form, English form, historic name)
 * - group: one phrase naming several units at once (北三县 → 三河, 大厂, 香河)
 * - ambiguous: a name shared by several units, resolved per article by context ("Wei County")
 * - block: a phrase that contains a place name but is not a mention of it (南开大学, 长春市朝阳区);
 *   it wins by being longer and then counts for nothing
 * - deny: removes a form the gazetteer would otherwise generate from regions.json
 * - context: a generated short form that is also a common word newer than the word lists (大厂, "big
 *   factory, big tech firm"): a place word before it proves nothing (在大厂工作), so it counts only with
 *   its place's own context — a qualifier, a sibling in a list, or the unit or its prefecture named
 *   elsewhere in the article
 */
export type AliasKind = 'alias' | 'group' | 'ambiguous' | 'block' | 'deny' | 'context';

export interface AliasRow {
  codes: string[];
  alias: string;
  kind: AliasKind;
  line: number;
}

const KINDS = new Set<AliasKind>(['alias', 'group', 'ambiguous', 'block', 'deny', 'context']);

/**
 * Parses data/gazetteer/aliases.csv: header `code,alias,kind,note`; `code` holds `;`-separated codes
 * for groups and ambiguous names and is empty for blocks. Problems are IngestErrors naming the line.
 */
export function parseAliases(csv: string, file = 'aliases.csv', known?: (code: string) => boolean): AliasRow[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(csv, { comment: '#' });
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new IngestError(file, `line ${e.line}: ${e.message}`);
    throw e;
  }
  const cells = (r: CsvRecord | undefined) => (r?.cells ?? []).map((c) => c.trim());
  const header = cells(records[0]);
  if (records[0]?.line !== 1 || header.slice(0, 3).join(',') !== 'code,alias,kind')
    throw new IngestError(file, `line 1: expected header "code,alias,kind,note", got "${header.join(',')}"`);
  const rows: AliasRow[] = [];
  for (const record of records.slice(1)) {
    const [codeField, alias, kind] = cells(record);
    if (!codeField && !alias && !kind) continue;
    const where = `line ${record.line}`;
    if (!alias) throw new IngestError(file, `${where}: empty alias`);
    if (!KINDS.has(kind as AliasKind)) throw new IngestError(file, `${where}: unknown kind "${kind}"`);
    const codes = codeField ? codeField.split(';').map((c) => c.trim()) : [];
    if (kind === 'block' ? codes.length !== 0 : codes.length === 0)
      throw new IngestError(file, `${where}: kind ${kind} ${kind === 'block' ? 'takes no code' : 'needs a code'}`);
    if ((kind === 'group' || kind === 'ambiguous') && codes.length < 2)
      throw new IngestError(file, `${where}: kind ${kind} needs two or more codes`);
    if ((kind === 'alias' || kind === 'context') && codes.length !== 1)
      throw new IngestError(file, `${where}: kind ${kind} takes one code`);
    if (known) for (const c of codes) if (!known(c)) throw new IngestError(file, `${where}: unknown region code ${c}`);
    rows.push({ codes, alias, kind: kind as AliasKind, line: record.line });
  }
  return rows;
}
