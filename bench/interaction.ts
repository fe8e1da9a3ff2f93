/**
 * npm run bench:interaction — how fast the built explorer answers the pointer, against a bare
 * MapLibre page (bench/bare, same boundary file, a feature-state hover outline) in the same browser:
 *
 * - hover: ms from the mousemove event's timeStamp to the end of the first frame painted after the
 *   map's mousemove handler changed the DOM (the explorer's hover card / the bare page's data-hover);
 *   that frame is the one in which MapLibre draws the new `hover` feature state. Goal ≤ 50 ms.
 * - click: ms from the click event's timeStamp to the end of the first frame painted with the
 *   region details panel in the DOM. Goal ≤ 50 ms. (The bare page has no panel: goal only.)
 * Hover and click are measured with the flow lines off (?flows=none), panning on the default view.
 * - metric change: ms from the metric select's change event to the end of the first frame painted
 *   with the new metric's legend, alternating between two choropleth metrics (mentions per article
 *   and the net balance of projects) on the default view, flows on. With BENCH_REFERENCE=<a built
 *   dist/> (e.g. a build of main, or of the commit before the feature-state join) the same samples
 *   are taken on that build too, alternating page by page, and the ratio is reported.
 *   BENCH_ONLY=metric takes these samples alone.
 * - pan: intervals between animation frames during a scripted 2-second mouse drag of 300 px, at
 *   district and county level, explorer and bare page alternating run by run; per run the mean
 *   frame time (pan time / frames: 1000/fps), median and p95 interval; their medians over runs, and
 *   the explorer/bare ratio.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { SECURITY_HEADERS } from '../scripts/csp';
import { serveStatic } from './lib/serve';
import { round, summarize, type Summary } from './lib/stats';
import { saveResults } from './lib/results';
import { viteBuild } from './lib/build';
import { frameStats, measureLatency, openMap, panFrames, project, settle, type FrameStats } from './lib/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REFERENCE = process.env.BENCH_REFERENCE;
const ONLY_METRIC = process.env.BENCH_ONLY === 'metric';
/** Two choropleth metrics (fills joined to the regions, no circles), present in every build since the flow metrics. */
const METRICS = ['mentions_per_article', 'net:projects'] as const;
const PAN_RUNS = Number(process.env.BENCH_PAN_RUNS ?? Math.max(5, Math.min(RUNS, 6)));
const GOAL_MS = 50;
/** A fixed camera over Beijing, Langfang and Tianjin, where both levels have many units in view. */
const CAMERA = { zoom: 8, center: [116.75, 39.55] as [number, number] };
const HASH = `#map=${CAMERA.zoom}/${CAMERA.center[1]}/${CAMERA.center[0]}`;
type Level = 'district' | 'county';

interface Region {
  code: string;
  level: string;
  levels: string[];
  name_zh: string;
  name_en: string;
  area_km2: number;
  label: [number, number];
}
const regions: Record<string, Region> = JSON.parse(readFileSync('geo/out/regions.json', 'utf8'));

interface Target {
  code: string;
  x: number;
  y: number;
  /** What the explorer's hover card shows for it. */
  title: string;
}

const hoverTitle = `document.querySelector('[data-testid="hover-card"] strong')?.textContent ?? ''`;

/** The largest units of the level whose label point lies in the middle of the map, verified by hovering them. */
async function findTargets(page: Page, level: Level): Promise<Target[]> {
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const candidates = Object.values(regions)
    .filter((r) => r.levels.includes(level))
    .map((r) => ({ r, p: project(r.label[0], r.label[1], CAMERA.center, CAMERA.zoom, box) }))
    .filter(
      ({ p }) =>
        p.x > box.x + box.width * 0.25 &&
        p.x < box.x + box.width * 0.75 &&
        p.y > box.y + box.height * 0.25 &&
        p.y < box.y + box.height * 0.75
    )
    .sort((a, b) => b.r.area_km2 - a.r.area_km2);
  const found: Target[] = [];
  for (const { r, p } of candidates) {
    await page.mouse.move(p.x, p.y);
    await settle(page, 250);
    const title = (await page.evaluate(hoverTitle)) as string;
    if (title === r.name_en || title === r.name_zh || title.startsWith(r.name_en))
      found.push({ code: r.code, x: p.x, y: p.y, title });
    if (found.length === 2) return found;
  }
  throw new Error(
    `fewer than two ${level} units could be hovered at ${HASH} (found ${found.map((t) => t.code).join(', ') || 'none'})`
  );
}

/** Alternating between the two targets: every sample is a change of hovered unit. */
async function hoverLatencies(page: Page, targets: Target[], signalFor: (t: Target) => string): Promise<number[]> {
  const out: number[] = [];
  await page.mouse.move(targets[1].x, targets[1].y);
  for (let i = 0; i < RUNS; i++) {
    const t = targets[i % 2];
    await settle(page, 300);
    const l = await measureLatency(page, 'mousemove', signalFor(t), () => page.mouse.move(t.x, t.y));
    out.push(l.total);
  }
  return out;
}

