/**
 * npm run bench:corpus [-- --articles N --runs R --keep]
 *
 * Ingest at corpus scale: a synthetic corpus of N seed-shaped articles (default 100,000, ~630 MB),
 * generated deterministically into a temp folder (never committed, removed afterwards unless
 * --keep), ingested by the CLI three ways, runs rotating, side by side: on one thread with no worker
 * (--in-process), with one worker thread, and with a worker per core. The speed-up is all cores
 * against the faster single-thread way. Reports medians of wall time, MB/s, CPU time and cores kept
 * busy, the main thread's CPU share, each worker's busy fraction, peak RSS (of the whole process,
 * worker threads included), checks the outputs are byte-identical, and notes the machine's load
 * (on a busy machine the CPU shares still mean something; the wall-clock ratio does not).
 * With --explorer it then builds the atlas of that corpus (npm run atlas) and measures the explorer
 * on it against the bundled build, side by side in one browser: time to map-ready, JS heap, click to
 * painted details, pan frame times (county level). `--atlas SITE` measures only the explorer, on a
 * site an earlier `npm run atlas` built (e.g. 20,000 articles), against this tree's bundled build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveResults } from './lib/results';
import { round, summarize } from './lib/stats';
import { fixtureParagraphs, writeSyntheticCorpus } from './lib/synthetic';
import type { RunStats } from '../scripts/lib/engine';
import { SEMI_SPACE_MB } from '../scripts/lib/pool';

const root = fileURLToPath(new URL('../', import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('articles', 100_000);
const RUNS = arg('runs', 3);
const keep = process.argv.includes('--keep');
const cores = availableParallelism();
const atlasIndex = process.argv.indexOf('--atlas');
const givenAtlas = atlasIndex >= 0 ? process.argv[atlasIndex + 1] : null;
if (givenAtlas) {
  const work = mkdtempSync(join(tmpdir(), 'jjj-bench-out-'));
  try {
    await explorer(work, givenAtlas);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

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

/**
 * The ways of running: the single-thread path with no worker (--in-process), one worker thread
 * beside the main thread, and a worker per core. The baseline is the faster of the first two.
 */
type Variant = 'inProcess' | 'oneWorker' | 'allCores';
const VARIANTS: Record<Variant, { args: string[]; label: string }> = {
  inProcess: { args: ['--threads', '1', '--in-process'], label: '1 thread, no worker' },
  oneWorker: { args: ['--threads', '1'], label: '1 worker + main' },
  allCores: { args: ['--threads', String(cores)], label: `${cores} workers + main` }
};

interface Run {
  seconds: number;
  cpuSeconds: number;
  rssMB: number;
  sha: string;
  /** The main thread's own CPU time, s (Linux). */
  mainCpuSeconds: number | null;
  /** Per worker: time inside batches over its time from ready to the end of the ingest. */
  workerBusy: number[];
}

