import { readFileSync, renameSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';

const FILE = 'bench/results.json';

/** Merges one benchmark's section into bench/results.json, written atomically. */
export function saveResults(section: string, data: unknown): void {
  let all: Record<string, unknown> = {};
  if (existsSync(FILE)) {
    try {
      all = JSON.parse(readFileSync(FILE, 'utf8'));
    } catch {
      all = {};
    }
  }
  all[section] = data;
  mkdirSync('bench', { recursive: true });
  writeFileSync(`${FILE}.tmp`, JSON.stringify(all, null, 2) + '\n');
  renameSync(`${FILE}.tmp`, FILE);
}
