/**
 * npm run bench:ingest [-- --ref DIR] [--quick] — throughput of the article ingest on synthetic
 * corpora of 1,000 and 10,000 articles assembled (seeded, deterministic) from the project's own
 * fixture paragraphs, in memory. Prints first the line issue 12's speed criterion reads, "MB/s per
 * core": bytes ingested per CPU-second of the thread that runs the ingest (it is single-threaded,
 * so that is what one core delivers; other processes on a shared machine do not dilute it, as they
 * do wall-clock MB/s). Also MB/s, articles/s, the 10k/1k time ratio (linear growth: ≤ 11), MB per
 * CPU-second in each language for the thread and for the whole process (V8's GC and compiler
 * threads included), side by side in one run with the ingest of another checkout (`--ref DIR`,
 * e.g. main's tree: its src/lib/ingest and data/gazetteer are loaded next to this one's, and runs
 * alternate, so load on the machine falls on both alike), and the matcher against
 * modern-ahocorasick run directly on the raw text (its grapheme path), the reference the ASCII
 * stand-in view (src/lib/ingest/view.ts) is measured against.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AhoCorasick from 'modern-ahocorasick';
import { benchCorpus } from './lib/ingest-corpus';
import { sideBySide } from './lib/side-by-side';
import { threadCpuMs } from './lib/thread-cpu';
import {
  buildArticlesFile,
  buildGazetteer,
  createMatcher,
  detectLang,
  extractFigures,
  ingestArticle,
  type ArticleRecord
} from '../src/lib/ingest/index';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = `${root}tests/fixtures/ingest/`;
const regions = JSON.parse(readFileSync(`${fixtures}regions.json`, 'utf8'));
const gazetteer = buildGazetteer(regions, readFileSync(`${root}data/gazetteer/aliases.csv`, 'utf8'));
const matcher = createMatcher(gazetteer);

const paragraphs = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) =>
    readFileSync(fixtures + f, 'utf8')
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
  );

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles of 20–60 paragraphs (roughly 4–15 KB, like the seeds), one language each. */
const corpus = (n: number, seed: number): Uint8Array[] => benchCorpus(fixtures, n, seed);

function run(docs: Uint8Array[]): { ms: number; cpuMs: number | null; bytes: number; mentions: number } {
  const t0 = performance.now();
  const c0 = threadCpuMs();
  const records: ArticleRecord[] = [];
  let mentions = 0;
  docs.forEach((d, i) => {
    const r = ingestArticle(d, `a${i}`, matcher);
    mentions += r.mentions.length;
    records.push(r.record);
  });
  buildArticlesFile(records, gazetteer.parent);
  const c1 = threadCpuMs();
  return {
    ms: performance.now() - t0,
    cpuMs: c0 === null || c1 === null ? null : c1 - c0,
    bytes: docs.reduce((s, d) => s + d.length, 0),
    mentions
  };
}

// Per core, in each language, and side by side with a reference checkout when one is named
// (`--side-only`: this part alone).
{
  const at = process.argv.indexOf('--ref');
  await sideBySide({
    root,
    docs: corpus(1000, 42),
    ref: at > 0 ? process.argv[at + 1] : undefined,
    rounds: process.argv.includes('--quick') ? 3 : 7
  });
  if (process.argv.includes('--side-only')) process.exit(0);
  console.log('');
}

const fmt = (x: number, d = 1) => x.toFixed(d).padStart(8);
run(corpus(100, 7)); // warm-up
const rows: [number, ReturnType<typeof run>][] = [];
for (const n of [1000, 10000]) rows.push([n, run(corpus(n, 42))]);
// MB/s is wall-clock (diluted by load on a shared machine); MB/CPU-s is per CPU-second of this thread.
console.log('articles      MB    seconds     MB/s  articles/s  MB/CPU-s');
for (const [n, r] of rows)
  console.log(
    `${String(n).padStart(8)} ${fmt(r.bytes / 1e6)} ${fmt(r.ms / 1000, 2)} ${fmt(r.bytes / 1e6 / (r.ms / 1000))} ${fmt(n / (r.ms / 1000), 0)}    ${r.cpuMs === null ? '     —' : fmt(r.bytes / 1e3 / r.cpuMs, 2)}`
  );
