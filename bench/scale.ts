/**
 * npm run bench:scale — the explorer at county level with 5,000 synthetic flows and 10,000 synthetic
 * articles joined, against the same app with the bundled data, side by side in one browser:
 * time to data-map-ready (first load, fresh context, runs alternating), main-thread JS heap after a
 * full GC once ready (CDP), and frame times during the same scripted 2-second pan as
 * bench:interaction. The synthetic build is bench/vite.scale.config.ts; its data is seeded, so
 * every run measures the same bytes.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { SECURITY_HEADERS } from '../scripts/csp';
import { serveStatic } from './lib/serve';
import { round, summarize, type Summary } from './lib/stats';
import { saveResults } from './lib/results';
import { viteBuild } from './lib/build';
import { frameStats, heapMB, openMap, panFrames, settle, type FrameStats } from './lib/browser';
import { syntheticArticles, syntheticFlowsCsv } from './lib/synthetic';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAN_RUNS = Number(process.env.BENCH_PAN_RUNS ?? 5);
const FLOWS = 5000,
  ARTICLES = 10000;
const HASH = '#map=8/39.55/116.75'; // the camera of bench:interaction
const DATA_DIR = 'bench/out/scale-data';

function writeAtomic(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function writeSyntheticData() {
  const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8'));
  const articles = syntheticArticles(ARTICLES, regions);
  mkdirSync(DATA_DIR, { recursive: true });
  writeAtomic(`${DATA_DIR}/articles.json`, JSON.stringify(articles));
  writeAtomic(
    `${DATA_DIR}/flows.csv`,
    syntheticFlowsCsv(
      FLOWS,
      regions,
      articles.articles.map((a) => a.id)
    )
  );
}

/** Gzipped KB of the built JavaScript that a first load fetches (the app chunk carries the bundled data). */
function jsGzipKB(dir: string): number {
  const files = readdirSync(`${dir}/assets`).filter((f) => /^(index|maplibre)-.*\.js$/.test(f));
  return round(files.reduce((s, f) => s + gzipSync(readFileSync(`${dir}/assets/${f}`)).length, 0) / 1024, 1);
}

async function loadOnce(browser: Browser, url: string) {
  const page = await openMap(browser, url);
  const ms = (await page.evaluate(`performance.getEntriesByName('map-ready')[0].startTime`)) as number;
  const heap = await heapMB(page);
  await page.context().close();
  return { ms, heap };
}

async function main() {
  writeSyntheticData();
  viteBuild();
  viteBuild(['--config', 'bench/vite.scale.config.ts']);
  const builds = { normal: 'dist', scale: 'bench/out/scale' } as const;
  const servers = {
    normal: await serveStatic(builds.normal, SECURITY_HEADERS),
    scale: await serveStatic(builds.scale, SECURITY_HEADERS)
  };
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const ms = { normal: [] as number[], scale: [] as number[] };
  const heap = { normal: [] as number[], scale: [] as number[] };
  const pans = { normal: [] as FrameStats[], scale: [] as FrameStats[] };
  try {
    await loadOnce(browser, `${servers.normal.url}?level=county`); // warm caches for both alike
    await loadOnce(browser, `${servers.scale.url}?level=county`);
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 ? (['scale', 'normal'] as const) : (['normal', 'scale'] as const);
      for (const which of order) {
        const r = await loadOnce(browser, `${servers[which].url}?level=county`);
        ms[which].push(r.ms);
        heap[which].push(r.heap);
      }
    }
    // One page at a time, each opened for its pan and closed after: a second map left open in the
    // same browser competes for the software rasterizer and skews the other's frame times.
    for (let i = 0; i < PAN_RUNS; i++) {
      const dx = i % 2 ? -300 : 300;
      const order = i % 2 ? (['scale', 'normal'] as const) : (['normal', 'scale'] as const);
      for (const which of order) {
        const page = await openMap(browser, `${servers[which].url}?level=county${HASH}`);
        await page.mouse.move(5, 5);
        await settle(page, 800);
        pans[which].push(frameStats(await panFrames(page, dx)));
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    servers.normal.server.close();
    servers.scale.server.close();
  }
  const s = (which: 'normal' | 'scale') => ({
    readyMs: summarize(ms[which]),
    heapMB: summarize(heap[which]),
    panMeanFrameMs: summarize(pans[which].map((p) => p.mean)),
    panMedianFrameMs: summarize(pans[which].map((p) => p.median)),
    panP95FrameMs: summarize(pans[which].map((p) => p.p95)),
    jsGzipKB: jsGzipKB(builds[which])
  });
  const normal = s('normal'),
    scale = s('scale');
  const growth = {
    readyMs: round(scale.readyMs.median / normal.readyMs.median, 3),
    heapMB: round(scale.heapMB.median / normal.heapMB.median, 3),
    panMeanFrameMs: round(scale.panMeanFrameMs.median / normal.panMeanFrameMs.median, 3),
    panMedianFrameMs: round(scale.panMedianFrameMs.median / normal.panMedianFrameMs.median, 3),
    panP95FrameMs: round(scale.panP95FrameMs.median / normal.panP95FrameMs.median, 3),
    jsGzipKB: round(scale.jsGzipKB / normal.jsGzipKB, 3)
  };
  saveResults('scale', {
    level: 'county',
    flows: FLOWS,
    articles: ARTICLES,
    runs: RUNS,
    panRuns: PAN_RUNS,
    camera: HASH,
    normal,
    scale,
    growth
  });
  const row = (x: Summary, g: number) => ({
    median: round(x.median, 1),
    min: round(x.min, 1),
    max: round(x.max, 1),
    iqr: round(x.iqr, 1),
    'synthetic/bundled': g
  });
  console.log(
    `\nScale: county level, bundled data vs ${FLOWS.toLocaleString('en')} flows + ${ARTICLES.toLocaleString('en')} articles (${RUNS} loads, ${PAN_RUNS} pans each)`
  );
  console.table({
    'ready ms, bundled': row(normal.readyMs, 1),
    'ready ms, synthetic': row(scale.readyMs, growth.readyMs),
    'JS heap MB, bundled': row(normal.heapMB, 1),
    'JS heap MB, synthetic': row(scale.heapMB, growth.heapMB),
    'pan frame mean ms, bundled': row(normal.panMeanFrameMs, 1),
    'pan frame mean ms, synthetic': row(scale.panMeanFrameMs, growth.panMeanFrameMs),
    'pan frame p95 ms, bundled': row(normal.panP95FrameMs, 1),
    'pan frame p95 ms, synthetic': row(scale.panP95FrameMs, growth.panP95FrameMs)
  });
  console.log(`JS of a first load, gzipped: ${normal.jsGzipKB} KB bundled, ${scale.jsGzipKB} KB synthetic (${growth.jsGzipKB}×)`);
}

main().catch((e) => {
  console.error(`bench:scale: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
