import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForMap } from './fixtures';

const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');

test.describe('research tools', () => {
  test('opening seed articles shows Cangzhou mentions in context, offline', async ({ page, watch }) => {
    // The shared corpus lives beside the checkout (CI has it); without it this test is a named skip.
    test.skip(!existsSync(SEEDS), `SKIPPED: the shared corpus is not at ${SEEDS}`);
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const withCangzhou = files.filter((f) => /Cangzhou|沧州/.test(readFileSync(join(SEEDS, f), 'utf8')));
    expect(withCangzhou.length, 'a seed article that names Cangzhou').toBeGreaterThan(0);
    const two = [withCangzhou[0], files.find((f) => f !== withCangzhou[0])!];

    await page.goto('/?region=130900');
    await waitForMap(page);
    await page.getByTestId('article-input').setInputFiles(two.map((f) => join(SEEDS, f)));
    await expect(page.getByTestId('use-user-articles')).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
    const snippets = page.getByTestId('mention-snippet');
    await expect(snippets.first()).toBeVisible();
    const texts = await snippets.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    // Snippets cover Cangzhou and every unit inside it (Huanghua, the Bohai New Area…); Cangzhou itself is among them.
    expect(texts.some((s) => /Cangzhou|沧州/.test(s))).toBe(true);
    const marked = await page.locator('[data-testid="mention-snippet"] mark').allInnerTexts();
    expect(marked.length).toBe(texts.length);
    await page.screenshot({ path: 'test-results/screenshots/snippets.png' });
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a bad file gets its own error and the others still load', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByTestId('article-input').setInputFiles([
      {
        name: 'good.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Tianjin and Cangzhou signed a new logistics agreement in 2024.')
      },
      { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]) }
    ]);
    await expect(page.getByTestId('ingest-errors')).toContainText('binary.txt');
    await expect(page.getByTestId('use-user-articles')).toContainText('(1)');
  });

  test('the time window changes the legend and goes into the link', async ({ page }) => {
    await page.goto('/?metric=mentions');
    await waitForMap(page);
    const legend = page.getByTestId('legend');
    const before = await legend.innerText();
    const to = page.getByTestId('time-to');
    const min = Number(await to.getAttribute('min'));
    await to.fill(String(min));
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe(String(min));
    await expect(legend).not.toHaveText(before);
  });

  test('exports produce files that parse', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const grab = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      const path = await d.path();
      return readFileSync(path!);
    };
    const png = await grab('export-png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Land is the map container's background, not a map layer: the export must draw it too.
    const landShare = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const g = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      let land = 0;
      for (let i = 0; i < px.length; i += 4)
        if (Math.abs(px[i] - 0xf3) + Math.abs(px[i + 1] - 0xf1) + Math.abs(px[i + 2] - 0xea) < 6) land++;
      return land / (px.length / 4);
    }, png.toString('base64'));
    expect(landShare).toBeGreaterThan(0.01);
    // Every unit of the level, with or without a value: the table view lists them all.
    await page.getByRole('button', { name: 'Table' }).click();
    const regionCount = await page.getByTestId('region-table').locator('tbody tr').count();
    await page.getByRole('button', { name: 'Map' }).click();
    await waitForMap(page);
    const csv = (await grab('export-csv')).toString('utf8').trim().split(/\r\n/);
    expect(csv.length - 1).toBe(regionCount);
    const gj = JSON.parse((await grab('export-geojson')).toString('utf8'));
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features).toHaveLength(regionCount);
    expect(gj.features[0].properties).toHaveProperty('value');
    await page.getByTestId('export-cite').click();
    await expect(page.getByTestId('citation')).toHaveValue(/JJJ Atlas .*accessed/);
  });
});
