// npm run bench:load — time to data-map-ready of the built explorer against a bare MapLibre page
// drawing the same district.geojson, alternating in one browser, and the bytes of a first load.
// BENCH_REF_DIST=<dir> adds another build of the explorer (e.g. of an earlier commit: `vite build
// --outDir <dir>` in its checkout) to the same rotation, so a change is measured side by side.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { serveStatic } from './lib/serve';
import { round, summarize } from './lib/stats';
import { saveResults } from './lib/results';
import { viteBuild as build } from './lib/build';
import { SECURITY_HEADERS } from '../scripts/csp';
import { readyMs } from './lib/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REF_DIST = process.env.BENCH_REF_DIST;

type Category = 'maplibre' | 'app' | 'data' | 'fonts';
function category(url: string): Category {
  const path = new URL(url).pathname;
  // Label glyphs, as font files or pre-drawn (public/glyphs/*.pbf), are the fonts' cost alike.
  if (/\.(woff2?|ttf|otf|pbf)$/.test(path)) return 'fonts';
  if (/\.(geojson|json|csv)$/.test(path)) return 'data';
  if (/maplibre/i.test(path)) return 'maplibre';
  return 'app';
}

/**
 * One first load in a fresh context: ms from navigation to data-map-ready (the page's own mark),
 * and gzipped bytes by category of every request made before that mark (what the first view
 * needed; parts fetched ahead after it, lib/lazy.ts, are not a cost of the first load).
 */
async function load(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies: { url: string; startedAt: number; bytes: Promise<number> }[] = [];
  page.on('response', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) return;
    bodies.push({
      url: r.url(),
      startedAt: r.request().timing().startTime,
      bytes: r
        .body()
        .then((b) => gzipSync(b).length)
        .catch(() => 0)
    });
  });
  await page.goto(url);
  const ms = await readyMs(page);
  const readyAt = ((await page.evaluate('performance.timeOrigin')) as number) + ms;
  const bytes: Record<Category, number> = { maplibre: 0, app: 0, data: 0, fonts: 0 };
  for (const b of bodies) if (b.startedAt <= readyAt) bytes[category(b.url)] += await b.bytes;
  await Promise.all(bodies.map((b) => b.bytes));
  await context.close();
  return { ms, bytes };
}

async function main() {
  build([]);
  build(['--config', 'bench/vite.bare.config.ts']);
  const app = await serveStatic('dist', SECURITY_HEADERS);
  const bare = await serveStatic('bench/out/bare');
  const ref = REF_DIST ? await serveStatic(REF_DIST, SECURITY_HEADERS) : null;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const times = { app: [] as number[], bare: [] as number[], bareCssSea: [] as number[], ref: [] as number[] };
  const urls = { app: app.url, bare: bare.url, bareCssSea: `${bare.url}?cssSea`, ref: ref?.url ?? '' };
  let appBytes: Record<Category, number> | null = null,
    bareBytes: Record<Category, number> | null = null,
    refBytes: Record<Category, number> | null = null;
  try {
    await load(browser, app.url); // warm the OS file cache and SwiftShader's shader cache for both alike
    await load(browser, bare.url);
    await load(browser, urls.bareCssSea);
    if (ref) await load(browser, urls.ref);
    for (let i = 0; i < RUNS; i++) {
      // Rotate which goes first, so drift in the machine's load falls on all alike.
      const pages = ref ? (['app', 'bare', 'bareCssSea', 'ref'] as const) : (['app', 'bare', 'bareCssSea'] as const);
      const order = pages.map((_, j) => pages[(i + j) % pages.length]);
      for (const which of order) {
        const r = await load(browser, urls[which]);
        times[which].push(r.ms);
        if (which === 'app') appBytes = r.bytes;
        else if (which === 'bare') bareBytes = r.bytes;
        else if (which === 'ref') refBytes = r.bytes;
      }
    }
  } finally {
    await browser.close();
    app.server.close();
    bare.server.close();
    ref?.server.close();
  }
  const a = summarize(times.app),
    b = summarize(times.bare),
    c = summarize(times.bareCssSea);
  const ratios = times.app.map((t, i) => t / times.bare[i]);
  const ratiosCssSea = times.app.map((t, i) => t / times.bareCssSea[i]);
  const total = (x: Record<Category, number>) => Object.values(x).reduce((s, v) => s + v, 0);
  const refRatios = ref ? times.ref.map((t, i) => t / times.bare[i]) : [];
  const result = {
    runs: RUNS,
    readyMs: { app: a, bare: b, bareCssSea: c },
    ratio: { medianOfRatios: round(summarize(ratios).median, 3), ofMedians: round(a.median / b.median, 3), goal: 1.3 },
    // Against the bare page with the sea painted as the explorer paints it (CSS, no background layer).
    ratioCssSea: { medianOfRatios: round(summarize(ratiosCssSea).median, 3), ofMedians: round(a.median / c.median, 3) },
    firstLoadGzipKB: {
      app: Object.fromEntries(Object.entries(appBytes!).map(([k, v]) => [k, round(v / 1024, 1)])),
      appTotal: round(total(appBytes!) / 1024, 1),
      bareTotal: round(total(bareBytes!) / 1024, 1),
      goal: 650
    },
    ...(ref
      ? {
          reference: {
            dist: REF_DIST,
            readyMs: summarize(times.ref),
            ratio: round(summarize(refRatios).median, 3),
            firstLoadGzipKB: round(total(refBytes!) / 1024, 1),
            // This build over the reference build, paired run by run.
            appOverRef: round(summarize(times.app.map((t, i) => t / times.ref[i])).median, 3)
          }
        }
      : {})
  };
  saveResults('load', result);
  console.log('\nLoad: time to data-map-ready (ms), first load in a fresh context');
  console.table({
    explorer: { median: round(a.median), min: round(a.min), max: round(a.max), iqr: round(a.iqr) },
    'bare MapLibre': { median: round(b.median), min: round(b.min), max: round(b.max), iqr: round(b.iqr) },
    'bare, CSS sea': { median: round(c.median), min: round(c.min), max: round(c.max), iqr: round(c.iqr) }
  });
  console.log(`ratio explorer/bare: ${result.ratio.medianOfRatios} (median of paired runs; goal ≤ 1.3)`);
  console.log(`ratio explorer/bare with a CSS sea: ${result.ratioCssSea.medianOfRatios}`);
  if (result.reference)
    console.log(
      `reference build ${REF_DIST}: ${round(result.reference.readyMs.median)} ms, ratio to bare ${result.reference.ratio}, first load ${result.reference.firstLoadGzipKB} KB; this build / reference ${result.reference.appOverRef}`
    );
  console.log(`first load, gzipped: ${result.firstLoadGzipKB.appTotal} KB`, result.firstLoadGzipKB.app, '(goal ≤ 650 KB)');
}

main().catch((e) => {
  console.error(`bench:load: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
