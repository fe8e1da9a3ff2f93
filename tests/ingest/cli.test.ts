import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(args: string[]) {
  const r = spawnSync(TSX, ['scripts/ingest.ts', '--regions', `${FIXTURES}regions.json`, ...args], {
    cwd: ROOT,
    encoding: 'utf8'
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
const put = (name: string, bytes: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('ingest CLI', () => {
  it('writes the articles file for fixtures, atomically, and prints nothing on success', () => {
    const out = join(dir, 'ok.json');
    const r = run([`${FIXTURES}en-heping.txt`, `${FIXTURES}zh-heping.txt`, '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.schema).toBe(2);
    expect(file.articles.map((a: { id: string; lang: string; date: string }) => [a.id, a.lang, a.date])).toEqual([
      ['en-heping', 'en', '2024-03-05'],
      ['zh-heping', 'zh', '2023-06-01']
    ]);
    expect(file.articles[1].mentions).toEqual({
      '110108': 1,
      '110112': 1,
      '120101': 1,
      '120115': 2,
      '131024': 1,
      '131028': 1,
      '131082': 1,
      '133100': 1
    });
    // en: Heping (its "in Tianjin" only qualifies it) and Binhai; zh: 和平区 and 宝坻区 twice.
    expect(file.regions['120000'].rollup).toEqual({ mentions: 5, articles: 2 });
    // No text from the articles in the output: only codes, numbers and ids.
    expect(readFileSync(out, 'utf8')).not.toMatch(/District|和平区|retail/);
  });

  it('prints to stdout without --out', () => {
    const r = run([`${FIXTURES}zh-heping.txt`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles[0].id).toBe('zh-heping');
  });

  const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
  const emptyDir = join(dir, 'no-txt');
  mkdirSync(emptyDir, { recursive: true });
  writeFileSync(join(emptyDir, 'notes.md'), 'not an article');

  it.each([
    ['a missing path', () => [join(dir, 'nope.txt')], /^ingest: .*nope\.txt: no such file or directory\n$/],
    ['an empty file', () => [put('empty.txt', '')], /^ingest: .*empty\.txt: empty file\n$/],
    [
      'a binary file',
      () => [put('image.txt', binary)],
      /^ingest: .*image\.txt: binary file \(looks like PNG\), not a text article\n$/
    ],
    [
      'undecodable bytes',
      () => [put('bad.txt', new Uint8Array([0x61, 0xff, 0x62]))],
      /^ingest: .*bad\.txt: undecodable bytes: .*\n$/
    ],
    ['a folder with no .txt', () => [emptyDir], /^ingest: .*no-txt: folder has no \.txt articles\n$/],
    ['an unknown option', () => ['--fast'], /^ingest: --fast: unknown option/],
    ['no inputs', () => [], /^ingest: ingest: no input files/]
  ])('%s: one line, exit 2, existing --out untouched', (_name, args, message) => {
    const out = put('existing.json', '{"keep":true}\n');
    const r = run([...(args as () => string[])(), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readFileSync(out, 'utf8')).toBe('{"keep":true}\n');
  });

  it('a good file and a bad one: the bad one gets its line, the good one is written, exit 2', () => {
    const out = put('existing2.json', 'old\n');
    const bad = put('empty2.txt', '');
    const r = run([`${FIXTURES}en-heping.txt`, bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ingest: ${bad}: empty file\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles.map((a: { id: string }) => a.id)).toEqual(['en-heping']);
  });
});
