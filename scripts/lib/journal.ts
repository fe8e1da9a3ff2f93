/**
 * The resume state of one ingest run: an append-only file beside --out. Each finished input is one
 * entry — a JSON header line, then `n` bytes of payload (the record as it will be written) and a
 * newline — appended in one write, so a crash can only cut the last entry, which the next run drops.
 * The first line names the configuration (reference data, options, ingest code): a journal made
 * under another one is discarded rather than mixed in.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';

export interface EntryHeader {
  /** path, size and mtime of the input: a changed file is ingested again. */
  k: string;
  id: string;
  /** Mentions of the record (for the region totals without parsing the payload). */
  m?: Record<string, number>;
  /** Why the input could not be ingested. */
  err?: string;
  /** Payload length in bytes. */
  n: number;
}

export interface EntryRef {
  header: EntryHeader;
  /** Where the payload starts and its length, in the journal file. */
  at: number;
  n: number;
}

const MAGIC = 'jjj-ingest-journal';

export class Journal {
  readonly path: string;
  private fd: number;
  private size: number;

  private constructor(path: string, fd: number, size: number) {
    this.path = path;
    this.fd = fd;
    this.size = size;
  }

  /** Opens the journal for `config`, keeping what a previous run with the same config finished. */
  static open(path: string, config: string): { journal: Journal; entries: EntryRef[] } {
    const headerLine = JSON.stringify({ journal: MAGIC, config }) + '\n';
    if (existsSync(path)) {
      const fd = openSync(path, 'r+');
      const scanned = scan(fd, headerLine);
      if (scanned) {
        ftruncateSync(fd, scanned.end);
        return { journal: new Journal(path, fd, scanned.end), entries: scanned.entries };
      }
      closeSync(fd);
      unlinkSync(path);
    }
    const fd = openSync(path, 'w+');
    writeSync(fd, headerLine);
    return { journal: new Journal(path, fd, Buffer.byteLength(headerLine)), entries: [] };
  }

  /**
   * Appends entries already laid out (task.ts), in one write; returns where they start. A crash cuts
   * at most the tail of this write, and the next open keeps the entries before the cut.
   */
  appendEntries(bytes: Uint8Array): number {
    const at = this.size;
    for (let off = 0; off < bytes.length;) off += writeSync(this.fd, bytes, off, bytes.length - off, at + off);
    this.size += bytes.length;
    return at;
  }

  /** `n` bytes at `at` (a payload the journal holds). */
  readBytes(at: number, n: number): Buffer {
    const buf = Buffer.allocUnsafe(n);
    if (readFully(this.fd, buf, at) !== n) throw new Error(`journal ${this.path} is shorter than its index`);
    return buf;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  remove(): void {
    this.close();
    if (existsSync(this.path)) unlinkSync(this.path);
  }
}

function readFully(fd: number, buf: Buffer, at: number): number {
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, at + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Reads a line starting at `at` (headers are small; grows the window for a long one). */
function lineAt(fd: number, at: number, size: number): string | null {
  for (let window = 4096; ; window *= 4) {
    const buf = Buffer.allocUnsafe(Math.min(window, size - at));
    const got = readFully(fd, buf, at);
    const nl = buf.subarray(0, got).indexOf(10);
    if (nl >= 0) return buf.subarray(0, nl).toString('utf8');
    if (at + got >= size) return null;
  }
}

function scan(fd: number, headerLine: string): { entries: EntryRef[]; end: number } | null {
  const size = fstatSync(fd).size;
  const first = lineAt(fd, 0, size);
  if (first === null || first + '\n' !== headerLine) return null;
  const entries: EntryRef[] = [];
  let pos = Buffer.byteLength(headerLine);
  while (pos < size) {
    const line = lineAt(fd, pos, size);
    if (line === null) break;
    let header: EntryHeader;
    try {
      header = JSON.parse(line);
    } catch {
      break;
    }
    const at = pos + Buffer.byteLength(line) + 1;
    if (typeof header?.n !== 'number' || at + header.n + 1 > size) break;
    const nl = Buffer.allocUnsafe(1);
    readFully(fd, nl, at + header.n);
    if (nl[0] !== 10) break;
    entries.push({ header, at, n: header.n });
    pos = at + header.n + 1;
  }
  return { entries, end: pos };
}
