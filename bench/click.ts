/**
 * npm run bench:click — region click → details painted, this build against a reference build in one
 * run (pages alternating sample by sample), with the flow lines on and off:
 *
 *   BENCH_REFERENCE=<a built dist/> (e.g. a build of main) npm run bench:click
 *
 * The probe is bench:interaction's (measureLatency): ms from the click's timeStamp to the end of the
 * first frame painted with the region details in the DOM, and to the DOM change alone. Each sample
 * closes the details, restores the camera, hovers the target and clicks it. BENCH_PROFILE=1 also
 * prints the main thread's heaviest functions (inclusive, CDP sampling profile) over one click of
 * the build under test: build it unminified (`vite build --minify false`) to read the names.
 * BENCH_DIST picks the build under test (default dist/, built first unless BENCH_DIST is set).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { SECURITY_HEADERS } from '../scripts/csp';
import { serveStatic } from './lib/serve';
import { round, summarize } from './lib/stats';
import { viteBuild } from './lib/build';
import { measureLatency, openMap, project, settle } from './lib/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REFERENCE = process.env.BENCH_REFERENCE;
const DIST = process.env.BENCH_DIST ?? 'dist';
const PROFILE = !!process.env.BENCH_PROFILE;
const CAMERA = { zoom: 8, center: [116.75, 39.55] as [number, number] };
const HASH = `#map=${CAMERA.zoom}/${CAMERA.center[1]}/${CAMERA.center[0]}`;
/** Two districts near the middle of the fixed camera, away from the flow lines' bodies. */
const CODES = (process.env.BENCH_CODES ?? '131000,110112').split(',');

interface Region {
  name_en: string;
  label: [number, number];
}
const regions: Record<string, Region> = JSON.parse(readFileSync('geo/out/regions.json', 'utf8'));
const details = `document.querySelector('[data-testid="region-details"]')`;

async function target(page: Page, code: string) {
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const r = regions[code];
  return { code, name: r.name_en, ...project(r.label[0], r.label[1], CAMERA.center, CAMERA.zoom, box) };
}

async function sample(
  page: Page,
  code: string,
  beforeClick?: () => Promise<void>
): Promise<{ total: number; toChange: number; eventTiming: number }> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="region-details"]', { state: 'detached' });
  // A click may have fitted the camera around the details (FitSelection, two frames after them):
  // let MapLibre's throttled hash write land, then read the page's own address.
  await settle(page, 400);
  if ((await page.evaluate('location.hash')) !== HASH) {
    await page.evaluate(`location.hash = ${JSON.stringify(HASH)}`);
    await settle(page, 600);
  }
  const t = await target(page, code);
  if (process.env.BENCH_DEBUG)
    console.log(code, await page.evaluate(`[location.hash, JSON.stringify(window.__map?.getCenter()), window.__map?.getZoom()]`));
  await page.mouse.move(t.x, t.y);
  await settle(page, 600);
  await beforeClick?.();
  // The browser's own figure as well (Event Timing, as INP): from the click's timeStamp to the
  // next paint after its handlers, in 8 ms steps; entries under 16 ms are not reported.
  await page.evaluate(`(() => {
    window.__clickPaint = null;
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') { window.__clickPaint = e.duration; po.disconnect(); }
    });
    po.observe({ type: 'event', durationThreshold: 16 });
  })()`);
  const l = await measureLatency(page, 'click', `!!${details}`, () => page.mouse.click(t.x, t.y));
  await settle(page, 200);
  const eventTiming = ((await page.evaluate('window.__clickPaint')) as number | null) ?? 16;
  const text = (await page.evaluate(`${details}?.textContent ?? ''`)) as string;
  if (!text.includes(t.name)) throw new Error(`clicking ${code} opened details without "${t.name}": ${text.slice(0, 80)}`);
  return { ...l, eventTiming };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Inclusive ms per function from the click to the end of the painted frame, heaviest first: the
 * page starts a console profile on the click (capture phase) and ends it from a task posted in the
 * first frame with the details, so nothing after the paint is counted.
 */
async function profileClick(page: Page, code: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await sample(page, CODES[(CODES.indexOf(code) + 1) % CODES.length]);
  const done = new Promise<{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }>((resolve) =>
    cdp.once('Profiler.consoleProfileFinished', (e) =>
      resolve({ nodes: e.profile.nodes, samples: e.profile.samples ?? [], timeDeltas: e.profile.timeDeltas ?? [] })
    )
  );
  await sample(page, code, async () => {
    await page.evaluate(`(() => {
      addEventListener('click', () => console.profile('click'), { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (!${details}) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => console.profileEnd('click');
          ch.port2.postMessage(0);
        });
      });
      obs.observe(document.documentElement, { subtree: true, childList: true });
    })()`);
  });
  const profile = await done;
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    total += (profile.timeDeltas[i] ?? 0) / 1000;
    for (let cur: number | undefined = id; cur; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [
    `${total.toFixed(1).padStart(7)} ms  (profile)`,
    ...[...incl]
      .filter(([k]) => !/^\((root)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.BENCH_PROFILE_TOP ?? 60))
      .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
  ];
}

async function main() {
  if (!process.env.BENCH_DIST) viteBuild();
  const builds = [
    { name: 'this build', ...(await serveStatic(DIST, SECURITY_HEADERS)) },
    ...(REFERENCE ? [{ name: 'reference', ...(await serveStatic(REFERENCE, SECURITY_HEADERS)) }] : [])
  ];
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const table: Record<string, Record<string, number>> = {};
  try {
    for (const flows of ['none', 'default'] as const) {
      const q = flows === 'none' ? '?flows=none' : '';
      const pages = [];
      for (const b of builds) pages.push(await openMap(browser, `${b.url}${q}${HASH}`));
      const got = builds.map(() => ({ total: [] as number[], dom: [] as number[], event: [] as number[] }));
      for (let i = 0; i < RUNS; i++)
        for (const j of i % 2 ? [...pages.keys()].reverse() : pages.keys()) {
          await pages[j].bringToFront();
          const l = await sample(pages[j], CODES[i % CODES.length]);
          got[j].total.push(l.total);
          got[j].dom.push(l.toChange);
          got[j].event.push(l.eventTiming);
        }
      if (PROFILE) {
        await pages[0].bringToFront();
        console.log(`\nProfile of one click on ${CODES[0]} (flows ${flows}), ${builds[0].name}:`);
        console.log((await profileClick(pages[0], CODES[0])).join('\n'));
      }
      for (const p of pages) await p.context().close();
      builds.forEach((b, j) => {
        const t = summarize(got[j].total),
          d = summarize(got[j].dom),
          e = summarize(got[j].event);
        table[`flows ${flows}, ${b.name}: click → next paint (Event Timing)`] = {
          median: round(e.median, 1),
          min: round(e.min, 1),
          max: round(e.max, 1)
        };
        table[`flows ${flows}, ${b.name}: click → painted`] = {
          median: round(t.median, 1),
          min: round(t.min, 1),
          max: round(t.max, 1)
        };
        table[`flows ${flows}, ${b.name}: click → in DOM`] = {
          median: round(d.median, 1),
          min: round(d.min, 1),
          max: round(d.max, 1)
        };
      });
    }
  } finally {
    await browser.close();
    for (const b of builds) b.server.close();
  }
  console.log(`\nClick → region details (ms; ${RUNS} samples per page; ${HASH}, 1280×800, SwiftShader; goal ≤ 50)`);
  console.table(table);
}

main().catch((e) => {
  console.error(`bench:click: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
