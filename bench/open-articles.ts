// npm run bench:open — opens 1,000 synthetic articles (≈ 15 MB) through the page's file input and
// measures the time until the map uses them, and how responsive the page stays meanwhile (the
// longest gap between animation frames), against the same page idling for the same time.
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { serveStatic } from './lib/serve';
import { round, summarize } from './lib/stats';
import { saveResults } from './lib/results';
import { SECURITY_HEADERS } from '../scripts/csp';
import { openedFiles } from './lib/openedFiles';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const N = 1000;

async function main() {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
  const files = openedFiles(N);
  const mb = files.reduce((s, f) => s + f.buffer.length, 0) / 1e6;
  const app = await serveStatic('dist', SECURITY_HEADERS);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const workerMs: number[] = [],
    pageMs: number[] = [],
    appGaps: number[] = [];
  const times: number[] = [],
    gaps: number[] = [],
    idleGaps: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${app.url}?flows=none`);
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 120_000 });
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      const watchFrames = () =>
        page.evaluate(`(() => {
          window.__gap = 0; window.__stop = false; window.__gaps = [];
          let last = performance.now();
          const tick = (t) => { window.__gap = Math.max(window.__gap, t - last); window.__gaps.push([t, t - last]); last = t; if (!window.__stop) requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
        })()`);
      const stopFrames = () => page.evaluate('(window.__stop = true, window.__gap)') as Promise<number>;
      await watchFrames();
      // From the moment the page receives the files (the input's change event) to the map using them.
      await page.evaluate(`(() => {
        const input = document.querySelector('[data-testid="article-input"]');
        input.addEventListener('change', () => { window.__changeAt = performance.now(); }, { capture: true, once: true });
        new MutationObserver((_, obs) => {
          const b = document.querySelector('[data-testid="use-user-articles"][aria-pressed="true"]');
          if (b) { window.__doneAt = performance.now(); obs.disconnect(); }
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      })()`);
      const t0 = Date.now();
      await page.getByTestId('article-input').setInputFiles(files);
      await page.waitForSelector('[data-testid="use-user-articles"][aria-pressed="true"]', { timeout: 120_000 });
      const ms = Date.now() - t0;
      pageMs.push((await page.evaluate('window.__doneAt - window.__changeAt')) as number);
      // The longest frame gap that ends after the page received the files: the app's own stall.
      appGaps.push(
        (await page.evaluate(
          'Math.max(0, ...window.__gaps.filter(([t, g]) => t - g >= window.__changeAt - 1 && t <= window.__doneAt + 100).map(([, g]) => g))'
        )) as number
      );
      workerMs.push(Number(await page.getByTestId('ingest-summary').getAttribute('data-ms')));
      gaps.push(await stopFrames());
      times.push(ms);
      // The same page idling as long: what frame gaps look like with nothing to do.
      await watchFrames();
      await page.waitForTimeout(ms);
      idleGaps.push(await stopFrames());
      await page.close();
    }
  } finally {
    await browser.close();
    app.server.close();
  }
  const t = summarize(times),
    g = summarize(gaps),
    ig = summarize(idleGaps);
  const w = summarize(workerMs),
    pm = summarize(pageMs),
    ag = summarize(appGaps);
  const result = {
    articles: N,
    megabytes: round(mb, 1),
    loadMs: t,
    fromChangeEventMs: pm,
    appLongestFrameGapMs: ag,
    workerIngestMs: w,
    longestFrameGapMs: g,
    idleLongestFrameGapMs: ig,
    gapRatio: round(g.median / ig.median, 2),
    goalMs: 5000
  };
  saveResults('openArticles', result);
  console.log(
    `open ${N} articles (${result.megabytes} MB): median ${round(t.median)} ms (min ${round(t.min)}, max ${round(t.max)}; goal < 5000)`
  );
  console.log(
    `from the page's change event to the map using them: median ${round(pm.median)} ms; longest frame gap in that span ${round(ag.median)} ms`
  );
  console.log(
    `of which the worker's ingest: median ${round(w.median)} ms (${round(mb / (w.median / 1000), 1)} MB/s); the rest is handing the files to the page and redrawing`
  );
  console.log(
    `longest frame gap while reading: median ${round(g.median)} ms vs idle ${round(ig.median)} ms (ratio ${result.gapRatio})`
  );
}

main().catch((e) => {
  console.error(`bench:open: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