/** Back to the fixed camera (MapLibre's hash listener jumps there), if a fit moved it. */
async function restoreCamera(page: Page): Promise<void> {
  if (new URL(page.url()).hash === HASH) return;
  await page.evaluate(`location.hash = ${JSON.stringify(HASH)}`);
  await settle(page, 600);
}

/**
 * Closed panel → click → panel painted, alternating targets. A click that opens nothing within 15 s
 * is counted as a miss (screenshot in bench/out/) and the sample is taken again, once.
 */
async function clickLatencies(page: Page, targets: Target[]): Promise<{ total: number[]; toChange: number[]; misses: number }> {
  const out: number[] = [],
    toChange: number[] = [];
  let misses = 0;
  const details = `document.querySelector('[data-testid="region-details"]')`;
  for (let i = 0; i < RUNS; i++) {
    const t = targets[i % 2];
    let l;
    for (let attempt = 0; !l; attempt++) {
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="region-details"]', { state: 'detached' });
      // A click moves the camera when the opened details (and the flow panels moved beside them)
      // would cover part of the region (FitSelection): every sample starts from the targets' camera.
      await restoreCamera(page);
      await page.mouse.move(t.x, t.y);
      await settle(page, 600);
      try {
        l = await measureLatency(page, 'click', `!!${details}`, () => page.mouse.click(t.x, t.y));
      } catch (e) {
        misses++;
        await page.screenshot({ path: `bench/out/click-miss-${misses}.png` });
        const where = `clicked ${t.code} at ${Math.round(t.x)},${Math.round(t.y)}, sample ${i}, page ${page.url()}`;
        console.warn(`bench:interaction: click miss (${where}): ${(e as Error).message}`);
        if (attempt >= 1) throw new Error(`two click misses in a row (${where})`, { cause: e });
      }
    }
    const text = (await page.evaluate(`${details}?.textContent ?? ''`)) as string;
    if (!text.includes(t.title)) throw new Error(`clicking ${t.code} opened details without its name "${t.title}"`);
    out.push(l.total);
    toChange.push(l.toChange);
  }
  await page.keyboard.press('Escape');
  return { total: out, toChange, misses };
}

/** The legend shows the label the metric select gives `metric`: the frame after is the one with the new fills. */
const legendShows = (metric: string) => `(() => {
  const o = [...document.querySelector('[data-testid="metric-select"]').options].find((o) => o.value === ${JSON.stringify(metric)});
  return !!o && document.querySelector('[data-testid="legend"] h2')?.textContent?.trim() === o.textContent.trim();
})()`;

/** One sample of metric change → painted frame: the select is set to the metric it does not show. */
async function metricSample(page: Page, i: number): Promise<number> {
  const metric = METRICS[i % 2];
  await settle(page, 500);
  const l = await measureLatency(page, 'change', legendShows(metric), async () => {
    await page.getByTestId('metric-select').selectOption(metric);
  });
  return l.total;
}

interface PanResult {
  meanFrameMs: Summary;
  medianFrameMs: Summary;
  p95FrameMs: Summary;
  frames: Summary;
}
const panSummary = (runs: FrameStats[]): PanResult => ({
  meanFrameMs: summarize(runs.map((r) => r.mean)),
  medianFrameMs: summarize(runs.map((r) => r.median)),
  p95FrameMs: summarize(runs.map((r) => r.p95)),
  frames: summarize(runs.map((r) => r.frames))
});

