/**
 * tsx bench/click-atlas.ts SITE_A SITE_B [--runs N] — click → details on two builds of an atlas
 * (e.g. this tree's and an earlier commit's, each with the same data/ beside it), page loads
 * alternating, three clicks per load at county level (bench:corpus's points and signals): medians of
 * click → header painted, → first page of evidence painted, → article list painted, and their ratios.
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { SECURITY_HEADERS } from '../scripts/csp';
import { serveStatic } from './lib/serve';
import { openMap, settle } from './lib/browser';
import { summarize } from './lib/stats';
import { loadavg } from 'node:os';

const sites = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--runs');
const ri = process.argv.indexOf('--runs');
const RUNS = ri >= 0 ? Number(process.argv[ri + 1]) : 3;
const HASH = '#map=8/39.55/116.75';
const POINTS = [
  [640, 420],
  [560, 360],
  [480, 440]
];
type Key = 'panel' | 'firstPage' | 'list';

async function click(page: Page, x: number, y: number): Promise<Record<Key, number>> {
  await page.evaluate(`(() => {
    const panel = () => !!document.querySelector('[data-testid=region-details]');
    const body = () => !!document.querySelector('[data-testid=region-details] [data-testid=articles-section]');
    const tests = {
      panel,
      firstPage: () => body() && !document.querySelector('[data-testid=snippets-loading], [data-testid=region-evidence][aria-busy=true]'),
      list: () => body() && !document.querySelector('[data-testid=articles-loading]')
    };
    let t0 = null;
    const out = {}, seen = {};
    window.__painted = new Promise((resolve) => {
      addEventListener('click', (e) => { if (t0 === null) t0 = e.timeStamp; }, { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (t0 === null) return;
        for (const [k, test] of Object.entries(tests)) {
          if (seen[k] || !test()) continue;
          seen[k] = true;
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => { out[k] = performance.now() - t0; if (Object.keys(out).length === 3) { obs.disconnect(); resolve(out); } };
            ch.port2.postMessage(0);
          });
        }
      });
      obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  })()`);
  await page.mouse.click(x, y);
  let timer: NodeJS.Timeout | undefined;
  try {
    return (await Promise.race([
      page.evaluate('window.__painted'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no painted details within 30 s')), 30_000)))
    ])) as Record<Key, number>;
  } finally {
    clearTimeout(timer);
  }
}

const servers = await Promise.all(sites.map((s) => serveStatic(s, SECURITY_HEADERS)));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const got = sites.map(() => ({ panel: [] as number[], firstPage: [] as number[], list: [] as number[], first: [] as number[] }));
const loads: number[] = [];
try {
  for (let r = 0; r < RUNS; r++)
    for (const j of r % 2 ? [...sites.keys()].reverse() : sites.keys()) {
      const page = await openMap(browser, `${servers[j].url}?level=county${HASH}`);
      await page.mouse.move(5, 5);
      await settle(page, 800);
      for (const [k, [x, y]] of POINTS.entries()) {
        const l = await click(page, x, y);
        for (const key of ['panel', 'firstPage', 'list'] as Key[]) got[j][key].push(l[key]);
        if (k === 0) got[j].first.push(l.list);
        await page.keyboard.press('Escape');
        await page.evaluate(`location.hash = ${JSON.stringify(HASH)}`);
        await settle(page, 1200);
      }
      await page.context().close();
      loads.push(loadavg()[0]);
      console.log(
        `  run ${r + 1} ${sites[j]}: list painted ${got[j].list.slice(-3).map(Math.round).join('/')} ms (load ${loadavg()[0].toFixed(1)})`
      );
    }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}
const med = (xs: number[]) => summarize(xs).median;
console.log(
  `\nclick → painted, county level, ${RUNS} loads × ${POINTS.length} clicks per build (medians, ms; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})`
);
console.log(
  `${'build'.padEnd(40)} ${'header'.padStart(8)} ${'1st page'.padStart(9)} ${'list'.padStart(8)} ${'1st click list'.padStart(15)}`
);
sites.forEach((s, j) =>
  console.log(
    `${s.padEnd(40)} ${med(got[j].panel).toFixed(0).padStart(8)} ${med(got[j].firstPage).toFixed(0).padStart(9)} ${med(got[j].list).toFixed(0).padStart(8)} ${med(got[j].first).toFixed(0).padStart(15)}`
  )
);
if (sites.length === 2)
  console.log(
    `ratio B/A: header ${(med(got[1].panel) / med(got[0].panel)).toFixed(2)}, first page ${(med(got[1].firstPage) / med(got[0].firstPage)).toFixed(2)}, list ${(med(got[1].list) / med(got[0].list)).toFixed(2)}`
  );
