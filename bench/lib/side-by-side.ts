/**
 * The ingest of this tree, and optionally of a reference checkout, on the same articles in one
 * process: MB per CPU-second per language (process.cpuUsage, so other processes on a shared
 * machine do not count), the share of that time spent collecting garbage, and the ratio to the
 * reference. Runs alternate between the two ingests, in changing order, so warm-up, load and heap
 * growth fall on both alike; medians over rounds are reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { summarize } from './stats';

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

export async function sideBySide(o: { root: string; docs: Uint8Array[]; ref?: string; rounds: number }): Promise<void> {
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
      for (let c = 0; c * CHUNK < byLang[lang].length; c++) {
        const chunk = byLang[lang].slice(c * CHUNK, (c + 1) * CHUNK);
        for (let k = 0; k < sides.length; k++) {
          const i = (k + r + c) % sides.length;
          const w0 = performance.now();
          const c0 = cpuMs();
          run(sides[i], chunk);
          sums[i] += cpuMs() - c0;
          windows[i].push([w0, performance.now()]);
        }
      }
      sides.forEach((_, i) => cpu[i][lang].push(sums[i]));
    }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const mb = (lang: string) => byLang[lang].reduce((s, d) => s + d.length, 0) / 1e6;
  console.log(
    `\nper core, ${o.rounds} rounds, median MB per CPU-second (${byLang.en.length} en articles ${mb('en').toFixed(1)} MB, ${byLang.zh.length} zh ${mb('zh').toFixed(1)} MB)`
  );
  const median = (xs: number[]) => summarize(xs).median;
  sides.forEach((s, i) => {
    let gc = 0;
    let busy = 0;
    for (const [a, b] of windows[i]) {
      busy += b - a;
      for (const g of gcs) if (g.start >= a && g.start < b) gc += g.ms;
    }
    const rate = (lang: 'en' | 'zh') => mb(lang) / (median(cpu[i][lang]) / 1000);
    console.log(
      `  ${s.name}: en ${rate('en').toFixed(2)} MB/CPU-s, zh ${rate('zh').toFixed(2)} MB/CPU-s, GC ${((100 * gc) / busy).toFixed(0)} % of its wall time`
    );
  });
  if (sides.length === 2)
    for (const lang of ['en', 'zh'] as const) {
      const ratios = summarize(cpu[0][lang].map((x, r) => x / cpu[1][lang][r]));
      console.log(
        `  ${lang}: CPU time this tree / reference, median of rounds ${ratios.median.toFixed(3)} (${ratios.min.toFixed(3)}–${ratios.max.toFixed(3)}): speed-up ${(1 / ratios.median).toFixed(2)}×`
      );
    }
}
