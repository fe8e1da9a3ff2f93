/** A record of a CSV file with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside
 * quotes, quoted fields may span lines; CRLF or LF; a leading BOM is dropped. Blank lines are
 * skipped (they carry no record) but still counted, so line numbers match an editor's.
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  let afterQuote = false;

  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === '')) out.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"') {
      if (fieldStarted || afterQuote) {
        throw new CsvSyntaxError('a double quote inside an unquoted field; quote the whole field and double the quote', line);
      }
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else {
      if (afterQuote)
        throw new CsvSyntaxError('text after a closing quote; a quoted field must end at a comma or line end', line);
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is never closed', quoteLine);
  if (field !== '' || cells.length > 0 || afterQuote) endRecord();
  return out;
}
