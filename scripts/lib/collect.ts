import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { readReason } from './task';

export interface InputFile {
  /** As given or found (shown in messages). */
  path: string;
  id: string;
  size: number;
  mtimeMs: number;
}

export interface Problem {
  file: string;
  reason: string;
}

/** Why stat failed, telling a dangling link from a path that is not there. */
function statReason(path: string, e: unknown): string {
  if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return readReason(e);
  try {
    if (lstatSync(path).isSymbolicLink()) return 'dangling symbolic link (its target does not exist)';
  } catch {
    /* nothing at that path */
  }
  return 'no such file or directory';
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files to read, sorted by path, and one problem per input that cannot be used. Folders contribute
 * their .txt files recursively; symbolic links are followed, but a dangling or looping link is a
 * problem of its own and a folder reached twice (a link to an ancestor) is walked once. Two files
 * with the same id (file name without extension): the first by path wins, whatever the input order.
 */
export function collectInputs(inputs: readonly string[]): { files: InputFile[]; problems: Problem[] } {
  const found: InputFile[] = [];
  const problems: Problem[] = [];
  const walked = new Set<string>();
  const add = (path: string, st: { size: number; mtimeMs: number }) =>
    found.push({ path, id: basename(path, extname(path)), size: st.size, mtimeMs: st.mtimeMs });

  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      problems.push({ file: dir, reason: readReason(e) });
      return;
    }
    if (walked.has(real)) return;
    walked.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort(byName);
    } catch (e) {
      problems.push({ file: dir, reason: readReason(e) });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let st;
      try {
        st = statSync(path);
      } catch (e) {
        // Only candidates are reported: a broken link named notes.md is not an article.
        if (name.toLowerCase().endsWith('.txt')) problems.push({ file: path, reason: statReason(path, e) });
        continue;
      }
      if (st.isDirectory()) walk(path);
      else if (st.isFile() && name.toLowerCase().endsWith('.txt')) add(path, st);
    }
  };

  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch (e) {
      problems.push({ file: input, reason: statReason(input, e) });
      continue;
    }
    if (st.isDirectory()) {
      const before = found.length + problems.length;
      walk(input);
      if (found.length + problems.length === before) problems.push({ file: input, reason: 'folder has no .txt articles' });
    } else add(input, st);
  }

  found.sort((a, b) => byName(resolve(a.path), resolve(b.path)));
  const files: InputFile[] = [];
  const seenId = new Map<string, string>();
  const seenPath = new Set<string>();
  for (const f of found) {
    const abs = resolve(f.path);
    if (seenPath.has(abs)) continue;
    seenPath.add(abs);
    const first = seenId.get(f.id);
    if (first) problems.push({ file: f.path, reason: `duplicate article id "${f.id}" (also ${first}); skipped` });
    else {
      seenId.set(f.id, f.path);
      files.push(f);
    }
  }
  return { files, problems };
}
