import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForMap } from './fixtures';
import { serveStatic } from '../../bench/lib/serve';
import { SECURITY_HEADERS } from '../../scripts/csp';

/**
 * A published atlas end to end: `npm run atlas` on three articles written here (our own sentences,
 * never seed text), served as a static site; a region's details come page by page from its region
 * chunks, fetched only when asked; the share link reopens the same view.
 */
const HEPING = '120101';
let work: string;
let site: { url: string; server: Server };
let manifest: {
  title: string;
  index: { chunks: number };
  lists: Record<string, number>;
  distinctFlows: string | null;
  flows: string | null;
  regionPages: Record<string, { pages: number; items: number }>;
  regionPageSize: number;
};

function writeCorpus(dir: string) {
  mkdirSync(dir, { recursive: true });
  const en = Array.from({ length: 130 }, (_, i) =>
    i % 5 === 0
      ? `Heping District in Tianjin opened ${i + 2} new service centres in phase ${i}.`
      : `Officials in Heping District said step ${i} of the renewal plan was on time.`
  );
  writeFileSync(join(dir, 'heping-renewal.txt'), `2024-05-06\nHeping renewal notes\n\n${en.join('\n\n')}`);
  const zh = Array.from({ length: 90 }, (_, i) => `和平区第${i}批改造工程已经完工，沧州市也派人参观。`);
  writeFileSync(join(dir, 'heping-zh.txt'), `2023-03-02\n和平区改造\n\n${zh.join('\n\n')}`);
  writeFileSync(
    join(dir, 'cangzhou.txt'),
    '2022-01-09\nCangzhou port news\n\nCangzhou signed 12 logistics projects with Tianjin firms this year.'
  );
}