function ingest(v: Variant): Run {
  const out = join(work, `articles-${v}.json`);
  // As `npm run ingest` runs it (tsx as a loader, no wrapper process). The no-worker baseline gets the
  // young generation the pool gives each worker (scripts/lib/pool.ts), so both sides collect alike.
  const gc = v === 'inProcess' ? [`--min-semi-space-size=${SEMI_SPACE_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`] : [];
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M %U %S',
      process.execPath,
      ...gc,
      '--import',
      'tsx',
      'scripts/ingest.ts',
      dir,
      ...VARIANTS[v].args,
      '--out',
      out
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, JJJ_INGEST_STATS: '1' } }
  );
  const m = /(\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(r.stderr);
  const statsLine = /^stats: (.*)$/m.exec(r.stderr);
  if (r.status !== 0 || !m || !statsLine)
    throw new Error(`ingest ${VARIANTS[v].args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const stats = JSON.parse(statsLine[1]) as RunStats;
  const sha = createHash('sha256').update(readFileSync(out)).digest('hex');
  const ingestEnd = stats.phases.ingested;
  return {
    seconds: Number(m[1]),
    // CPU time says whether a slow run did the work or waited for a core other processes held.
    cpuSeconds: Number(m[3]) + Number(m[4]),
    rssMB: Number(m[2]) / 1024,
    sha,
    mainCpuSeconds: stats.mainCpuMs === null ? null : stats.mainCpuMs / 1000,
    workerBusy: stats.workers.map((w) => w.busyMs / Math.max(1, ingestEnd - stats.phases.start - (w.readyMs ?? 0)))
  };
}

const runs: Record<Variant, Run[]> = { inProcess: [], oneWorker: [], allCores: [] };
const names = Object.keys(VARIANTS) as Variant[];
for (let i = 0; i < RUNS; i++) {
  // Rotate the order so no variant always runs first (cold caches) or last.
  for (let k = 0; k < names.length; k++) {
    const v = names[(i + k) % names.length];
    const r = ingest(v);
    runs[v].push(r);
    console.log(
      `  run ${i + 1} ${VARIANTS[v].label.padEnd(18)}: ${r.seconds.toFixed(1)} s, ${(bytes / 1e6 / r.seconds).toFixed(1)} MB/s, CPU ${r.cpuSeconds.toFixed(1)} s (${(r.cpuSeconds / r.seconds).toFixed(2)} cores), main thread ${r.mainCpuSeconds?.toFixed(1) ?? '?'} s, workers busy ${r.workerBusy.map((b) => `${(100 * b).toFixed(0)} %`).join(' ') || '-'}, peak RSS ${r.rssMB.toFixed(0)} MB (load ${loadavg()[0].toFixed(2)})`
    );
    load.push(loadavg());
  }
}
const all = [...runs.inProcess, ...runs.oneWorker, ...runs.allCores];
const shas = new Set(all.map((r) => r.sha));
const med = (v: Variant, f: (r: Run) => number) => summarize(runs[v].map(f)).median;
const wall = Object.fromEntries(names.map((v) => [v, summarize(runs[v].map((r) => r.seconds))])) as Record<
  Variant,
  ReturnType<typeof summarize>
>;
// The best single-thread run is the baseline, whichever way it ran.
const baseline: Variant = wall.inProcess.median <= wall.oneWorker.median ? 'inProcess' : 'oneWorker';
const speedup = wall[baseline].median / wall.allCores.median;
const peak = Math.max(...all.map((r) => r.rssMB));
const outBytes = statSync(join(work, `articles-allCores.json`)).size;
console.log('');
console.log(
  `${'run'.padEnd(20)} ${'median s'.padStart(9)} ${'MB/s'.padStart(6)} ${'CPU s'.padStart(7)} ${'cores'.padStart(6)} ${'main %'.padStart(7)} ${'workers busy'.padStart(13)} ${'RSS MB'.padStart(7)}`
);
for (const v of names) {
  const mainShare = med(v, (r) => (r.mainCpuSeconds ?? NaN) / r.seconds);
  const busy = runs[v][0].workerBusy.map((_, n) => med(v, (r) => r.workerBusy[n]));
  console.log(
    `${VARIANTS[v].label.padEnd(20)} ${wall[v].median.toFixed(1).padStart(9)} ${(bytes / 1e6 / wall[v].median).toFixed(1).padStart(6)} ${med(
      v,
      (r) => r.cpuSeconds
    )
      .toFixed(1)
      .padStart(7)} ${med(v, (r) => r.cpuSeconds / r.seconds)
      .toFixed(2)
      .padStart(
        6
      )} ${Number.isNaN(mainShare) ? '?'.padStart(7) : (100 * mainShare).toFixed(0).padStart(7)} ${(busy.map((b) => (100 * b).toFixed(0)).join('/') || '-').padStart(13)} ${Math.max(
      ...runs[v].map((r) => r.rssMB)
    )
      .toFixed(0)
      .padStart(7)}`
  );
}
console.log(
  `speed-up ${speedup.toFixed(2)}× (${cores} workers vs the best single-thread run, ${VARIANTS[baseline].label}; target ≥ 1.8× on 2 cores), peak RSS ${peak.toFixed(0)} MB (target ≤ 1024), outputs identical: ${shas.size === 1 ? 'yes' : 'NO'}, output ${(outBytes / 1e6).toFixed(1)} MB`
);
console.log(
  `CPU per run: all cores ${med('allCores', (r) => r.cpuSeconds).toFixed(1)} s vs ${med(baseline, (r) => r.cpuSeconds).toFixed(1)} s (${(med('allCores', (r) => r.cpuSeconds) / med(baseline, (r) => r.cpuSeconds)).toFixed(2)}×: the work that parallel threads add — another copy of the code loaded and compiled, messages)`
);
const meanLoad = load.reduce((s, l) => s + l[0], 0) / load.length;
console.log(
  `machine load (1-min average) during the runs: mean ${meanLoad.toFixed(2)}, from ${Math.min(...load.map((l) => l[0])).toFixed(2)} to ${Math.max(...load.map((l) => l[0])).toFixed(2)} on ${cores} cores${meanLoad > cores / 2 ? ' — a busy machine: wall-clock ratios are not meaningful, CPU shares are' : ''}`
);

const summary = (v: Variant) => ({
  ...wall[v],
  mbPerSecond: round(bytes / 1e6 / wall[v].median, 1),
  cpuSeconds: round(
    med(v, (r) => r.cpuSeconds),
    1
  ),
  coresBusy: round(
    med(v, (r) => r.cpuSeconds / r.seconds),
    2
  ),
  mainThreadCpuShare: round(
    med(v, (r) => (r.mainCpuSeconds ?? NaN) / r.seconds),
    3
  ),
  workerBusy: runs[v][0].workerBusy.map((_, n) =>
    round(
      med(v, (r) => r.workerBusy[n]),
      3
    )
  ),
  peakRssMB: round(Math.max(...runs[v].map((r) => r.rssMB)), 0)
});
saveResults('corpus', {
  articles: N,
  megabytes: round(bytes / 1e6, 1),
  cores,
  baseline,
  inProcess: summary('inProcess'),
  oneWorker: summary('oneWorker'),
  allCores: summary('allCores'),
  speedup: round(speedup, 2),
  peakRssMB: round(peak, 0),
  identical: shas.size === 1,
  outputMB: round(outBytes / 1e6, 1),
  load: { mean: round(meanLoad, 2), samples: load.map((l) => round(l[0], 2)) }
});
if (process.argv.includes('--explorer')) await explorer(work, null);
rmSync(work, { recursive: true, force: true });
if (!keep) rmSync(dir, { recursive: true, force: true });
if (shas.size !== 1) process.exitCode = 1;

async function explorer(work: string, givenSite: string | null) {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, findChromium } = await import('../tests/browser/chromium');
  const { SECURITY_HEADERS } = await import('../scripts/csp');
  const { serveStatic } = await import('./lib/serve');
  const { viteBuild } = await import('./lib/build');
  const { frameStats, heapMB, openMap, panFrames, settle } = await import('./lib/browser');
  let site = givenSite ?? join(work, 'atlas');
  const bundled = join(work, 'bundled');
  const t = performance.now();
  if (!givenSite) {
    const r = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/atlas.ts', dir, '--out', site, '--title', `Synthetic ${N}`, '--threads', String(cores)],
      { cwd: root, encoding: 'utf8' }
    );
    if (r.status !== 0) throw new Error(`atlas failed: ${r.stderr.slice(-400)}`);
  }
  const atlasSeconds = (performance.now() - t) / 1000;
  const manifest = JSON.parse(readFileSync(join(site, 'data/manifest.json'), 'utf8')) as { articles: number; title: string };
  if (!givenSite) console.log(`atlas (ingest with evidence + chunked dataset + build): ${atlasSeconds.toFixed(0)} s`);
  else {
    console.log(`atlas: ${site} (“${manifest.title}”, ${manifest.articles} articles), its data built earlier`);
    // This tree's explorer on that atlas's data, so both sides run the same code.
    const app = join(work, 'atlas-app');
    const b = spawnSync(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--outDir', app, '--emptyOutDir', '--base', './', '--logLevel', 'error'],
      {
        cwd: root,
        env: { ...process.env, VITE_DATASET: './data/' },
        encoding: 'utf8'
      }
    );
    if (b.status !== 0) throw new Error(`vite build of the atlas site failed: ${b.stderr.slice(-400)}`);
    symlinkSync(resolve(site, 'data'), join(app, 'data'));
    site = app;
  }
  viteBuild(['--outDir', bundled, '--emptyOutDir']);
  const servers = { bundled: await serveStatic(bundled, SECURITY_HEADERS), atlas: await serveStatic(site, SECURITY_HEADERS) };
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const HASH = '#map=8/39.55/116.75';
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  type Which = 'bundled' | 'atlas';
  type Key = 'ready' | 'heap' | 'panel' | 'click' | 'list' | 'pointed' | 'pointedList' | 'pan';
  const KEYS: Key[] = ['ready', 'heap', 'panel', 'click', 'list', 'pointed', 'pointedList', 'pan'];
  const m = Object.fromEntries(
    (['bundled', 'atlas'] as Which[]).map((w) => [w, Object.fromEntries(KEYS.map((k) => [k, [] as number[]]))])
  ) as Record<Which, Record<Key, number[]>>;
  // Three districts, each clicked from the same camera (a click's fit moves it): Tongzhou, Anxin and
  // Wuqing, at their label points, where no flow line of either build lies and the synthetic atlas has
  // 250–375 region pages each (before 2026-12-03 one point lay on a flow line in some runs and one
  // region had no data, so its details came without any page).
  const POINTS = [
    [631, 342],
    [321, 776],
    [739, 507]
  ];
  // Three others clicked as a user does: the pointer rests on the region first (400 ms), as it does
  // before any click, so the page may fetch its details on the way (dwellPrefetch): Xianghe,
  // Haidian and Baodi, 250–1,381 region pages each.
  const POINTED = [
    [746, 372],
    [452, 234],
    [877, 432]
  ];
  const loads: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const which of (i % 2 ? ['atlas', 'bundled'] : ['bundled', 'atlas']) as Which[]) {
        const page = await openMap(browser, `${servers[which].url}?level=county${HASH}`);
        m[which].ready.push((await page.evaluate(`performance.getEntriesByName('map-ready')[0].startTime`)) as number);
        m[which].heap.push(await heapMB(page));
        await page.mouse.move(5, 5);
        await settle(page, 800);
        // Closes the details and puts the camera back: a click's fit (or its undoing on close) may
        // still be moving it, so the page's own address is read until it stays at the bench's.
        const closeAndReset = async () => {
          await page.keyboard.press('Escape');
          await page.waitForSelector('[data-testid="region-details"]', { state: 'detached' });
          for (let k = 0; k < 5; k++) {
            await settle(page, 600);
            if ((await page.evaluate('location.hash')) === HASH) break;
            await page.evaluate(`location.hash = ${JSON.stringify(HASH)}`);
          }
          await settle(page, 600);
          const search = (await page.evaluate('location.search')) as string;
          if (search !== '?level=county') throw new Error(`after closing the details the view is ${search}, not the bench's`);
        };
        const cold = async () => {
          for (const [x, y] of POINTS) {
            const lat = await clickToPainted(page, () => page.mouse.click(x, y));
            m[which].panel.push(lat.panel);
            m[which].click.push(lat.firstPage);
            m[which].list.push(lat.list);
            await closeAndReset();
          }
        };
        const pointed = async () => {
          for (const [x, y] of POINTED) {
            await page.mouse.move(x, y);
            await settle(page, 400);
            const lat = await clickToPainted(page, () => page.mouse.click(x, y));
            m[which].pointed.push(lat.firstPage);
            m[which].pointedList.push(lat.list);
            await page.mouse.move(5, 5);
            await closeAndReset();
          }
        };
        // A page's first click pays for first renders (every later click is faster): it falls to
        // each kind of click in turn.
        for (const clicks of i % 2 ? [pointed, cold] : [cold, pointed]) await clicks();
        m[which].pan.push(frameStats(await panFrames(page, i % 2 ? -300 : 300)).mean);
        await page.context().close();
        loads.push(loadavg()[0]);
        console.log(
          `  run ${i + 1} ${which.padEnd(7)}: ready ${Math.round(m[which].ready.at(-1)!)} ms, click→panel painted ${m[which].panel.slice(-3).map(Math.round).join('/')} ms, click→first page painted ${m[which].click.slice(-3).map(Math.round).join('/')} ms, click→article list painted ${m[which].list.slice(-3).map(Math.round).join('/')} ms, pointed click→first page ${m[which].pointed.slice(-3).map(Math.round).join('/')} ms, →list ${m[which].pointedList.slice(-3).map(Math.round).join('/')} ms (load ${loadavg()[0].toFixed(2)})`
        );
      }
    }
  } finally {
    await browser.close();
    servers.bundled.server.close();
    servers.atlas.server.close();
  }
  const med = (w: Which, k: Key) => summarize(m[w][k]).median;
  const rows = KEYS.map((k) => ({
    k,
    bundled: round(med('bundled', k), 1),
    atlas: round(med('atlas', k), 1),
    ratio: round(med('atlas', k) / med('bundled', k), 2)
  }));
  const articles = manifest.articles;
  console.log(
    `\nexplorer, county level, ${runs} paired runs (${POINTS.length} clicks each): bundled data vs the atlas of ${articles} articles (medians)`
  );
  console.log('                              bundled      atlas    ratio   goal');
  const goal: Record<Key, string> = {
    ready: 'ratio ≤ 2',
    heap: '≤ 200 MB',
    panel: '',
    click: '≤ 100 ms',
    list: '',
    pointed: '≤ 100 ms',
    pointedList: '',
    pan: 'ratio ≤ 1.5'
  };
  const label: Record<Key, string> = {
    ready: 'ready ms',
    heap: 'JS heap MB',
    panel: 'click→panel painted ms',
    click: 'click→first page painted',
    list: 'click→article list painted',
    pointed: 'point 400 ms, click→page',
    pointedList: 'point 400 ms, click→list',
    pan: 'pan mean frame ms'
  };
  for (const row of rows)
    console.log(
      `${label[row.k].padEnd(26)} ${String(row.bundled).padStart(10)} ${String(row.atlas).padStart(10)} ${String(row.ratio).padStart(8)}   ${goal[row.k]}`
    );
  const meanLoad = loads.reduce((a, b) => a + b, 0) / loads.length;
  console.log(
    `machine load (1-min average) during the runs: mean ${meanLoad.toFixed(2)}, ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} on ${cores} cores${meanLoad > cores / 2 ? ' — a busy machine: absolute times are several × an idle one' : ''}`
  );
  saveResults('corpusExplorer', {
    articles,
    runs,
    atlasSeconds: round(atlasSeconds, 0),
    rows,
    raw: m,
    load: { mean: round(meanLoad, 2), samples: loads.map((l) => round(l, 2)) }
  });
}

