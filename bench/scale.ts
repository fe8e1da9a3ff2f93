/**
 * npm run bench:scale — the explorer at county level with 5,000 synthetic flows and 10,000 synthetic
 * articles joined, against the same app with the bundled data, side by side in one browser:
 * time to data-map-ready (first load, fresh context, runs alternating), main-thread JS heap after a
 * full GC once ready (CDP), and frame times during the same scripted 2-second pan as
 * bench:interaction. The synthetic build is bench/vite.scale.config.ts; its data is seeded, so
 * every run measures the same bytes.
 *
 * npm run bench:scale -- --details [--reference DIR] [--files N] [--big-mb M] [--big-current-only]
 *   Click to painted details after opening files in the page: N synthetic files (default 2,000),
 *   then Heping selected from the table; and one file of M MB (default 100; 0 skips it). Against
 *   a reference build (DIR: a `vite build` of an older commit, e.g. the one before paged details),
 *   side by side in one browser, runs alternating: click→painted ms, JS heap before/after, DOM nodes.
 *
 * npm run bench:scale -- --atlas SITE
 *   The explorer on a published atlas (SITE from `npm run atlas`, e.g. 20,000 synthetic articles)
 *   against the bundled build, this tree's code for both: ready, JS heap, click→painted details
 *   (the details' first page fetched and drawn), pan frame time; paired runs, medians and ratios.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
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
import { openedFiles } from './lib/openedFiles';

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

/**
 * ms from a click's event timeStamp to the end of the first frame painted once `signal` holds (as
 * lib/browser's measureLatency, with a timeout long enough for a page that blocks for a minute).
 */
