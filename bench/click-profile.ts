/**
 * tsx bench/click-profile.ts [SITE] — where a region click's time goes on an atlas: the main
 * thread's CPU profile from the click to the details' article list painted (the three signals of
 * bench:corpus), as self time per function, heaviest first, for a first click and a second one on
 * the same page. SITE: a built site (default dist/); build it with `vite build --minify false` (and
 * VITE_DATASET=./data/ beside an atlas's data) to read the names. Not a benchmark: profiling slows
 * the page; read the shares, not the totals.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { SECURITY_HEADERS } from '../scripts/csp';
import { serveStatic } from './lib/serve';
import { openMap, settle } from './lib/browser';

const SITE = process.argv[2] ?? 'dist';
const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 30);
const HASH = '#map=8/39.55/116.75';
const POINTS = [
  [640, 420],
  [560, 360]
];

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
/** BENCH_CALLERS=name: also the call paths (5 frames up) that spend that function's self time. */
const CALLERS = process.env.BENCH_CALLERS;

const served = await serveStatic(SITE, SECURITY_HEADERS);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await openMap(browser, `${served.url}?level=county${HASH}`);
  await page.mouse.move(5, 5);
  await settle(page, 800);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const [x, y] of POINTS) {
    await page.evaluate(`(() => {
      const body = () => !!document.querySelector('[data-testid=region-details] [data-testid=articles-section]');
      const done = () => body() && !document.querySelector('[data-testid=snippets-loading], [data-testid=region-evidence][aria-busy=true], [data-testid=articles-loading]');
      window.__done = new Promise((resolve) => {
        let t0 = null;
        addEventListener('click', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
        const obs = new MutationObserver(() => {
          if (t0 === null || !done()) return;
          obs.disconnect();
          requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - t0); ch.port2.postMessage(0); });
        });
        obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    })()`);
    await cdp.send('Profiler.start');
    await page.mouse.click(x, y);
    const ms = (await Promise.race([
      page.evaluate('window.__done'),
      new Promise((_, reject) =>
        setTimeout(
          async () =>
            reject(
              new Error(
                `no painted details within 60 s: ${await page.evaluate(`document.querySelector('[data-testid=region-details]')?.innerHTML.slice(0, 600) ?? 'no panel'`)}`
              )
            ),
          60_000
        )
      )
    ])) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      total += dt;
      self.set(k, (self.get(k) ?? 0) + dt);
    });
    console.log(
      `\nclick at ${x},${y}: ${ms.toFixed(0)} ms to the article list painted; profile ${total.toFixed(0)} ms (self time)`
    );
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
    if (CALLERS) {
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const paths = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        if (byId.get(id)!.callFrame.functionName !== CALLERS) return;
        const chain: string[] = [];
        for (let c = parent.get(id); c && chain.length < 5; c = parent.get(c)) {
          const f = byId.get(c)!.callFrame;
          chain.push(`${f.functionName || '(anonymous)'}:${f.lineNumber}`);
        }
        const k = chain.join(' < ');
        paths.set(k, (paths.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
      });
      for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 5))
        console.log(`  ${CALLERS} ${v.toFixed(1)} ms < ${k}`);
    }
    await page.keyboard.press('Escape');
    await page.evaluate(`location.hash = ${JSON.stringify(HASH)}`);
    await settle(page, 1200);
  }
} finally {
  await browser.close();
  served.server.close();
}
