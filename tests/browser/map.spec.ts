import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './fixtures';

const regions = JSON.parse(readFileSync(new URL('../../geo/out/regions.json', import.meta.url), 'utf8')) as Record<
  string,
  { label: [number, number]; bbox: [number, number, number, number] }
>;

type TestMap = {
  getLayersOrder(): string[];
  getStyle(): { sources: Record<string, unknown> };
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(
    o?: unknown
  ): { layer: { id: string }; geometry: { type: string; coordinates: number[][] }; properties: Record<string, unknown> }[];
};
/** Runs `fn` on the page's map (window.__map: test builds only). */
const onMap = <T>(page: Page, fn: (map: TestMap) => T) => page.evaluate(`(${fn.toString()})(window.__map)`) as Promise<T>;

async function canvasBox(page: Page) {
  return (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
}

test.describe('clicks that land', () => {
  for (const code of ['130900', '120101', '133100']) {
    test(`clicking the label point of flow destination ${code} at zoom 9, flows on, selects the region`, async ({
      page,
      watch
    }) => {
      const [lng, lat] = regions[code].label;
      await page.goto(`/#map=9/${lat}/${lng}`);
      await waitForMap(page);
      // The place is an end of drawn flows: its circle is on the map.
      expect(
        await onMap(page, (m) => m.queryRenderedFeatures({ layers: ['flow-place'] }).map((f) => f.properties.code))
      ).toContain(code);
      const at = await page.evaluate(([x, y]) => (window as unknown as { __map: TestMap }).__map.project([x, y]), [lng, lat] as [
        number,
        number
      ]);
      const box = await canvasBox(page);
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await expect(page).toHaveURL(new RegExp(`[?&]region=${code}`));
      await expect(page.getByTestId('region-details')).toBeVisible();
      await expect(page.getByTestId('flow-details')).toHaveCount(0);
      expect(watch.pageErrors).toEqual([]);
    });
  }

  test('a flow is picked on its line body, and its id goes into the link', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const mid = await page.evaluate(() => {
      const m = (window as unknown as { __map: TestMap }).__map;
      const lines = m.queryRenderedFeatures({ layers: ['flow-line'] });
      // The widest line: the easiest body to hit.
      lines.sort((a, b) => Number(b.properties.width) - Number(a.properties.width));
      const c = lines[0].geometry.coordinates;
      return { at: m.project(c[Math.floor(c.length / 2)] as [number, number]), top: String(lines[0].properties.top) };
    });
    const box = await canvasBox(page);
    await page.mouse.click(box.x + mid.at.x, box.y + mid.at.y);
    await expect(page.getByTestId('flow-details')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('flow')).toBe(mid.top);
    await page.reload();
    await waitForMap(page);
    await expect(page.getByTestId('flow-details')).toBeVisible();
  });
});

test.describe('links and history', () => {
  for (const hash of ['#map=abc', '#map=99/999/999', '#map=8/40.4', '#map=8/40/Infinity', '#map=8/40/1e309']) {
    test(`a malformed camera ${hash} gives the default view, a notice and a clean address`, async ({ page, watch }) => {
      await page.goto(`/?level=planet&region=130700${hash}`);
      await waitForMap(page);
      const notice = page.getByTestId('link-problems');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('camera');
      await expect(notice).toContainText('planet');
      const url = new URL(page.url());
      expect(url.searchParams.has('level')).toBe(false);
      expect(url.searchParams.get('region')).toBe('130700');
      await expect.poll(() => new URL(page.url()).hash).not.toContain(hash.slice(5));
      // The whole region is in view: Zhangjiakou's and Chengde's label points are on screen.
      const box = await canvasBox(page);
      for (const c of ['130700', '130800']) {
        const at = await page.evaluate(
          ([x, y]) => (window as unknown as { __map: TestMap }).__map.project([x, y]),
          regions[c].label
        );
        expect(at.x).toBeGreaterThan(0);
        expect(at.x).toBeLessThan(box.width);
        expect(at.y).toBeGreaterThan(0);
        expect(at.y).toBeLessThan(box.height);
      }
      expect(watch.pageErrors).toEqual([]);
    });
  }

  test('served under //evil.example/ the address still follows the view', async ({ page, watch }) => {
    await page.goto(`${test.info().project.use.baseURL}//evil.example/`);
    await waitForMap(page);
    await page.getByTestId('level-select').selectOption('county');
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('county');
    expect(new URL(page.url()).pathname).toBe('//evil.example/');
    expect(watch.pageErrors).toEqual([]);
  });

  test('a region missing at the level moves to its unit, with a notice', async ({ page }) => {
    await page.goto('/?region=130900&level=province');
    await waitForMap(page);
    await expect(page.getByTestId('link-problems')).toContainText('Cangzhou');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('130000');
    await expect(page.getByTestId('region-details').locator('h2')).toContainText('Hebei');
  });

  test('Back after three different actions undoes them one by one', async ({ page }) => {
    await page.goto('/?flows=none');
    await waitForMap(page);
    const q = () => new URL(page.url()).searchParams;
    await page.getByTestId('level-select').selectOption('county');
    await expect.poll(() => q().get('level')).toBe('county');
    await page.getByTestId('metric-select').selectOption('articles');
    await expect.poll(() => q().get('metric')).toBe('articles');
    await page.getByTestId('search').fill('Zhangjiakou');
    await page.keyboard.press('Enter');
    await expect.poll(() => q().get('region')).toBe('130700');

    await page.goBack();
    await expect.poll(() => q().get('region')).toBeNull();
    await expect(page.getByTestId('region-details')).toHaveCount(0);
    expect(q().get('metric')).toBe('articles');
    await page.goBack();
    await expect.poll(() => q().get('metric')).toBeNull();
    await expect(page.getByTestId('metric-select')).toHaveValue('mentions');
    expect(q().get('level')).toBe('county');
    await page.goBack();
    await expect.poll(() => q().get('level')).toBeNull();
    await expect(page.getByTestId('level-select')).toHaveValue('district');
  });
});

