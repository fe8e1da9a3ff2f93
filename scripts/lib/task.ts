/**
 * The per-article step shared by the worker threads and the in-process path, run on a batch of
 * files: each file's bytes → its journal entry (a header line, then the record's bytes as they will
 * appear in articles.json, sorted keys and indented for its place in the array), all entries of the
 * batch in one buffer, plus the batch's region totals. So the thread that coordinates only copies
 * bytes and adds a few sums per batch; it never parses, clones or prints a record. Pure apart from
 * reading the files.
 */
import { readFileSync } from 'node:fs';
import {
  aggregateRegions,
  buildGazetteer,
  createMatcher,
  IngestError,
  ingestArticle,
  type Matcher
} from '../../src/lib/ingest/index';
import type { RegionTotals } from '../../src/lib/ingest/aggregate';
import { evidenceFor } from '../../src/lib/data/evidence';
import { stableJson } from './stableJson';

export interface TaskConfig {
  regionsText: string;
  aliasesText: string;
  aliasesFile: string;
  evidence: boolean;
}

export interface Task {
  /** Index of the file in the run's list. */
  i: number;
  path: string;
  id: string;
  /** The journal key of the file (path, size, mtime). */
  k: string;
}

export interface BatchResult {
  /** The journal entries of the batch, in task order, ready to append as they are. */
  bytes: Uint8Array;
  /** Per task: file index, where its payload starts in `bytes`, its length; -1 for a file that failed. */
  items: { i: number; at: number; n: number; err: string | null }[];
  /** Region totals of the batch's good records (sums: batches merge in any order). */
  totals: Record<string, RegionTotals>;
  /** Time spent in the batch, for the benchmark's busy fraction. */
  busyMs: number;
}

/** A record as an element of the top-level "articles" array (depth 2 of a two-space indent). */
export const recordJson = (record: unknown) => '    ' + stableJson(record, '    ');

/** One-line reasons for file-system errors, in words rather than errno names. */
export function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no such file (dangling symbolic link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot be read (${code ?? String((e as Error)?.message ?? e).split('\n')[0]})`;
}

type One = { ok: true; json: string; mentions: Record<string, number> } | { ok: false; reason: string };

export function createBatchRunner(config: TaskConfig): (tasks: readonly Task[]) => BatchResult {
  const gazetteer = buildGazetteer(JSON.parse(config.regionsText), config.aliasesText, config.aliasesFile);
  const matcher: Matcher = createMatcher(gazetteer);

  const one = (task: Task): One => {
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(task.path));
      } catch (e) {
        return { ok: false, reason: readReason(e) };
      }
      const result = ingestArticle(bytes, task.id, matcher, task.path);
      const record: Record<string, unknown> = { ...result.record };
      if (config.evidence) record.evidence = evidenceFor(result);
      return { ok: true, mentions: result.record.mentions, json: recordJson(record) };
    } catch (e) {
      if (e instanceof IngestError) return { ok: false, reason: e.reason };
      // One article that trips a bug must not stop 100,000: it is reported like unreadable input.
      return { ok: false, reason: `cannot be ingested (${String((e as Error)?.message ?? e).split('\n')[0]})` };
    }
  };

  return (tasks) => {
    const t0 = performance.now();
    const heads: string[] = [];
    const payloads: string[] = [];
    const good: { mentions: Record<string, number> }[] = [];
    const errs: (string | null)[] = [];
    let size = 0;
    for (const task of tasks) {
      const r = one(task);
      const payload = r.ok ? r.json : '';
      const n = r.ok ? Buffer.byteLength(payload) : 0;
      const head = JSON.stringify(
        r.ok ? { k: task.k, id: task.id, m: r.mentions, n } : { k: task.k, id: task.id, err: r.reason, n }
      );
      heads.push(head);
      payloads.push(payload);
      errs.push(r.ok ? null : r.reason);
      if (r.ok) good.push({ mentions: r.mentions });
      size += Buffer.byteLength(head) + n + 2;
    }
    // Its own ArrayBuffer (not Node's shared pool), so it can be transferred rather than copied.
    const bytes = Buffer.from(new ArrayBuffer(size));
    const items: BatchResult['items'] = [];
    let at = 0;
    tasks.forEach((task, j) => {
      at += bytes.write(heads[j], at);
      bytes[at++] = 10;
      const n = errs[j] === null ? bytes.write(payloads[j], at) : 0;
      items.push({ i: task.i, at, n: errs[j] === null ? n : -1, err: errs[j] });
      at += n;
      bytes[at++] = 10;
    });
    return { bytes, items, totals: aggregateRegions(good, gazetteer.parent), busyMs: performance.now() - t0 };
  };
}