async function clickToPainted(page: Page, selector: string, signal: string, timeoutMs = 600_000): Promise<number> {
  await page.evaluate(`(() => {
    let t0 = null;
    addEventListener('click', (e) => { if (t0 === null) t0 = e.timeStamp; }, { capture: true, once: true });
    window.__painted = new Promise((resolve) => {
      const check = () => {
        if (t0 === null || !(${signal})) return false;
        obs.disconnect();
        requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - t0); ch.port2.postMessage(0); });
        return true;
      };
      const obs = new MutationObserver(check);
      obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  })()`);
  await page.locator(selector).click({ timeout: timeoutMs });
  return (await Promise.race([
    page.evaluate('window.__painted', undefined),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${selector}: nothing painted within ${timeoutMs / 1000} s (${signal})`)), timeoutMs)
    )
  ])) as number;
}

const domNodes = (page: Page) => page.evaluate('document.getElementsByTagName("*").length') as Promise<number>;

async function details() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const reference = arg('reference');
  const files = openedFiles(Number(arg('files') ?? 2000));
  const bigMB = Number(arg('big-mb') ?? 100);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  viteBuild(['--outDir', 'bench/out/details', '--emptyOutDir']);
  const builds: Record<string, string> = { current: 'bench/out/details' };
  if (reference) builds.reference = reference;
  const servers = Object.fromEntries(
    await Promise.all(Object.entries(builds).map(async ([k, dir]) => [k, await serveStatic(dir, SECURITY_HEADERS)] as const))
  );
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const HEPING = '120101';
  // Painted details: the heading is Heping's and the first snippet is on the page.
  const signal = `document.querySelector('[data-testid=region-details] h2')?.textContent === 'Heping District' && !!document.querySelector('[data-testid=mention-snippet]')`;
  type Row = { clickMs: number; heapBeforeMB: number; heapAfterMB: number; domNodes: number; snippets: number; range: string };
  const out: Record<string, Record<string, Row[]>> = {};
  // Files over 50 MB go by path: Playwright refuses larger buffers.
  const once = async (build: string, set: string, input: { name: string; mimeType: string; buffer: Buffer }[] | string[]) => {
    const page = await openMap(browser, `${servers[build].url}?view=table&flows=none`);
    await page.getByTestId('article-input').setInputFiles(input, { timeout: 900_000 });
    await page.waitForSelector('[data-testid="use-user-articles"][aria-pressed="true"]', { timeout: 900_000 });
    await settle(page, 800);
    const heapBeforeMB = await heapMB(page);
    const clickMs = await clickToPainted(page, `#row-${HEPING} button`, signal);
    const row: Row = {
      clickMs,
      heapBeforeMB,
      heapAfterMB: await heapMB(page),
      domNodes: await domNodes(page),
      snippets: (await page.evaluate('document.querySelectorAll("[data-testid=mention-snippet]").length')) as number,
      range:
        (await page
          .locator('[data-testid=evidence-pages-range]')
          .textContent({ timeout: 1000 })
          .catch(() => '')) ?? ''
    };
    ((out[set] ??= {})[build] ??= []).push(row);
    console.log(
      `  ${set} ${build}: click→painted ${round(clickMs, 0)} ms, heap ${round(heapBeforeMB, 1)} → ${round(row.heapAfterMB, 1)} MB, ${row.domNodes} DOM nodes, ${row.snippets} snippets drawn ${row.range ? `(${row.range})` : ''} (load ${loadavg()[0].toFixed(1)})`
    );
    await page.context().close();
  };
  try {
    const order = Object.keys(builds);
    for (let i = 0; i < runs; i++)
      for (const b of i % 2 ? [...order].reverse() : order) await once(b, `${files.length} files`, files);
    if (bigMB > 0) {
      const bigPath = join(resolve('bench/out'), `big-${bigMB}mb.txt`);
      writeFileSync(bigPath, openedFiles(1, bigMB * 1e6)[0].buffer);
      // One run each: the reference takes minutes on this file (--big-current-only leaves it out).
      const bigBuilds = process.argv.includes('--big-current-only') ? ['current'] : order;
      for (const b of bigBuilds) await once(b, `one ${bigMB} MB file`, [bigPath]);
      rmSync(bigPath, { force: true });
    }
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) s.server.close();
  }
  const med = (rows: Row[], k: 'clickMs' | 'heapAfterMB' | 'domNodes') => summarize(rows.map((r) => r[k])).median;
  console.log('\nclick on Heping → painted details, medians (reference / current = how many times faster)');
  const summary: Record<string, unknown> = {};
  for (const [set, byBuild] of Object.entries(out)) {
    const c = byBuild.current,
      r = byBuild.reference;
    const line = {
      current: {
        clickMs: round(med(c, 'clickMs'), 0),
        heapAfterMB: round(med(c, 'heapAfterMB'), 1),
        domNodes: med(c, 'domNodes'),
        range: c[0].range
      },
      reference: r
        ? {
            clickMs: round(med(r, 'clickMs'), 0),
            heapAfterMB: round(med(r, 'heapAfterMB'), 1),
            domNodes: med(r, 'domNodes'),
            snippets: r[0].snippets
          }
        : null,
      clickRatio: r ? round(med(r, 'clickMs') / med(c, 'clickMs'), 1) : null
    };
    summary[set] = line;
    console.log(
      `${set}: current ${line.current.clickMs} ms, heap ${line.current.heapAfterMB} MB, ${line.current.domNodes} nodes (${line.current.range})` +
        (line.reference
          ? ` | reference ${line.reference.clickMs} ms, heap ${line.reference.heapAfterMB} MB, ${line.reference.domNodes} nodes, ${line.reference.snippets} snippets | ${line.clickRatio}× faster`
          : '')
    );
  }
  saveResults('scaleDetails', { runs, files: files.length, bigMB, goalMs: 100, load: round(loadavg()[0], 2), summary, raw: out });
}

async function atlas(siteArg: string) {
  const site = resolve(siteArg);
  const data = join(site, 'data');
  if (!existsSync(join(data, 'manifest.json'))) throw new Error(`${site}: no data/manifest.json (build it with npm run atlas)`);
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
  const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8'));
  // This tree's explorer on that atlas's data: built to fetch ./data/ from its own origin.
  const out = 'bench/out/atlas-site';
  const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--base', './', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_DATASET: './data/' }
  });
  if (r.status !== 0) throw new Error('vite build of the atlas site failed');
  rmSync(join(out, 'data'), { recursive: true, force: true });
  symlinkSync(data, join(out, 'data'));
  viteBuild(['--outDir', 'bench/out/bundled', '--emptyOutDir']);
  // The district-level unit with the most figures and snippets: the heaviest details a table click opens.
  const heavy = Object.entries(manifest.regionPages as Record<string, { items: number }>)
    .filter(([c]) => regions[c]?.levels.includes('district'))
    .sort((a, b) => b[1].items - a[1].items)[0];
  const servers = {
    bundled: await serveStatic('bench/out/bundled', SECURITY_HEADERS),
    atlas: await serveStatic(out, SECURITY_HEADERS)
  };
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  type Which = 'bundled' | 'atlas';
  const keys = ['ready', 'heap', 'heapAfter', 'click', 'heavyClick', 'pan'] as const;
  const m: Record<Which, Record<(typeof keys)[number], number[]>> = {
    bundled: { ready: [], heap: [], heapAfter: [], click: [], heavyClick: [], pan: [] },
    atlas: { ready: [], heap: [], heapAfter: [], click: [], heavyClick: [], pan: [] }
  };
  const LIGHT = '130900'; // Cangzhou
  // Details painted: on the atlas, the first page of figures and snippets fetched and drawn (or its notice).
  const painted = (which: Which) =>
    which === 'bundled'
      ? `!!document.querySelector('[data-testid=region-details]')`
      : `!!document.querySelector('[data-testid=region-details]') && !document.querySelector('[data-testid=snippets-loading]') && !!(document.querySelector('[data-testid=evidence-pages-range]') || document.querySelector('[data-testid=snippets-failed]'))`;
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const which of (i % 2 ? ['atlas', 'bundled'] : ['bundled', 'atlas']) as Which[]) {
        const page = await openMap(browser, `${servers[which].url}?level=county${HASH}`);
        m[which].ready.push((await page.evaluate(`performance.getEntriesByName('map-ready')[0].startTime`)) as number);
        await page.mouse.move(5, 5);
        await settle(page, 800);
        m[which].pan.push(frameStats(await panFrames(page, i % 2 ? -300 : 300)).mean);
        await settle(page, 800);
        m[which].heap.push(await heapMB(page));
        await page.context().close();
        // Details from the table at district level: a light region, then the heaviest.
        const table = await openMap(browser, `${servers[which].url}?view=table`);
        await settle(table, 500);
        m[which].click.push(await clickToPainted(table, `#row-${LIGHT} button`, painted(which), 60_000));
        await table.keyboard.press('Escape');
        await settle(table, 300);
        m[which].heavyClick.push(await clickToPainted(table, `#row-${heavy[0]} button`, painted(which), 60_000));
        m[which].heapAfter.push(await heapMB(table));
        await table.context().close();
        console.log(
          `  run ${i + 1} ${which}: ready ${round(m[which].ready.at(-1)!, 0)} ms, heap ${round(m[which].heap.at(-1)!, 1)} → ${round(m[which].heapAfter.at(-1)!, 1)} MB, click ${round(m[which].click.at(-1)!, 0)} ms, ${heavy[0]} ${round(m[which].heavyClick.at(-1)!, 0)} ms, pan ${round(m[which].pan.at(-1)!, 1)} ms (load ${loadavg()[0].toFixed(1)})`
        );
      }
    }
  } finally {
    await browser.close();
    servers.bundled.server.close();
    servers.atlas.server.close();
  }
  const med = (w: Which, k: (typeof keys)[number]) => summarize(m[w][k]).median;
  const goal = {
    ready: 'ratio ≤ 2',
    heap: '≤ 200 MB',
    heapAfter: '≤ 200 MB',
    click: '≤ 100 ms',
    heavyClick: '≤ 100 ms',
    pan: 'ratio ≤ 1.5'
  };
  const label = {
    ready: 'ready ms',
    heap: 'JS heap MB (ready)',
    heapAfter: 'JS heap MB (after details)',
    click: `${regions[LIGHT].name_en} (${manifest.regionPages[LIGHT]?.items ?? 0} items) ms`,
    heavyClick: `${regions[heavy[0]].name_en} (${heavy[1].items} items) ms`,
    pan: 'pan mean frame ms'
  };
  const rows = keys.map((k) => ({
    k,
    bundled: round(med('bundled', k), 1),
    atlas: round(med('atlas', k), 1),
    ratio: round(med('atlas', k) / med('bundled', k), 2)
  }));
  console.log(`\nexplorer, ${RUNS} paired runs: bundled data vs the atlas of ${manifest.articles} articles (medians)`);
  console.log('                                    bundled      atlas    ratio   goal');
  for (const row of rows)
    console.log(
      `${label[row.k].padEnd(34)} ${String(row.bundled).padStart(10)} ${String(row.atlas).padStart(10)} ${String(row.ratio).padStart(8)}   ${goal[row.k]}`
    );
  saveResults('scaleAtlas', {
    articles: manifest.articles,
    runs: RUNS,
    heavy: { code: heavy[0], items: heavy[1].items },
    rows,
    raw: m,
    load: round(loadavg()[0], 2)
  });
}

const atlasAt = process.argv.indexOf('--atlas');
const run = process.argv.includes('--details') ? details() : atlasAt >= 0 ? atlas(process.argv[atlasAt + 1]) : main();
run.catch((e) => {
  console.error(`bench:scale: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
