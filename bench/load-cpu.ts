// npm run bench:load-cpu -- <dist> <dist>… — the CPU seconds every browser process spends from
// navigation to data-map-ready, for builds alternated in one browser (run 0 warms caches and is
// dropped). On this shared 2-core machine wall times follow other people's jobs; the work a load
// does varies less (two copies of one build: 3.34 vs 3.35 s median over 10 runs at load 9–10), so
// it tells a change that costs or saves work where bench:load's ratio cannot. Not a replacement for
// bench:load: less work is not always sooner (README § Performance).
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { serveStatic } from './lib/serve';
import { round, summarize } from './lib/stats';
import { SECURITY_HEADERS } from '../scripts/csp';
import { readyMs } from './lib/browser';
import { descendantsCpuSeconds } from './lib/process-cpu';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

async function main() {
  const dists = process.argv.slice(2);
  if (!dists.length) throw new Error('name one or more built dist folders (vite build --outDir <dir>)');
  const servers = await Promise.all(dists.map((d) => serveStatic(d, SECURITY_HEADERS)));
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const cpu = dists.map(() => [] as number[]),
    ready = dists.map(() => [] as number[]);
  try {
    for (let i = 0; i <= RUNS; i++)
      for (let j = 0; j < dists.length; j++) {
        // Rotate which goes first, so drift in the machine's load falls on all alike.
        const k = (i + j) % dists.length;
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        // Let the new context's own start-up settle: it is not the page's work.
        await page.waitForTimeout(300);
        const before = descendantsCpuSeconds();
        await page.goto(servers[k].url);
        const ms = await readyMs(page);
        const after = descendantsCpuSeconds();
        if (i > 0) (cpu[k].push(after - before), ready[k].push(ms));
        await context.close();
      }
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
  console.log(`\nCPU seconds of all browser processes, navigation to data-map-ready, ${RUNS} runs each`);
  console.table(
    Object.fromEntries(
      dists.map((d, k) => {
        const c = summarize(cpu[k]),
          r = summarize(ready[k]);
        return [d, { 'cpu s median': round(c.median), 'cpu iqr': round(c.iqr), 'ready ms median': round(r.median, 0) }];
      })
    )
  );
}

main().catch((e) => {
  console.error(`bench:load-cpu: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
