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
  // Xiong'an's flows carry no number, so the default top 12 (ranked by share of their measure) leaves
  // them out; the kind filter draws them, as a user narrowing to health would see them.
  const query: Record<string, string> = { '130900': '', '120101': '', '133100': '?flows=health' };
  for (const code of ['130900', '120101', '133100']) {
    test(`clicking the label point of flow destination ${code} at zoom 9, flows on, selects the region`, async ({
      page,
      watch
    }) => {
      const [lng, lat] = regions[code].label;
      await page.goto(`/${query[code]}#map=9/${lat}/${lng}`);
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

  test('a click on a line body opens its pair summary; a flow opened from it goes into the link', async ({ page, watch }) => {
    await page.goto('/');
    await waitForMap(page);
    const mid = await page.evaluate(() => {
      const m = (window as unknown as { __map: TestMap }).__map;
      const lines = m.queryRenderedFeatures({ layers: ['flow-line'] });
      // The widest line: the easiest body to hit.
      lines.sort((a, b) => Number(b.properties.width) - Number(a.properties.width));
      const c = lines[0].geometry.coordinates;
      const p = lines[0].properties;
      return {
        at: m.project(c[Math.floor(c.length / 2)] as [number, number]),
        count: Number(p.count),
        atLeast: p.atLeast === true
      };
    });
    const box = await canvasBox(page);
    await page.mouse.click(box.x + mid.at.x, box.y + mid.at.y);
    // The pair, not its largest flow: every stated flow of the line is listed, each openable.
    const pair = page.getByTestId('pair-details');
    await expect(pair).toBeVisible();
    await expect(page.getByTestId('flow-details')).toHaveCount(0);
    await expect(pair.getByTestId('pair-flow')).toHaveCount(mid.count);
    if (mid.atLeast) await expect(pair.getByTestId('pair-total')).toContainText('at least');
    // The address is written after the frame that paints the details (view.svelte.ts).
    await expect.poll(() => new URL(page.url()).searchParams.get('pair')).toMatch(/^\d{6}[-_]\d{6}(~[a-z_]+)?$/);
    expect(new URL(page.url()).searchParams.get('flow')).toBeNull();
    await pair.getByTestId('pair-flow').first().getByRole('button').click();
    await expect(page.getByTestId('flow-details')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('flow')).not.toBeNull();
    await page.reload();
    await waitForMap(page);
    await expect(page.getByTestId('flow-details')).toBeVisible();
    // The link carries both: closing the flow returns to the pair summary it was opened from.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('flow-details')).toHaveCount(0);
    await expect(page.getByTestId('pair-details')).toBeVisible();
    expect(watch.pageErrors).toEqual([]);
  });
});

test.describe('symbols and flow places', () => {
  test('where a flow place and a count circle share a point, both stay visible', async ({ page }) => {
    // Failed before lines ended by pixels: at the default zoom Chengde's line stopped ~1 px from its
    // centre, so its arrowhead filled the ring and hid the count circle there.
    await page.goto('/');
    await waitForMap(page);
    // For each place drawn with both: eight pixels inside its flow ring (what lies on top there, not
    // just at the centre) and one on the ring's stroke, read from the map's own frame. Places that
    // a line of two other places crosses are left out, and named with how many lines cross them:
    // what lies on top there is that line (at the default zoom, where the corridor is a few pixels wide).
    const { samples, crossed, coincide } = await page.evaluate(
      () =>
        new Promise<{ samples: { code: string; inside: number[][]; ring: number[] }[]; crossed: string[]; coincide: number }>(
          (resolve) => {
            const m = (
              window as unknown as {
                __map: TestMap & { once(e: string, f: () => void): void; triggerRepaint(): void; getCanvas(): HTMLCanvasElement };
              }
            ).__map;
            // Count circles at least about as large as the ring: where a disc on top would hide them.
            const symbols = new Map(
              m
                .queryRenderedFeatures({ layers: ['symbol-circle'] })
                .map((f) => [String(f.properties.code), Number(f.properties.radius)])
            );
            const lines = m.queryRenderedFeatures({ layers: ['flow-line'] });
            /** Lines that do not end at the place and come within its ring (plus their own width, for an arrowhead). */
            const crossing = (code: string, at: { x: number; y: number }, r: number) =>
              lines.filter((l) => {
                if (l.properties.origin === code || l.properties.destination === code) return false;
                const pts = l.geometry.coordinates.map((c) => m.project(c as [number, number]));
                const reach = r + Number(l.properties.width) + 1;
                return pts.some((q, i) => {
                  if (!i) return false;
                  const o = pts[i - 1],
                    dx = q.x - o.x,
                    dy = q.y - o.y;
                  const t = Math.max(0, Math.min(1, ((at.x - o.x) * dx + (at.y - o.y) * dy) / (dx * dx + dy * dy || 1)));
                  return Math.hypot(o.x + t * dx - at.x, o.y + t * dy - at.y) < reach;
                });
              });
            const withCircle = m
              .queryRenderedFeatures({ layers: ['flow-place'] })
              .filter((f) => (symbols.get(String(f.properties.code)) ?? 0) >= 0.7 * Number(f.properties.radius));
            const crossers = (f: (typeof withCircle)[number]) =>
              new Set(
                crossing(
                  String(f.properties.code),
                  m.project(f.geometry.coordinates as unknown as [number, number]),
                  Number(f.properties.radius)
                ).map((l) => l.properties.i)
              ).size;
            const places = withCircle.filter((f) => !crossers(f));
            const crossed = withCircle.filter((f) => crossers(f) > 0).map((f) => `${f.properties.code}×${crossers(f)}`);
            // Lines drawn on top of each other (two measures between the same places): one hides the other.
            const shapes = new Map<string, number>();
            for (const l of lines) shapes.set(JSON.stringify(l.geometry.coordinates), Number(l.properties.i));
            const coincide = new Set(lines.map((l) => Number(l.properties.i))).size - new Set(shapes.values()).size;
            m.once('render', () => {
              const gl = m.getCanvas();
              const c = document.createElement('canvas');
              c.width = gl.width;
              c.height = gl.height;
              const g = c.getContext('2d')!;
              g.drawImage(gl, 0, 0);
              const k = gl.width / gl.clientWidth;
              const px = (x: number, y: number) => [...g.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data];
              resolve({
                crossed,
                coincide,
                samples: places.map((f) => {
                  const p = m.project(f.geometry.coordinates as unknown as [number, number]);
                  const r = Number(f.properties.radius);
                  const inside = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
                    px(p.x + 0.55 * r * Math.cos((i * Math.PI) / 4), p.y + 0.55 * r * Math.sin((i * Math.PI) / 4))
                  );
                  return { code: String(f.properties.code), inside, ring: px(p.x + r, p.y) };
                })
              });
            });
            m.triggerRepaint();
          }
        )
    );
    // Most places are. (Chengde, whose ring lies inside its count circle, was the example: its one
    // line, a fourth of a joint "5 schools", is no longer among the 12 weightiest by share.)
    expect(samples.length).toBeGreaterThan(0);
    expect(crossed.length, `crossed: ${crossed}`).toBeLessThan(samples.length);
    test.info().annotations.push({ type: 'crossed by another line, not sampled', description: crossed.join(', ') || 'none' });
    // Lines bend around the places they do not end at where they can (flows/bends.ts): before, Wuqing
    // and Tongzhou lay under four lines each between Beijing and Tianjin; now no place under more than one.
    for (const c of crossed) expect(Number(c.split('×')[1]), `crossed: ${crossed}`).toBe(1);
    // Two measures between the same places (Beijing → Tianjin in yuan and in projects) are two lanes.
    expect(coincide).toBe(0);
    for (const { code, inside, ring } of samples) {
      // The count circle's blue shows inside the ring (a white disc on top hid it) …
      const blue = inside.filter((c) => c[2] - c[0] > 25).length;
      expect(blue, `${code} inside ${JSON.stringify(inside)}`).toBeGreaterThanOrEqual(5);
      // … and the flow ring around it is dark.
      expect(Math.max(ring[0], ring[1], ring[2]), `${code} ring ${ring}`).toBeLessThan(150);
    }
  });
});

