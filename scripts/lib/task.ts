/**
 * The per-article step shared by the worker threads and the in-process path: bytes of one file →
 * the record's bytes as they will appear in articles.json (sorted keys, indented for its place in
 * the array) plus its mentions for the region totals. Pure apart from reading the one file.
 */
import { readFileSync } from 'node:fs';
import { buildGazetteer, createMatcher, IngestError, ingestArticle, type Matcher } from '../../src/lib/ingest/index';
import { evidenceFor } from '../../src/lib/data/evidence';

export interface TaskConfig {
  regionsText: string;
  aliasesText: string;
  aliasesFile: string;
  evidence: boolean;
}

export interface Task {
  i: number;
  path: string;
  id: string;
}

export type TaskResult =
  { i: number; ok: true; mentions: Record<string, number>; json: string } | { i: number; ok: false; reason: string };

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])])
    );
  }
  return v;
}

/** A record as an element of the top-level "articles" array (depth 2 of a two-space indent). */
export const recordJson = (record: unknown) => '    ' + JSON.stringify(sortKeys(record), null, 2).replace(/\n/g, '\n    ');

export function createTaskRunner(config: TaskConfig): (task: Task) => TaskResult {
  const gazetteer = buildGazetteer(JSON.parse(config.regionsText), config.aliasesText, config.aliasesFile);
  const matcher: Matcher = createMatcher(gazetteer);
  return (task) => {
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(task.path));
      } catch (e) {
        return { i: task.i, ok: false, reason: readReason(e) };
      }
      const result = ingestArticle(bytes, task.id, matcher, task.path);
      const record: Record<string, unknown> = { ...result.record };
      if (config.evidence) record.evidence = evidenceFor(result);
      return { i: task.i, ok: true, mentions: result.record.mentions, json: recordJson(record) };
    } catch (e) {
      if (e instanceof IngestError) return { i: task.i, ok: false, reason: e.reason };
      // One article that trips a bug must not stop 100,000: it is reported like unreadable input.
      return { i: task.i, ok: false, reason: `cannot be ingested (${String((e as Error)?.message ?? e).split('\n')[0]})` };
    }
  };
}

/** One-line reasons for file-system errors, in words rather than errno names. */
export function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no such file (dangling symbolic link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot be read (${code ?? String((e as Error)?.message ?? e).split('\n')[0]})`;
}