test.beforeAll(async () => {
  const t0 = Date.now();
  test.setTimeout(150_000);
  work = mkdtempSync(join(tmpdir(), 'jjj-atlas-spec-'));
  writeCorpus(join(work, 'corpus'));
  const r = spawnSync(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    ['scripts/atlas.ts', join(work, 'corpus'), '--out', join(work, 'site'), '--title', 'Fixture atlas', '--no-progress'],
    { encoding: 'utf8' }
  );
  expect(r.status, `npm run atlas failed: ${r.stderr}`).toBe(0);
  manifest = JSON.parse(readFileSync(join(work, 'site/data/manifest.json'), 'utf8'));
  site = await serveStatic(join(work, 'site'), SECURITY_HEADERS);
  console.log(`atlas built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});

test.afterAll(() => {
  site?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test.describe('a published atlas', () => {
  // Two map loads per test on software GL: on a loaded machine they outlast the default timeout.
  test.slow();
  test('a region’s details are fetched page by page on demand, and the link reopens the same view', async ({
    page,
    browser,
    watch
  }) => {
    const heping = manifest.regionPages[HEPING];
    expect(heping.pages, 'Heping has more than one region page').toBeGreaterThan(1);
    const chunks: string[] = [];
    const files: string[] = [];
    page.on('request', (r) => {
      const m = /\/data\/((?:regions|articles|index)\/.*\.json|lists\/.*\.bin)$/.exec(r.url());
      if (m) chunks.push(m[1]);
      const f = /\/data\/(flows\.json|flows\.csv)$/.exec(r.url());
      if (f) files.push(f[1]);
    });
    await page.goto(site.url);
    await waitForMap(page);
    await expect(page).toHaveTitle(/Fixture atlas/);
    // The article columns may come at idle once the map is ready; details and region lists only when asked.
    expect(
      chunks.filter((c) => !c.startsWith('index/')),
      'no details and no region list are fetched before a click'
    ).toEqual([]);
    expect(files, 'the distinct flows at start, never the rows').toEqual(manifest.distinctFlows ? ['flows.json'] : []);

    // The map counts from aggregate.json: Heping's mentions in the table are its rollup total.
    const aggregate = JSON.parse(readFileSync(join(work, 'site/data/aggregate.json'), 'utf8'));
    const mentions = Object.values(aggregate.regions[HEPING] as Record<string, number[]>).reduce((n, row) => n + row[2], 0);
    await page.getByRole('button', { name: 'Table' }).click();
    const row = page.locator(`#row-${HEPING}`);
    await expect(row).toContainText(mentions.toLocaleString('en-US'));
    await row.locator('button').click();

    const details = page.getByTestId('region-details');
    await expect(details.locator('h2')).toHaveText('Heping District');
    const range = page.getByTestId('evidence-pages-range');
    const total = heping.items.toLocaleString('en-US');
    await expect(range).toHaveText(`1–50 of ${total}`);
    await expect(page.getByTestId('mention-snippet').first()).toBeVisible();
    const shown = (await page.getByTestId('mention-snippet').count()) + (await page.getByTestId('figure-evidence').count());
    expect(shown).toBe(50);
    expect(await page.locator('[data-testid="mention-snippet"] mark').count()).toBe(
      await page.getByTestId('mention-snippet').count()
    );
    // The article list: Heping's sorted list (one small fetch) and the article columns, each once.
    await expect(page.getByTestId('region-articles').locator('li')).toHaveCount(2);
    const indexChunks = Array.from({ length: manifest.index.chunks }, (_, i) => `index/${String(i).padStart(4, '0')}.json`);
    expect(chunks.filter((c) => c.startsWith('index/')).sort()).toEqual(indexChunks);
    expect(manifest.lists[HEPING]).toBe(2);
    expect(chunks.filter((c) => !c.startsWith('index/'))).toEqual([`regions/${HEPING}/0000.json`, `lists/${HEPING}.bin`]);
    const isPage = (c: string) => c.startsWith('regions/');

    // Forward to the second region page: fetched only now.
    const next = page.getByTestId('evidence-pages-next');
    const size = manifest.regionPageSize;
    for (let offset = 50; offset <= size; offset += 50) {
      await next.click();
      await expect(range).toHaveText(new RegExp(`^${(offset + 1).toLocaleString('en-US')}–`));
    }
    expect(chunks.filter(isPage)).toEqual([`regions/${HEPING}/0000.json`, `regions/${HEPING}/0001.json`]);
    expect(chunks.filter((c) => c.startsWith('index/')).length).toBe(indexChunks.length);
    await expect(page.getByTestId('figure-evidence').or(page.getByTestId('mention-snippet')).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/atlas-details.png' });

    // The share link names the view; anyone with the site opens the same region at the same level,
    // on the same page of its details (fetching only the region page that page lies in).
    const link = page.url();
    const pageNo = size / 50 + 1;
    expect(new URL(link).searchParams.get('region')).toBe(HEPING);
    expect(new URL(link).searchParams.get('page')).toBe(String(pageNo));
    const other = await browser.newPage();
    const otherChunks: string[] = [];
    other.on('request', (r) => {
      const m = /\/data\/(regions\/.*\.json)$/.exec(r.url());
      if (m) otherChunks.push(m[1]);
    });
    await other.goto(link);
    await expect(other.getByTestId('region-details').locator('h2')).toHaveText('Heping District');
    const otherRange = other.getByTestId('evidence-pages-range');
    await expect(otherRange).toHaveText(new RegExp(`^${(size + 1).toLocaleString('en-US')}–.* of ${total}$`));
    await expect(other.getByTestId('region-table')).toBeVisible();
    expect(otherChunks).toEqual([`regions/${HEPING}/0001.json`]);
    // Paging back: the link follows.
    await other.getByTestId('evidence-pages-prev').click();
    await expect(otherRange).toHaveText(new RegExp(`^${(size - 49).toLocaleString('en-US')}–`));
    // The address is written after the frame that paints the page (view.svelte.ts).
    await expect.poll(() => new URL(other.url()).searchParams.get('page')).toBe(String(pageNo - 1));
    await other.close();

    // A time window dates the flows by their statements: only now are the rows of flows.csv fetched, once.
    expect(files.filter((f) => f === 'flows.csv')).toEqual([]);
    expect(manifest.flows, 'Cangzhou’s 12 projects from Tianjin are a flow').toBe('flows.csv');
    await page.goto(`${site.url}?from=2022&to=2024`);
    await waitForMap(page);
    await expect.poll(() => files.filter((f) => f === 'flows.csv').length).toBe(1);

    expect(watch.foreignRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a pointer resting on a region fetches its first page of details and its article list before the click; the click reuses them', async ({
    page,
    watch
  }) => {
    const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8')) as Record<string, { label: [number, number] }>;
    const [lng, lat] = regions[HEPING].label;
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = /\/data\/(regions\/.*\.json|lists\/.*\.bin)$/.exec(r.url());
      if (m) fetched.push(m[1]);
    });
    await page.goto(`${site.url}#map=11/${lat}/${lng}`);
    await waitForMap(page);
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const both = [`lists/${HEPING}.bin`, `regions/${HEPING}/0000.json`];
    // A sweep that rests nowhere fetches nothing; a rest over Heping fetches its first page and its list.
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(x, y, { steps: 4 });
    await expect(page.getByTestId('hover-card')).toContainText('Heping');
    await expect.poll(() => [...fetched].sort()).toEqual(both);
    await page.mouse.click(x, y);
    await expect(page.getByTestId('evidence-pages-range')).toHaveText(
      `1–50 of ${manifest.regionPages[HEPING].items.toLocaleString('en-US')}`
    );
    await expect(page.getByTestId('region-articles').locator('li')).toHaveCount(2);
    expect([...fetched].sort(), 'the click paints what was already fetched').toEqual(both);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a malformed region chunk is a notice naming the file; another region still loads', async ({ page, watch }) => {
    await page.route(`**/data/regions/${HEPING}/0000.json`, (route) => route.fulfill({ status: 200, body: '[{"article": ' }));
    await page.goto(`${site.url}?region=${HEPING}`);
    await waitForMap(page);
    await expect(page.getByTestId('snippets-failed')).toContainText(`regions/${HEPING}/0000.json: malformed JSON`);
    await page.keyboard.press('Escape');
    await page.goto(`${site.url}?region=130900`);
    await waitForMap(page);
    await expect(page.getByTestId('evidence-pages-range')).toHaveText(/^1–\d+ of \d+$/);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a time window whose flows.csv fails says so in a notice naming the file; a load that gets the file shows none', async ({
    page,
    watch
  }) => {
    // Failed before: the window showed no flows and no word of why.
    let fail = true;
    await page.route('**/data/flows.csv', (route) => (fail ? route.fulfill({ status: 500, body: '' }) : route.continue()));
    await page.goto(`${site.url}?from=2022&to=2024`);
    await waitForMap(page);
    await expect(page.getByTestId('flows-problem')).toContainText('flows.csv: HTTP 500');
    fail = false;
    await page.goto(`${site.url}?from=2022&to=2023`);
    await waitForMap(page);
    await expect(page.getByTestId('flows-problem')).toHaveCount(0);
    expect(watch.pageErrors).toEqual([]);
  });
});
