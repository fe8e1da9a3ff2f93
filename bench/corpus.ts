/**
 * npm run bench:corpus [-- --articles N --runs R --keep]
 *
 * Ingest at corpus scale: a synthetic corpus of N seed-shaped articles (default 100,000, ~630 MB),
 * generated deterministically into a temp folder (never committed, removed afterwards unless
 * --keep), ingested by the CLI with one worker thread and with every core, runs alternating, side
 * by side. Reports medians of wall time, MB/s, the speed-up and peak RSS (of the whole process,
 * worker threads included), checks the outputs are byte-identical, and notes the machine's load.
 * With --explorer it then builds the atlas of that corpus (npm run atlas) and measures the explorer
 * on it against the bundled build, side by side in one browser: time to map-ready, JS heap, click to
 * painted details, pan frame times (county level).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveResults } from './lib/results';
import { round, summarize } from './lib/stats';
import { fixtureParagraphs, writeSyntheticCorpus } from './lib/synthetic';

const root = fileURLToPath(new URL('../', import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('articles', 100_000);
const RUNS = arg('runs', 3);
const keep = process.argv.includes('--keep');
const cores = availableParallelism();

const dir = join(tmpdir(), `jjj-bench-corpus-${N}`);
const stamp = join(dir, '.complete');
const t0 = performance.now();
let bytes: number;
if (existsSync(stamp)) bytes = Number(readFileSync(stamp, 'utf8'));
else {
  rmSync(dir, { recursive: true, force: true });
  bytes = writeSyntheticCorpus(dir, N, fixtureParagraphs(join(root, 'tests/fixtures/ingest')), 42);
  writeFileSync(stamp, String(bytes));
}
console.log(
  `corpus: ${N} articles, ${(bytes / 1e6).toFixed(0)} MB in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s to generate or find)`
);

const work = mkdtempSync(join(tmpdir(), 'jjj-bench-out-'));
const load: number[][] = [loadavg()];

function ingest(threads: number): { seconds: number; cpuSeconds: number; rssMB: number; sha: string } {
  const out = join(work, `articles-${threads}.json`);
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M %U %S',
      join(root, 'node_modules/.bin/tsx'),
      'scripts/ingest.ts',
      dir,
      '--threads',
      String(threads),
      '--out',
      out
    ],
    {
      cwd: root,
      encoding: 'utf8'
    }
  );
  const m = /(\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`ingest --threads ${threads} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const sha = createHash('sha256').update(readFileSync(out)).digest('hex');
  // CPU time says whether a slow run did the work or waited for a core other processes held.
  return { seconds: Number(m[1]), cpuSeconds: Number(m[3]) + Number(m[4]), rssMB: Number(m[2]) / 1024, sha };
}

const runs: Record<'one' | 'all', { seconds: number; cpuSeconds: number; rssMB: number; sha: string }[]> = { one: [], all: [] };
for (let i = 0; i < RUNS; i++) {
  for (const [k, t] of (i % 2 === 0
    ? [
        ['one', 1],
        ['all', cores]
      ]
    : [
        ['all', cores],
        ['one', 1]
      ]) as ['one' | 'all', number][]) {
    const r = ingest(t);
    runs[k].push(r);
    console.log(
      `  run ${i + 1} threads=${t}: ${r.seconds.toFixed(1)} s, ${(bytes / 1e6 / r.seconds).toFixed(1)} MB/s, CPU ${r.cpuSeconds.toFixed(1)} s (${((100 * r.cpuSeconds) / r.seconds).toFixed(0)} % of one core), peak RSS ${r.rssMB.toFixed(0)} MB (load ${loadavg()[0].toFixed(2)})`
    );
    load.push(loadavg());
  }
}
const shas = new Set([...runs.one, ...runs.all].map((r) => r.sha));
const one = summarize(runs.one.map((r) => r.seconds));
const all = summarize(runs.all.map((r) => r.seconds));
const peak = Math.max(...[...runs.one, ...runs.all].map((r) => r.rssMB));
const speedup = one.median / all.median;
const outBytes = statSync(join(work, `articles-${cores}.json`)).size;
console.log('');
console.log(`threads      median s   MB/s   articles/s   peak RSS MB`);
console.log(
  `1          ${one.median.toFixed(1).padStart(8)} ${(bytes / 1e6 / one.median).toFixed(1).padStart(6)} ${(N / one.median).toFixed(0).padStart(12)} ${Math.max(
    ...runs.one.map((r) => r.rssMB)
  )
    .toFixed(0)
    .padStart(12)}`
);
console.log(
  `${String(cores).padEnd(10)} ${all.median.toFixed(1).padStart(8)} ${(bytes / 1e6 / all.median).toFixed(1).padStart(6)} ${(N / all.median).toFixed(0).padStart(12)} ${Math.max(
    ...runs.all.map((r) => r.rssMB)
  )
    .toFixed(0)
    .padStart(12)}`
);
console.log(
  `speed-up ${speedup.toFixed(2)}× (target ≥ 1.8× on 2 cores), peak RSS ${peak.toFixed(0)} MB (target ≤ 1024), outputs identical: ${shas.size === 1 ? 'yes' : 'NO'}, output ${(outBytes / 1e6).toFixed(1)} MB`
);
const meanLoad = load.reduce((s, l) => s + l[0], 0) / load.length;
console.log(
  `machine load (1-min average) during the runs: mean ${meanLoad.toFixed(2)}, from ${Math.min(...load.map((l) => l[0])).toFixed(2)} to ${Math.max(...load.map((l) => l[0])).toFixed(2)} on ${cores} cores`
);

saveResults('corpus', {
  articles: N,
  megabytes: round(bytes / 1e6, 1),
  cores,
  oneThread: { ...one, mbPerSecond: round(bytes / 1e6 / one.median, 1) },
  allCores: { ...all, mbPerSecond: round(bytes / 1e6 / all.median, 1) },
  speedup: round(speedup, 2),
  cpuSeconds: {
    one: summarize(runs.one.map((r) => r.cpuSeconds)).median,
    all: summarize(runs.all.map((r) => r.cpuSeconds)).median
  },
  peakRssMB: round(peak, 0),
  identical: shas.size === 1,
  outputMB: round(outBytes / 1e6, 1),
  load: { mean: round(meanLoad, 2), samples: load.map((l) => round(l[0], 2)) }
});
if (process.argv.includes('--explorer')) await explorer();
rmSync(work, { recursive: true, force: true });
if (!keep) rmSync(dir, { recursive: true, force: true });
if (shas.size !== 1) process.exitCode = 1;

async function explorer() {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, findChromium } = await import('../tests/browser/chromium');
  const { SECURITY_HEADERS } = await import('../scripts/csp');
  const { serveStatic } = await import('./lib/serve');
  const { viteBuild } = await import('./lib/build');
  const { frameStats, heapMB, measureLatency, openMap, panFrames, settle } = await import('./lib/browser');
  const site = join(work, 'atlas');
  const bundled = join(work, 'bundled');
  const t = performance.now();
  const r = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['scripts/atlas.ts', dir, '--out', site, '--title', `Synthetic ${N}`, '--threads', String(cores)],
    { cwd: root, encoding: 'utf8' }
  );
  if (r.status !== 0) throw new Error(`atlas failed: ${r.stderr.slice(-400)}`);
  const atlasSeconds = (performance.now() - t) / 1000;
  console.log(`atlas (ingest with evidence + chunked dataset + build): ${atlasSeconds.toFixed(0)} s`);
  viteBuild(['--outDir', bundled, '--emptyOutDir']);
  const servers = { bundled: await serveStatic(bundled, SECURITY_HEADERS), atlas: await serveStatic(site, SECURITY_HEADERS) };
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const HASH = '#map=8/39.55/116.75';
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  type Which = 'bundled' | 'atlas';
  const m: Record<Which, { ready: number[]; heap: number[]; click: number[]; pan: number[] }> = {
    bundled: { ready: [], heap: [], click: [], pan: [] },
    atlas: { ready: [], heap: [], click: [], pan: [] }
  };
  try {
    for (let i = 0; i < runs; i++) {
      for (const which of (i % 2 ? ['atlas', 'bundled'] : ['bundled', 'atlas']) as Which[]) {
        const page = await openMap(browser, `${servers[which].url}?level=county${HASH}`);
        m[which].ready.push((await page.evaluate(`performance.getEntriesByName('map-ready')[0].startTime`)) as number);
        m[which].heap.push(await heapMB(page));
        await page.mouse.move(5, 5);
        await settle(page, 800);
        // Painted details on the atlas include the first page of figures and snippets, fetched on the click.
        const painted =
          which === 'atlas'
            ? `!!document.querySelector('[data-testid=region-details]') && !document.querySelector('[data-testid=snippets-loading]') && !!(document.querySelector('[data-testid=evidence-pages-range]') || document.querySelector('[data-testid=snippets-failed]'))`
            : `!!document.querySelector('[data-testid=region-details]')`;
        const lat = await measureLatency(page, 'click', painted, () => page.mouse.click(640, 420));
        m[which].click.push(lat.total);
        await page.keyboard.press('Escape');
        await settle(page, 800);
        m[which].pan.push(frameStats(await panFrames(page, i % 2 ? -300 : 300)).mean);
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    servers.bundled.server.close();
    servers.atlas.server.close();
  }
  const med = (w: Which, k: 'ready' | 'heap' | 'click' | 'pan') => summarize(m[w][k]).median;
  const rows = (['ready', 'heap', 'click', 'pan'] as const).map((k) => ({
    k,
    bundled: round(med('bundled', k), 1),
    atlas: round(med('atlas', k), 1),
    ratio: round(med('atlas', k) / med('bundled', k), 2)
  }));
  console.log(`\nexplorer, county level, ${runs} paired runs: bundled data vs the atlas of ${N} articles (medians)`);
  console.log('                          bundled      atlas    ratio   goal');
  const goal = { ready: 'ratio ≤ 2', heap: '≤ 200 MB', click: '≤ 100 ms', pan: 'ratio ≤ 1.5' };
  const label = { ready: 'ready ms', heap: 'JS heap MB', click: 'click→details ms', pan: 'pan mean frame ms' };
  for (const row of rows)
    console.log(
      `${label[row.k].padEnd(22)} ${String(row.bundled).padStart(10)} ${String(row.atlas).padStart(10)} ${String(row.ratio).padStart(8)}   ${goal[row.k]}`
    );
  saveResults('corpusExplorer', {
    articles: N,
    runs,
    atlasSeconds: round(atlasSeconds, 0),
    rows,
    raw: m,
    load: round(loadavg()[0], 2)
  });
}
