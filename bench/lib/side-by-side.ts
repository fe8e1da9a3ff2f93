/**
 * The ingest of this tree, and optionally of a reference checkout, on the same articles in one
 * process: MB per CPU-second per language, the share of that time spent collecting garbage, and the
 * ratio to the reference. Runs alternate between the two ingests, in changing order, so warm-up,
 * load and heap growth fall on both alike; medians over rounds are reported.
 *
 * Two CPU clocks, neither diluted by other processes on a shared machine: the thread that runs the
 * ingest (Linux schedstat, bench/lib/thread-cpu.ts), which is issue 12's "MB/s per core" (the
 * ingest is single-threaded, so a core's throughput is bytes per CPU-second of that thread), and
 * the whole process (process.cpuUsage), which adds V8's helper threads (parallel and concurrent
 * GC, background compilation) working beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { summarize } from './stats';
import { threadCpuMs } from './thread-cpu';

type Lib = typeof import('../../src/lib/ingest/index');

interface Side {
  name: string;
  lib: Lib;
  matcher: ReturnType<Lib['createMatcher']>;
  parent: Map<string, string | null>;
}

async function load(name: string, tree: string, regions: unknown): Promise<Side> {
  const lib: Lib = await import(pathToFileURL(join(tree, 'src/lib/ingest/index.ts')).href);
  const aliases = readFileSync(join(tree, 'data/gazetteer/aliases.csv'), 'utf8');
  const g = lib.buildGazetteer(regions as Parameters<Lib['buildGazetteer']>[0], aliases);
  return { name, lib, matcher: lib.createMatcher(g), parent: g.parent };
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Collections, by start time (ms, the performance clock), for the GC share of each run.
const gcs: { start: number; ms: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration });
});

/** MB per CPU-second of the ingesting thread (per core) and of the process, per language and over both. */
export interface PerCore {
  thread: { en: number; zh: number; all: number } | null;
  process: { en: number; zh: number; all: number };
}