test.describe('the map as markup', () => {
  const ALL = [
    'water-fill',
    'region-fill',
    'region-nodata',
    'region-line',
    'region-hover',
    'region-selected',
    'symbol-circle',
    'flow-casing',
    'flow-line',
    'flow-arrow',
    'flow-place',
    'region-label'
  ];
  const FLOW_LAYERS = ['flow-casing', 'flow-line', 'flow-arrow', 'flow-place'];
  const FLOW_SOURCES = ['flows', 'flow-arrows', 'flow-places'];

  test('layers stand in their declared order, and go with their component', async ({ page, watch }) => {
    await page.goto('/');
    await waitForMap(page);
    const order = () => onMap(page, (m) => m.getLayersOrder());
    const sources = () => onMap(page, (m) => Object.keys(m.getStyle().sources).sort());
    expect(await order()).toEqual(ALL);
    expect(await sources()).toEqual([
      'flow-arrows',
      'flow-places',
      'flows',
      'region-labels',
      'region-symbols',
      'regions',
      'water'
    ]);

    // No flow drawn: the flow component unmounts, and every layer and source of it goes.
    await page.getByTestId('flow-filter').getByRole('button', { name: 'None' }).click();
    await expect.poll(order).toEqual(ALL.filter((l) => !FLOW_LAYERS.includes(l)));
    expect((await sources()).filter((s) => FLOW_SOURCES.includes(s))).toEqual([]);

    // Back in, at their place in the order, not on top.
    await page.getByTestId('flow-filter').getByRole('button', { name: 'All kinds' }).click();
    await expect.poll(order).toEqual(ALL);

    // A rate is a choropleth: the circles' component goes, with its layer and source.
    await page.getByTestId('metric-select').selectOption('mentions_per_article');
    await expect.poll(order).toEqual(ALL.filter((l) => l !== 'symbol-circle'));
    expect(await sources()).not.toContain('region-symbols');
    await page.getByTestId('metric-select').selectOption('mentions');
    await expect.poll(order).toEqual(ALL);

    // A level change swaps the boundaries' data and keeps every layer.
    await page.getByTestId('level-select').selectOption('county');
    await waitForMap(page);
    expect(await order()).toEqual(ALL);
    expect(watch.pageErrors).toEqual([]);
  });
});

test.describe('every screen', () => {
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('the map shows over at least 60 % of the screen at load', async ({ page }) => {
      await page.goto('/');
      await waitForMap(page);
      // Sample the screen: a point counts as map when the map canvas is what lies on top there.
      const share = await page.evaluate(() => {
        let hit = 0,
          n = 0;
        for (let x = 5; x < innerWidth; x += 10)
          for (let y = 5; y < innerHeight; y += 10) {
            n++;
            if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas')) hit++;
          }
        return hit / n;
      });
      expect(share).toBeGreaterThanOrEqual(0.6);
      await expect(page.getByTestId('menu-toggle')).toBeVisible();
      await expect(page.getByTestId('level-select')).toBeHidden();
      await page.getByTestId('menu-toggle').click();
      await expect(page.getByTestId('level-select')).toBeVisible();
    });
  });

  test.describe('on a laptop', () => {
    test.use({ viewport: { width: 1280, height: 720 } });
    test('the details never hide the selected region', async ({ page }) => {
      await page.goto('/?region=130900');
      await waitForMap(page);
      const box = await canvasBox(page);
      const details = (await page.getByTestId('region-details').boundingBox())!;
      const [w, s, e, n] = regions['130900'].bbox;
      const ne = await page.evaluate(([x, y]) => (window as unknown as { __map: TestMap }).__map.project([x, y]), [e, n] as [
        number,
        number
      ]);
      const sw = await page.evaluate(([x, y]) => (window as unknown as { __map: TestMap }).__map.project([x, y]), [w, s] as [
        number,
        number
      ]);
      expect(box.x + ne.x).toBeLessThanOrEqual(details.x);
      expect(sw.y).toBeLessThanOrEqual(box.height);
      expect(ne.y).toBeGreaterThanOrEqual(0);
    });
  });
});