console.log(`time ratio 10k/1k: ${(rows[1][1].ms / rows[0][1].ms).toFixed(2)} (linear = 10, target ≤ 11)`);

// Side by side on the same 200 articles: matching only.
const sample = corpus(200, 99).map((d) => new TextDecoder().decode(d));
const mb = sample.reduce((s, t) => s + new TextEncoder().encode(t).length, 0) / 1e6;
const direct = new AhoCorasick(gazetteer.entries.map((e) => e.norm));
let t0 = performance.now();
for (const t of sample) direct.search(t.toLowerCase(), { strategy: 'leftmost-longest' });
const refMs = performance.now() - t0;
t0 = performance.now();
for (const t of sample) matcher.match(t);
const ourMs = performance.now() - t0;
console.log(
  `matching 200 articles (${mb.toFixed(1)} MB): modern-ahocorasick on raw text ${(mb / (refMs / 1000)).toFixed(1)} MB/s, ` +
    `matcher (ASCII view + checks + rules) ${(mb / (ourMs / 1000)).toFixed(1)} MB/s, ratio ${(refMs / ourMs).toFixed(1)}×`
);

// Linearity in one file's length, whatever its line structure: one article of 1–30 MB built from the
// fixture paragraphs, once with a line break between paragraphs and once with none (a file without
// line breaks used to be quadratic: 1 MB 1.1 s, 8 MB 38 s, 30 MB 440 s). Flat s/MB = linear.
{
  const enc = new TextEncoder();
  const pool = paragraphs.flat();
  const build = (mb: number, sep: string): Uint8Array => {
    const rnd = mulberry32(mb);
    const parts = ['2024-03-05'];
    let n = 0;
    while (n < mb * 1e6) {
      const p = pool[Math.floor(rnd() * pool.length)];
      parts.push(p);
      n += enc.encode(p).length + sep.length;
    }
    return enc.encode(parts.join(sep));
  };
  const sizes = process.argv.includes('--quick') ? [1, 2, 4] : [1, 2, 4, 8, 16, 30];
  // s/MB of the whole ingest and of two of its stages (matching; figures with attribution), so a
  // stage that grows faster than the text shows which it is. CPU-seconds of this thread where Linux
  // gives them (load on a shared machine stretched wall-clock cells 2–3× apart), else wall-clock.
  const clock = () => threadCpuMs() ?? performance.now();
  console.log(
    `\none file of N MB, s/MB (${threadCpuMs() === null ? 'wall-clock' : 'CPU of this thread'})    with line breaks                 without line breaks`
  );
  console.log('    MB   figures      ingest   match  figures        ingest   match  figures');
  const perMb: number[][] = [[], [], [], [], [], []];
  for (const mb of sizes) {
    const cells: string[] = [];
    let figs = 0;
    for (const [j, sep] of ['\n\n', ' '].entries()) {
      const doc = build(mb, sep);
      const real = doc.length / 1e6;
      const text = new TextDecoder().decode(doc);
      let t = clock();
      const m = matcher.match(text);
      const match = (clock() - t) / 1000 / real;
      t = clock();
      figs = extractFigures(text, m.view.norm, detectLang(text), m.mentions, m.hits).length;
      const fig = (clock() - t) / 1000 / real;
      t = clock();
      ingestArticle(doc, `big${mb}`, matcher);
      const all = (clock() - t) / 1000 / real;
      perMb[3 * j].push(all);
      perMb[3 * j + 1].push(match);
      perMb[3 * j + 2].push(fig);
      cells.push(`${fmt(all, 3)} ${fmt(match, 3)} ${fmt(fig, 3)}`);
    }
    console.log(`${String(mb).padStart(6)} ${String(figs).padStart(9)}   ${cells.join('    ')}`);
  }
  const spread = (a: number[]) => (Math.max(...a) / Math.min(...a)).toFixed(2);
  console.log(
    `s/MB max/min over sizes (flat = linear, 1.0 ideal): with line breaks ingest ${spread(perMb[0])}, match ${spread(perMb[1])}, figures ${spread(perMb[2])}; ` +
      `without ingest ${spread(perMb[3])}, match ${spread(perMb[4])}, figures ${spread(perMb[5])}`
  );
}