export async function sideBySide(o: { root: string; docs: Uint8Array[]; ref?: string; rounds: number }): Promise<PerCore[]> {
  const regions = JSON.parse(readFileSync(join(o.root, 'tests/fixtures/ingest/regions.json'), 'utf8'));
  const sides = [await load('this tree', o.root, regions)];
  if (o.ref) {
    if (!existsSync(join(o.ref, 'src/lib/ingest/index.ts'))) {
      console.log(`\nside by side: no ingest at ${o.ref}/src/lib/ingest, reference skipped`);
    } else sides.push(await load(`reference (${o.ref})`, o.ref, regions));
  }
  const byLang: Record<string, Uint8Array[]> = { en: [], zh: [] };
  const dec = new TextDecoder();
  for (const d of o.docs) byLang[sides[0].lib.detectLang(dec.decode(d))].push(d);
  observer.observe({ entryTypes: ['gc'] });
  // cpu[side][lang] per round, and the wall-clock windows of each run for its GC share.
  const cpu = sides.map(() => ({ en: [] as number[], zh: [] as number[] }));
  const thread = sides.map(() => ({ en: [] as number[], zh: [] as number[] }));
  const hasThread = threadCpuMs() !== null;
  const windows = sides.map(() => [] as [number, number][]);
  const run = (s: Side, docs: Uint8Array[]) => {
    const records = docs.map((d, i) => s.lib.ingestArticle(d, `a${i}`, s.matcher).record);
    s.lib.buildArticlesFile(records, s.parent);
  };
  for (const s of sides) for (const lang of ['en', 'zh']) run(s, byLang[lang].slice(0, 100)); // warm-up
  // Alternating in chunks of 25 articles (tens of milliseconds), so a burst of load on the machine
  // falls on both sides alike; a round's figure is the sum over its chunks.
  const CHUNK = 25;
  for (let r = 0; r < o.rounds; r++)
    for (const lang of ['en', 'zh'] as const) {
      const sums = sides.map(() => 0);
      const own = sides.map(() => 0);
      for (let c = 0; c * CHUNK < byLang[lang].length; c++) {
        const chunk = byLang[lang].slice(c * CHUNK, (c + 1) * CHUNK);
        for (let k = 0; k < sides.length; k++) {
          const i = (k + r + c) % sides.length;
          const w0 = performance.now();
          const c0 = cpuMs();
          const t0 = threadCpuMs() ?? 0;
          run(sides[i], chunk);
          own[i] += (threadCpuMs() ?? 0) - t0;
          sums[i] += cpuMs() - c0;
          windows[i].push([w0, performance.now()]);
        }
      }
      sides.forEach((_, i) => {
        cpu[i][lang].push(sums[i]);
        thread[i][lang].push(own[i]);
      });
    }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const mb = (lang: string) => byLang[lang].reduce((s, d) => s + d.length, 0) / 1e6;
  console.log(
    `\nper core, ${o.rounds} rounds, median MB per CPU-second (${byLang.en.length} en articles ${mb('en').toFixed(1)} MB, ${byLang.zh.length} zh ${mb('zh').toFixed(1)} MB)`
  );
  const median = (xs: number[]) => summarize(xs).median;
  const mbAll = mb('en') + mb('zh');
  const rates = (c: { en: number[]; zh: number[] }) => ({
    en: mb('en') / (median(c.en) / 1000),
    zh: mb('zh') / (median(c.zh) / 1000),
    all: mbAll / (median(c.en.map((x, r) => x + c.zh[r])) / 1000)
  });
  const out: PerCore[] = sides.map((_, i) => ({ thread: hasThread ? rates(thread[i]) : null, process: rates(cpu[i]) }));
  const f2 = (x: number) => x.toFixed(2);
  sides.forEach((s, i) => {
    let gc = 0;
    let busy = 0;
    for (const [a, b] of windows[i]) {
      busy += b - a;
      for (const g of gcs) if (g.start >= a && g.start < b) gc += g.ms;
    }
    const t = out[i].thread;
    const p = out[i].process;
    console.log(
      `  ${s.name}: ` +
        (t ? `ingesting thread en ${f2(t.en)}, zh ${f2(t.zh)} MB/CPU-s; ` : '') +
        `whole process en ${f2(p.en)}, zh ${f2(p.zh)} MB/CPU-s; GC ${((100 * gc) / busy).toFixed(0)} % of its wall time`
    );
  });
  // Ratios per round (both sides ran alternately within it), then their median.
  const by = hasThread ? thread : cpu;
  const ratioOf = (lang: 'en' | 'zh' | 'both') =>
    summarize(
      by[0].en.map((_, r) =>
        lang === 'both' ? (by[0].en[r] + by[0].zh[r]) / (by[1].en[r] + by[1].zh[r]) : by[0][lang][r] / by[1][lang][r]
      )
    );
  if (sides.length === 2)
    for (const lang of ['en', 'zh', 'both'] as const) {
      const ratios = ratioOf(lang);
      console.log(
        `  ${lang}: CPU time (${hasThread ? 'ingesting thread' : 'process'}) this tree / reference, median of rounds ${ratios.median.toFixed(3)} (${ratios.min.toFixed(3)}–${ratios.max.toFixed(3)}): speed-up ${(1 / ratios.median).toFixed(2)}×`
      );
    }
  // The one line issue 12's speed criterion reads ("npm run bench:ingest stays ≥ 10 MB/s per core").
  const head = out[0].thread ?? out[0].process;
  const ref = out[1] ? (out[1].thread ?? out[1].process) : null;
  console.log(
    `MB/s per core (issue 12: ≥ 10): ${f2(head.all)} (en ${f2(head.en)}, zh ${f2(head.zh)}; ` +
      `${out[0].thread ? 'bytes per CPU-second of the ingesting thread' : 'bytes per CPU-second of the process: no per-thread clock here'})` +
      (ref
        ? `, reference ${f2(ref.all)} (en ${f2(ref.en)}, zh ${f2(ref.zh)}): speed-up ${(1 / ratioOf('both').median).toFixed(2)}×`
        : '') +
      ` — ${head.all >= 10 ? 'met' : 'NOT met'}`
  );
  return out;
}
