import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ingestArticle, IngestError } from '../../src/lib/ingest/index';
import { FIXTURES, ROOT, matcher } from './helpers';

/** A seeded generator, so the same bytes every run. */
function bytes(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    out[i] = seed >>> 24;
  }
  return out;
}
const enc = new TextEncoder();

describe('hostile input to the ingest', () => {
  it('random bytes: a clear IngestError or a result, never a crash', () => {
    for (let s = 1; s <= 200; s++) {
      const b = bytes(s, 1 + ((s * 97) % 5000));
      try {
        const r = ingestArticle(b, `r${s}`, matcher);
        expect(r.record.id).toBe(`r${s}`);
      } catch (e) {
        expect(e).toBeInstanceOf(IngestError);
        expect((e as IngestError).reason).not.toMatch(/\n/);
      }
    }
  });

  it('a 1 MB single line is read whole', () => {
    const line = enc.encode(`${'Tianjin and Langfang agreed on a shared logistics plan. '.repeat(18_500)}`);
    expect(line.length).toBeGreaterThan(1_000_000);
    const r = ingestArticle(line, 'long-line', matcher);
    expect(r.record.mentions['120000']).toBe(18_500);
  });

  // A hang or a quadratic step would take hours on 50 MB; the limit only has to tell those from a
  // linear run on a busy two-core machine (about 60 s at load 5), so speed is left to bench:ingest.
  it('a 50 MB file is ingested, not refused or hung', { timeout: 400_000 }, () => {
    const big = enc.encode('Baodi District signed 3 projects with Wuqing District.\n'.repeat(920_000));
    expect(big.length).toBeGreaterThan(50_000_000);
    const r = ingestArticle(big, 'big', matcher);
    expect(r.record.bytes).toBe(big.length);
    expect(r.record.figures.length).toBe(920_000);
  });

  it('mixed encodings (UTF-8 text with GBK bytes spliced in) give a clear error, not mojibake counts', () => {
    const utf8 = enc.encode('天津市和平区与北京市朝阳区合作。');
    const gbk = new Uint8Array([0xba, 0xcd, 0xc6, 0xbd, 0xc7, 0xf8]); // 和平区 in GBK
    const mixed = new Uint8Array([...utf8, ...gbk, ...utf8]);
    try {
      const r = ingestArticle(mixed, 'mixed', matcher);
      // If it decodes at all, it must be one consistent reading, not UTF-8 with replacement characters.
      expect(r.text).not.toContain('\uFFFD');
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
    }
  });

  // One bad file among good ones is reported on its own line and the rest go on (issue 17): the
  // output is replaced whole by the good files' records, never left half-written.
  it('a CLI run with a bad file names it, exits 2 and writes the good ones atomically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
    const out = join(dir, 'articles.json');
    writeFileSync(out, '{"keep":true}\n');
    writeFileSync(join(dir, 'good.txt'), 'Cangzhou and Tianjin.');
    writeFileSync(join(dir, 'bad.txt'), bytes(7, 4096));
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/ingest.ts', '--regions', `${FIXTURES}regions.json`, dir, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8'
      }
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.txt/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { articles: { id: string }[] };
    expect(written.articles.map((a) => a.id)).toEqual(['good']);
    expect(readdirSync(dir).filter((f) => /tmp|journal/i.test(f))).toEqual([]);
  });

  it('a CLI run where no file is readable leaves the existing output untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
    const out = join(dir, 'articles.json');
    writeFileSync(out, '{"keep":true}\n');
    writeFileSync(join(dir, 'bad.txt'), bytes(7, 4096));
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/ingest.ts', '--regions', `${FIXTURES}regions.json`, dir, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8'
      }
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.txt/);
    expect(readFileSync(out, 'utf8')).toBe('{"keep":true}\n');
  });
});
