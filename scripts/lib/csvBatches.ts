/**
 * Reads a CSV file in bounded pieces: batches of whole records (a quoted field may span lines, so a
 * batch ends only at a line break outside quotes), each with the file line it starts on, counted
 * as `parseCsv` counts them (LF, CRLF or a lone CR outside quotes; LF inside). Memory stays at one
 * batch plus one read chunk, whatever the file size.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface CsvBatch {
  /** The header record's raw text, with its line break; the same for every batch. */
  header: string;
  /** Lines the header spans. */
  headerLines: number;
  /** Whole records, raw (may be empty for a file of only a header). */
  text: string;
  /** 1-based file line of the batch's first character. */
  startLine: number;
}

export function* csvBatches(path: string, recordsPerBatch = 20_000, chunkBytes = 4 << 20): Generator<CsvBatch | { nul: true }> {
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-8');
  const buf = Buffer.allocUnsafe(chunkBytes);
  let pending = '';
  let pos = 0; // scanned up to here
  let quoted = false;
  let records = 0;
  let lines = 0; // line breaks in pending[0, pos)
  let line = 1; // file line where pending starts
  let header: string | null = null;
  let headerLines = 0;
  let first = true;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, chunkBytes, null);
      const eof = n === 0;
      let text = eof ? decoder.decode() : decoder.decode(buf.subarray(0, n), { stream: true });
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      if (text.includes('\u0000')) {
        yield { nul: true };
        return;
      }
      pending += text;
      while (pos < pending.length) {
        const c = pending.charCodeAt(pos);
        if (c === 13 && !quoted && pos + 1 === pending.length && !eof) break; // maybe half a CRLF
        pos++;
        if (c === 34) {
          quoted = !quoted;
          continue;
        }
        if (c === 10 || (c === 13 && !quoted)) {
          if (c === 13 && pending.charCodeAt(pos) === 10) pos++;
          lines++;
          if (quoted) continue;
          if (header === null) {
            header = pending.slice(0, pos);
            headerLines = lines;
          } else if (++records < recordsPerBatch) continue;
          else yield { header, headerLines, text: pending.slice(0, pos), startLine: line };
          line += lines;
          pending = pending.slice(pos);
          pos = 0;
          lines = 0;
          records = 0;
        }
      }
      if (eof) {
        if (header === null) {
          if (pending !== '') yield { header: pending + '\n', headerLines: 1, text: '', startLine: line + 1 };
        } else if (pending !== '' || records === 0) yield { header, headerLines, text: pending, startLine: line };
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}
