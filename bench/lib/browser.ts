/**
 * Measuring a map page from outside (there is no global map object): readiness, input-to-frame
 * latency, frame times during a scripted pan, and JS heap through CDP. In-page code is passed as
 * strings: tsx wraps named inner functions in a helper the page lacks.
 */
import type { Browser, Page } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };

/** A fresh context and page at `url`, waited to data-map-ready. */
export async function openMap(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await readyMs(page).catch((e) => {
    throw new Error(`${url} never became ready${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${e.message}`);
  });
  return page;
}

/**
 * Waits for data-map-ready and returns when the page set it: its own 'map-ready' performance mark.
 * Polled every 50 ms: Playwright's waitForSelector notices the attribute up to ~0.5 s late on this
 * software-rendered browser, a lag that would blur any comparison of load times.
 */
export async function readyMs(page: Page, timeout = 120_000): Promise<number> {
  // A function, not a string: the explorer's CSP forbids evaluating strings in the page.
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { polling: 50, timeout });
  const ms = (await page.evaluate(`performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN`)) as number;
  if (!Number.isFinite(ms)) throw new Error(`${page.url()} set data-map-ready without a 'map-ready' performance mark`);
  return ms;
}

/** Waits until the map has drawn and nothing is pending: two quiet animation frames after a pause. */
export async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

export interface Latency {
  /** ms from the input event's timeStamp to the end of the first frame painted after the change. */
  total: number;
  /** ms from the input event's timeStamp to the DOM change the handler made. */
  toChange: number;
}

/**
 * Arms a one-shot probe in the page: the timeStamp of the first `eventType` event (window, capture
 * phase, so before MapLibre sees it), then the first DOM mutation after which `signal` (a JS
 * expression) is true, then the next animation frame, then a message task posted from that frame —
 * which runs after the frame's paint. MapLibre asks for its render frame inside the handler
 * (setFeatureState → triggerRepaint), before the probe asks for its own, so the frame the probe
 * waits for is the one in which MapLibre draws the new feature state.
 */
export async function measureLatency(page: Page, eventType: string, signal: string, act: () => Promise<void>): Promise<Latency> {
  await page.evaluate(`(() => {
    const ac = new AbortController();
    let t0 = null;
    window.__latency = new Promise((resolve) => {
      addEventListener(${JSON.stringify(eventType)}, (e) => { if (t0 === null) t0 = e.timeStamp; }, { capture: true, signal: ac.signal });
      const obs = new MutationObserver(() => {
        if (t0 === null || !(${signal})) return;
        obs.disconnect(); ac.abort();
        const changed = performance.now();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ total: performance.now() - t0, toChange: changed - t0 });
          ch.port2.postMessage(0);
        });
      });
      obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  })()`);
  await act();
  return (await Promise.race([
    page.evaluate('window.__latency'),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`no visible change after ${eventType} within 15 s (signal: ${signal})`)), 15_000)
    )
  ])) as Latency;
}

export interface FrameStats {
  frames: number;
  /**
   * Time over frames: the page's effective frame time during the pan (1000 / fps). The median
   * interval alone misleads when a few frames take seconds and the rest are idle 16.7 ms ticks.
   */
  mean: number;
  median: number;
  p95: number;
  max: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  const s = [...deltas].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  const total = s.reduce((a, b) => a + b, 0);
  return {
    frames: s.length,
    mean: s.length ? total / s.length : NaN,
    median: q(0.5),
    p95: q(0.95),
    max: s.length ? s[s.length - 1] : NaN
  };
}

/**
 * A mouse drag of `dx` pixels across the map's centre over `ms` milliseconds, the pointer's position
 * following the clock (so a slow page gets fewer, longer moves, not a slower pan). Returns the
 * intervals between animation frames from mouse-down to mouse-up: the page's frame times while panning.
 */
export async function panFrames(page: Page, dx: number, ms = 2000): Promise<number[]> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas on the page');
  const x0 = box.x + box.width / 2 - dx / 2,
    y = box.y + box.height / 2;
  await page.mouse.move(x0, y);
  await settle(page, 200);
  await page.evaluate(`(() => {
    window.__frames = []; window.__framing = true;
    const tick = (t) => { window.__frames.push(t); if (window.__framing) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.down();
  const t0 = (await page.evaluate('performance.now()')) as number;
  const start = Date.now();
  for (let el = 0; el < ms; el = Date.now() - start) {
    await page.mouse.move(x0 + (dx * el) / ms, y + 20 * Math.sin((el / ms) * Math.PI));
    await page.waitForTimeout(8);
  }
  await page.mouse.move(x0 + dx, y);
  const t1 = (await page.evaluate('performance.now()')) as number;
  await page.mouse.up();
  const stamps = (await page.evaluate('(window.__framing = false, window.__frames)')) as number[];
  const inside = stamps.filter((t) => t >= t0 && t <= t1);
  return inside.slice(1).map((t, i) => t - inside[i]);
}

/** JS heap of the page's main thread after a full GC, in MB (MapLibre's workers are separate heaps, not counted). */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Web Mercator (512-px tiles, as MapLibre): screen point of lng/lat for a camera centred on the canvas. */
export function project(
  lng: number,
  lat: number,
  center: [number, number],
  zoom: number,
  box: { x: number; y: number; width: number; height: number }
): { x: number; y: number } {
  const ws = 512 * 2 ** zoom;
  const mx = (l: number) => ((l + 180) / 360) * ws;
  const my = (b: number) => ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (b * Math.PI) / 360))) * ws) / 360;
  return { x: box.x + box.width / 2 + mx(lng) - mx(center[0]), y: box.y + box.height / 2 + my(lat) - my(center[1]) };
}