test.describe('hover and keyboard', () => {
  test('hovering a place lights its flows (in, out and two-way) and dims the others', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    type Line = { i: number; origin: string; destination: string };
    // The place with the most drawn lines: Tianjin, as the data stands.
    const { code, at, lines } = await page.evaluate(() => {
      const m = (window as unknown as { __map: TestMap }).__map;
      const lines = m.queryRenderedFeatures({ layers: ['flow-line'] }).map((f) => f.properties as unknown as Line);
      const uniq = [...new Map(lines.map((l) => [l.i, l])).values()];
      const places = m.queryRenderedFeatures({ layers: ['flow-place'] });
      const degree = (c: string) => uniq.filter((l) => l.origin === c || l.destination === c).length;
      places.sort((a, b) => degree(String(b.properties.code)) - degree(String(a.properties.code)));
      const code = String(places[0].properties.code);
      return { code, at: m.project(places[0].geometry.coordinates as unknown as [number, number]), lines: uniq };
    });
    const mine = lines.filter((l) => l.origin === code || l.destination === code);
    expect(mine.length).toBeGreaterThan(1);
    const box = await canvasBox(page);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect(page.getByTestId('hover-card')).toContainText(/in \d+ · out \d+ · two-way \d+/);
    const states = () =>
      page.evaluate(
        (ids) =>
          ids.map((i) => {
            const m = (
              window as unknown as { __map: { getFeatureState(f: { source: string; id: number }): Record<string, boolean> } }
            ).__map;
            return m.getFeatureState({ source: 'flows', id: i });
          }),
        lines.map((l) => l.i)
      );
    const lit = await states();
    lines.forEach((l, k) => {
      const isMine = l.origin === code || l.destination === code;
      expect(lit[k], `line ${l.origin}→${l.destination} hovering ${code}`).toMatchObject({ lit: isMine, dim: !isMine });
    });
    // Away from every place, nothing stays lit.
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await expect.poll(async () => (await states()).filter((st) => st.lit || st.dim).length).toBe(0);
  });

  test('the keyboard alone reaches a region and a flow', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByTestId('search').focus();
    await page.keyboard.type('Chengde');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('region-details')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('130800');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('region-details')).toHaveCount(0);
    await page.getByTestId('flow-summary').locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('flow-line-item').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pair-details')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('pair')).not.toBeNull();
    await page.getByTestId('pair-flow').first().getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flow-details')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('flow')).not.toBeNull();
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
    'region-label',
    'flow-place-name',
    'region-label-selected'
  ];
  const FLOW_LAYERS = ['flow-casing', 'flow-line', 'flow-arrow', 'flow-place', 'flow-place-name'];
  const FLOW_SOURCES = ['flows', 'flow-arrows', 'flow-places'];

  test('a selected region is named once: its copy among the other labels is hidden, and shown again on close', async ({
    page,
    watch
  }) => {
    await page.goto('/?region=130900');
    await waitForMap(page);
    await expect(page.getByTestId('region-details')).toBeVisible();
    type StateMap = { getFeatureState(f: { source: string; id: number }): Record<string, unknown> };
    const hidden = () =>
      page.evaluate(
        () =>
          (window as unknown as { __map: StateMap }).__map.getFeatureState({ source: 'region-labels', id: 130900 }).selected ===
          true
      );
    await expect.poll(hidden).toBe(true);
    const chosen = await onMap(page, (m) =>
      m.queryRenderedFeatures({ layers: ['region-label-selected'] }).map((f) => f.properties.code)
    );
    expect(chosen.map(String)).toEqual(['130900']);
    await page.getByTestId('region-details').getByRole('button', { name: /close/i }).click();
    await expect.poll(hidden).toBe(false);
    expect(watch.pageErrors).toEqual([]);
  });

  test('layers stand in their declared order, and go with their component', async ({ page, watch }) => {
    await page.goto('/');
    await waitForMap(page);
    const order = () => onMap(page, (m) => m.getLayersOrder());
    const sources = () => onMap(page, (m) => Object.keys(m.getStyle().sources).sort());
    expect(await order()).toEqual(ALL);
    // Every coarser unit a drawn line ends at is named at the default zoom ("all of Beijing" lost
    // the collision to the district labels while its layer lay under theirs).
    const named = await onMap(page, (m) => {
      const rings = m.queryRenderedFeatures({ layers: ['flow-place'] }).filter((f) => f.properties.whole_en);
      const names = new Set(m.queryRenderedFeatures({ layers: ['flow-place-name'] }).map((f) => f.properties.whole_en));
      return { rings: [...new Set(rings.map((f) => f.properties.whole_en))].sort(), named: [...names].sort() };
    });
    expect(named.rings).toContain('all of Beijing');
    expect(named.named).toEqual(named.rings);
    expect(await sources()).toEqual([
      'flow-arrows',
      'flow-places',
      'flows',
      'region-label-selected',
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

  /**
   * The selected region's box on screen, and whether it lies inside the map and clear of every
   * panel over it (details or sheet, flow panels, legend), as the user sees them.
   */
  async function selectionClearance(page: Page, code: string) {
    const [w, s, e, n] = regions[code].bbox;
    return page.evaluate(
      ([w, s, e, n]) => {
        const m = (window as unknown as { __map: TestMap }).__map;
        const c = document.querySelector('canvas.maplibregl-canvas')!.getBoundingClientRect();
        const sw = m.project([w, s]),
          ne = m.project([e, n]);
        const box = { left: c.left + sw.x, right: c.left + ne.x, top: c.top + ne.y, bottom: c.top + sw.y };
        const inside = box.left >= c.left && box.right <= c.right && box.top >= c.top && box.bottom <= c.bottom;
        const covering = [
          ['details', '[data-testid="region-details"]'],
          ['flow panels', '[data-testid="flow-filter"]'],
          ['flow summary', '[data-testid="flow-summary"]'],
          ['legend', '[data-testid="legend"]']
        ]
          .map(([name, sel]) => [name, document.querySelector(sel)?.getBoundingClientRect()] as const)
          .filter(([, r]) => r && r.width > 0 && r.height > 0)
          .filter(([, r]) => box.left < r!.right && r!.left < box.right && box.top < r!.bottom && r!.top < box.bottom)
          .map(([name]) => name);
        return { inside, covering, width: box.right - box.left };
      },
      [w, s, e, n] as [number, number, number, number]
    );
  }
  const clear = { inside: true, covering: [] as string[] };

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 }
  ])
    test.describe(`on a laptop, ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });
      for (const code of ['120101', '130900', '110105'])
        test(`?region=${code} at the default zoom lies fully visible, clear of every panel`, async ({ page }) => {
          await page.goto(`/?region=${code}`);
          await waitForMap(page);
          await expect.poll(() => selectionClearance(page, code)).toMatchObject(clear);
          expect((await selectionClearance(page, code)).width).toBeGreaterThan(4);
        });
      test('a click on Heping at the default zoom, flows on, leaves it clear of every panel', async ({ page }) => {
        await page.goto('/');
        await waitForMap(page);
        // Its label point: the count circle and the flow place circle there both select the region.
        const [lng, lat] = regions['120101'].label;
        const p = await page.evaluate(([x, y]) => (window as unknown as { __map: TestMap }).__map.project([x, y]), [lng, lat] as [
          number,
          number
        ]);
        const box = await canvasBox(page);
        await page.mouse.click(box.x + p.x, box.y + p.y);
        await expect(page).toHaveURL(/[?&]region=120101/);
        await expect.poll(() => selectionClearance(page, '120101')).toMatchObject(clear);
      });
      test('a region picked by the search is framed clear of every panel', async ({ page }) => {
        await page.goto('/');
        await waitForMap(page);
        await page.getByTestId('search').fill('Heping');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(/[?&]region=120101/);
        await expect.poll(() => selectionClearance(page, '120101')).toMatchObject(clear);
      });
    });

  test.describe('on a laptop, 1280×720, panels open', () => {
    test.use({ viewport: { width: 1280, height: 720 } });
    test('details and the Flows panel open leave ≥ 60 % of the map visible, and the selection clear', async ({ page }) => {
      await page.goto('/');
      await waitForMap(page);
      // The flow kinds start folded at this height; the user opens them (once scrolled inside a short box).
      const toggle = page.getByTestId('flow-filter').locator('legend button');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await page.getByTestId('search').fill('Cangzhou');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('region-details')).toBeVisible();
      await expect.poll(() => selectionClearance(page, '130900')).toMatchObject(clear);
      // Sample the map's box: a point counts when the map canvas is what lies on top there.
      const share = await page.evaluate(() => {
        const c = document.querySelector('canvas.maplibregl-canvas')!.getBoundingClientRect();
        let hit = 0,
          n = 0;
        for (let x = c.left + 4; x < c.right; x += 8)
          for (let y = c.top + 4; y < c.bottom; y += 8) {
            n++;
            if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas')) hit++;
          }
        return hit / n;
      });
      test.info().annotations.push({ type: 'map visible', description: share.toFixed(3) });
      // 0.606 before the attribution folded behind its ⓘ while details are open, the flow kinds
      // scrolled in 15vh and the flow slots' empty corners let the map through; 0.647 after.
      expect(share).toBeGreaterThanOrEqual(0.63);
      await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveClass(/maplibregl-compact/);
      const list = await page.getByTestId('flow-filter').boundingBox();
      expect(list!.height).toBeLessThan(260);
      // Closed, the attribution reads in full again.
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('region-details')).toHaveCount(0);
      await expect(page.locator('.maplibregl-ctrl-attrib')).not.toHaveClass(/maplibregl-compact/);
    });
  });

  test.describe('on a phone, details open', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const code of ['120101', '130900'])
      test(`?region=${code} lies above the sheet, clear of every panel`, async ({ page }) => {
        await page.goto(`/?region=${code}`);
        await waitForMap(page);
        await expect.poll(() => selectionClearance(page, code)).toMatchObject(clear);
      });
  });
});
