import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** Runs the CLI on fixtures only: fixture regions, fixture ingest output, no seed directory. */
function run(flows: string, extra: string[] = []) {
  const r = spawnSync(
    TSX,
    [
      'scripts/validate-data.ts',
      '--flows',
      resolve(FIXTURES, flows),
      '--regions',
      resolve(FIXTURES, 'regions.json'),
      '--seeds',
      resolve(FIXTURES, 'no-such-seeds'),
      '--articles',
      resolve(FIXTURES, 'articles.json'),
      ...extra
    ],
    { cwd: ROOT, encoding: 'utf8' }
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at /m);

describe('npm run validate:data', () => {
  it('accepts the valid fixture (ids from the ingest output when no seeds) and checks its figures', () => {
    const r = run('valid.csv');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid\.csv: 5 flows OK .*values found among the figures/);
  });

  it.each([
    ['unknown-region.csv', ':2: column "destination" unknown region code (value "129999")'],
    ['not-a-number.csv', ':2: column "value" value is not a number'],
    ['unknown-article.csv', ':2: column "article" unknown article id (value "fx_999")'],
    ['duplicate-id.csv', ':3: column "id" duplicate id, first used on line 2 (value "fx-1")'],
    ['origin-equals-destination.csv', ':2: column "destination" origin equal to its destination (value "120101")'],
    ['missing-column.csv', ':1: column "article" missing column in the header'],
    ['unclosed-quote.csv', ':2: CSV syntax: a quoted field is never closed']
  ])('%s: exit 2, names file, line, column and value, no stack trace', (file, message) => {
    const r = run(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`tests/fixtures/flows/${file}${message}`);
    noStack(r.err);
  });

  it('a value the article does not state fails the figure check', () => {
    const r = run('figure-mismatch.csv');
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'figure-mismatch.csv:2: column "value" value is not among the figures the ingest found in article fx_001'
    );
  });

  it.each([
    [
      'a missing region index',
      ['--regions', '/nonexistent/regions.json'],
      'regions.json: not found (the region index; run `npm run geo` first)'
    ],
    ['a broken ingest output', ['--articles', resolve(FIXTURES, 'valid.csv')], 'not valid JSON'],
    ['an unknown argument', ['--frobnicate'], 'unknown argument "--frobnicate"']
  ])('%s: exit 2 with a plain message', (_n, extra, message) => {
    const r = run('valid.csv', extra);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    noStack(r.err);
  });

  it('a binary file is refused plainly', () => {
    const r = run('binary.csv');
    expect(r.code).toBe(2);
    expect(r.err).toContain('binary.csv: contains NUL bytes');
    noStack(r.err);
  });

  it('a file larger than one batch (45,000 rows) is read in pieces with file line numbers kept', () => {
    // Generated in a temp folder, never committed: the valid fixture's rows repeated under new ids,
    // a quoted note spanning two lines early on, one id repeated across batches, one bad code late.
    const [header, ...rows] = readFileSync(resolve(FIXTURES, 'valid.csv'), 'utf8').trim().split('\n');
    const lines = [header];
    for (let i = 0; i < 45_000; i++) {
      const row = rows[i % rows.length].replace(/^fx-\d+/, `big-${i}`);
      lines.push(i === 3 ? row.replace(/,[^,]*$/, ',"a note\nover two lines"') : row);
    }
    // lines[k] is on file line k + 1, and one more after the two-line note (lines[4]).
    lines[30_000] = lines[30_000].replace(/^big-\d+/, 'big-5');
    lines[40_001] = lines[40_001].replace(',120101,', ',129999,');
    const file = join(mkdtempSync(join(tmpdir(), 'validate-big-')), 'flows.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = spawnSync(
      TSX,
      [
        'scripts/validate-data.ts',
        '--flows',
        file,
        '--regions',
        resolve(FIXTURES, 'regions.json'),
        '--seeds',
        resolve(FIXTURES, 'no-such-seeds'),
        '--articles',
        resolve(FIXTURES, 'articles.json')
      ],
      { cwd: ROOT, encoding: 'utf8' }
    );
    expect(r.status).toBe(2);
    const problems = r.stderr.trim().split('\n');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/flows\.csv:30002: column "id" duplicate id, first used on line 8 \(value "big-5"\)$/);
    expect(problems[1]).toMatch(/flows\.csv:40003: column "destination" unknown region code \(value "129999"\)$/);
    expect(problems[2]).toMatch(/flows\.csv: 2 problems$/);
  }, 120_000);
});