async function main() {
  viteBuild();
  viteBuild(['--config', 'bench/vite.bare.config.ts']);
  const app = await serveStatic('dist', SECURITY_HEADERS);
  const bare = await serveStatic('bench/out/bare');
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const result: Record<string, unknown> = { runs: RUNS, panRuns: PAN_RUNS, camera: HASH, viewport: '1280×800', goalMs: GOAL_MS };
  const table: Record<string, Record<string, string | number>> = {};
  const ref = REFERENCE ? await serveStatic(REFERENCE, SECURITY_HEADERS) : null;
  try {
    // Metric change → painted frame, on the default view (flows on), this build and the reference alternating.
    {
      const start = `?metric=${encodeURIComponent(METRICS[1])}`;
      const pages = {
        app: await openMap(browser, `${app.url}${start}`),
        ref: ref ? await openMap(browser, `${ref.url}${start}`) : null
      };
      const samples = { app: [] as number[], ref: [] as number[] };
      for (let i = 0; i < RUNS * 2; i++)
        for (const which of i % 2 ? (['ref', 'app'] as const) : (['app', 'ref'] as const)) {
          const page = pages[which];
          if (!page) continue;
          await page.bringToFront();
          samples[which].push(await metricSample(page, i));
        }
      for (const p of Object.values(pages)) await p?.context().close();
      const a = summarize(samples.app),
        r = ref ? summarize(samples.ref) : null;
      result.metricChangeMs = {
        app: a,
        reference: r,
        referenceBuild: REFERENCE ?? null,
        ratio: r ? round(a.median / r.median, 3) : null
      };
      table['metric change → painted frame'] = {
        median: round(a.median, 1),
        min: round(a.min, 1),
        max: round(a.max, 1),
        iqr: round(a.iqr, 1),
        ...(r ? { 'vs reference': round(a.median / r.median, 2) } : {})
      };
      if (r)
        table['metric change, reference build'] = {
          median: round(r.median, 1),
          min: round(r.min, 1),
          max: round(r.max, 1),
          iqr: round(r.iqr, 1)
        };
    }

    // BENCH_ONLY=metric: the metric-change samples alone (printed, not saved over the full results).
    for (const level of (ONLY_METRIC ? [] : ['district', 'county']) as Level[]) {
      const q = level === 'district' ? '' : '?level=county';
      // Hover and click with the flow lines off: on the default view they cover much of the middle
      // of the map, and a pointer on a line is the line's (its card, its details), not the region's.
      const regionPage = await openMap(browser, `${app.url}${q ? `${q}&` : '?'}flows=none${HASH}`);
      const targets = await findTargets(regionPage, level);
      const appHover = await hoverLatencies(regionPage, targets, (t) => `${hoverTitle} === ${JSON.stringify(t.title)}`);
      const click = await clickLatencies(regionPage, targets);
      await regionPage.context().close();

      // Panning: the default view, flow lines and all.
      const appPage = await openMap(browser, `${app.url}${q}${HASH}`);
      const barePage = await openMap(browser, `${bare.url}${q ? `${q}&hover` : '?hover'}${HASH}`);
      await barePage.bringToFront();
      const bareHover = await hoverLatencies(
        barePage,
        targets,
        (t) => `document.documentElement.dataset.hover === ${JSON.stringify(t.code)}`
      );

      const pans = { app: [] as FrameStats[], bare: [] as FrameStats[] };
      for (let i = 0; i < PAN_RUNS; i++) {
        const dx = i % 2 ? -300 : 300; // back and forth: every run starts from the same view
        const order = i % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
        for (const which of order) {
          const page = which === 'app' ? appPage : barePage;
          await page.bringToFront();
          await page.mouse.move(5, 5); // off the regions: no hover card during the pan
          await settle(page, 500);
          pans[which].push(frameStats(await panFrames(page, dx)));
        }
      }
      await appPage.context().close();
      await barePage.context().close();

      const ah = summarize(appHover),
        bh = summarize(bareHover),
        ck = summarize(click.total),
        ckDom = summarize(click.toChange);
      const pa = panSummary(pans.app),
        pb = panSummary(pans.bare);
      result[level] = {
        targets: targets.map((t) => t.code),
        hoverMs: { app: ah, bare: bh, ratio: round(ah.median / bh.median, 3) },
        clickToDetailsMs: ck,
        clickToDetailsInDomMs: ckDom,
        clickMisses: click.misses,
        pan: {
          app: pa,
          bare: pb,
          ratio: {
            mean: round(pa.meanFrameMs.median / pb.meanFrameMs.median, 3),
            median: round(pa.medianFrameMs.median / pb.medianFrameMs.median, 3),
            p95: round(pa.p95FrameMs.median / pb.p95FrameMs.median, 3)
          }
        }
      };
      const row = (s: Summary) => ({
        median: round(s.median, 1),
        min: round(s.min, 1),
        max: round(s.max, 1),
        iqr: round(s.iqr, 1)
      });
      table[`${level}: hover, explorer`] = { ...row(ah), 'vs bare': round(ah.median / bh.median, 2), goal: `≤ ${GOAL_MS}` };
      table[`${level}: hover, bare`] = row(bh);
      table[`${level}: click → details`] = { ...row(ck), goal: `≤ ${GOAL_MS}` };
      table[`${level}: click → details in DOM`] = row(ckDom);
      table[`${level}: pan frame mean, explorer`] = {
        ...row(pa.meanFrameMs),
        'vs bare': round(pa.meanFrameMs.median / pb.meanFrameMs.median, 2)
      };
      table[`${level}: pan frame mean, bare`] = row(pb.meanFrameMs);
      table[`${level}: pan frame p95, explorer`] = {
        ...row(pa.p95FrameMs),
        'vs bare': round(pa.p95FrameMs.median / pb.p95FrameMs.median, 2)
      };
      table[`${level}: pan frame p95, bare`] = row(pb.p95FrameMs);
    }
  } finally {
    await browser.close();
    app.server.close();
    bare.server.close();
    ref?.server.close();
  }
  if (!ONLY_METRIC) saveResults('interaction', result);
  console.log(
    `\nInteraction (ms; ${RUNS} hover/click samples, ${PAN_RUNS} pans of 2 s per page; camera ${HASH}, 1280×800, SwiftShader)`
  );
  console.table(table);
}

main().catch((e) => {
  console.error(`bench:interaction: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