/**
 * Click → the details panel painted, → its first page of figures and snippets painted (on an
 * atlas that page is fetched after the panel shows; with data in memory both are the same frame),
 * and → its article list painted (an atlas fetches its article index on the first click and counts
 * a region's list after the panel's frame).
 * Each is the first DOM state where the signal holds, then the next animation frame, then a message
 * task posted from it, which runs after that frame's paint. From the click event's own timestamp.
 */
async function clickToPainted(
  page: import('playwright-core').Page,
  act: () => Promise<void>
): Promise<{ panel: number; firstPage: number; list: number }> {
  await page.evaluate(`(() => {
    const panel = () => !!document.querySelector('[data-testid=region-details]');
    // The header paints a frame before the lists (RegionDetails): the first page counts once the
    // lists are in the panel (its article section, loading or not) and no page is on its way.
    const body = () => !!document.querySelector('[data-testid=region-details] [data-testid=articles-section]');
    const firstPage = () => body() && !document.querySelector('[data-testid=snippets-loading], [data-testid=region-evidence][aria-busy=true]');
    const list = () => body() && !document.querySelector('[data-testid=articles-loading]');
    const ac = new AbortController();
    let t0 = null;
    const out = {};
    const painted = (key, done) => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { out[key] = performance.now() - t0; if (out.panel !== undefined && out.firstPage !== undefined && out.list !== undefined) done(out); };
      ch.port2.postMessage(0);
    });
    window.__painted = new Promise((resolve) => {
      addEventListener('click', (e) => { if (t0 === null) t0 = e.timeStamp; }, { capture: true, signal: ac.signal });
      let seen = { panel: false, firstPage: false, list: false };
      const obs = new MutationObserver(() => {
        if (t0 === null) return;
        for (const [key, test] of [['panel', panel], ['firstPage', firstPage], ['list', list]]) {
          if (seen[key] || !test()) continue;
          seen[key] = true;
          painted(key, (o) => { obs.disconnect(); ac.abort(); resolve(o); });
        }
      });
      obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  })()`);
  await act();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const where = await page
        .evaluate(
          `[location.search, [...document.querySelectorAll('[data-testid]')].map((e) => e.dataset.testid).filter((t) => /region|articles|snippets|evidence/.test(t)).join(' ')]`
        )
        .catch(() => null);
      reject(new Error(`no painted details within 20 s of the click (page at ${JSON.stringify(where)})`));
    }, 20_000);
  });
  try {
    return (await Promise.race([page.evaluate('window.__painted'), late])) as { panel: number; firstPage: number; list: number };
  } finally {
    clearTimeout(timer);
  }
}
