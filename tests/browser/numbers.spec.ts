import { expect, test, waitForMap } from './fixtures';
import { problems, visibleText } from './problems';

/**
 * Numbers a reader can trust, as the page shows them: every metric at every level in both
 * languages, with a region's details, the table and the legend on screen, and the CSV export of
 * each level. None of them may show a broken number or a code.
 */
const LEVELS = [
  ['province', '130000'],
  ['district', '130900'],
  ['county', '130726']
] as const;

for (const lang of ['en', 'zh'] as const) {
  test(`every metric at every level reads cleanly (${lang})`, async ({ page, watch }) => {
    test.setTimeout(600_000);
    const found: string[] = [];
    let metrics: string[] = [];
    // Chinese at the county level only: its number words and names are the language's whole
    // difference, and the county level has the most of them. The three levels in English cover the
    // rest, and the CI run stays inside its 15 minutes.
    for (const [level, region] of lang === 'en' ? LEVELS : LEVELS.filter(([l]) => l === 'county')) {
      await page.goto(`/?lang=${lang}&view=table&level=${level}&region=${region}`);
      await expect(page.getByTestId('region-details')).toBeVisible();
      if (!metrics.length) {
        // Read on the first level's page: the list comes from the flows, the same at every level
        // (a page load of its own only for this was ~5 s of the CI's browser suite per language).
        await waitForMap(page);
        await expect(page.getByTestId('metric-select').locator('option[value="planned:projects"]')).toHaveCount(1);
        metrics = await page
          .getByTestId('metric-select')
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        expect(metrics.length).toBeGreaterThan(10);
      }
      for (const metric of metrics) {
        await page.getByTestId('metric-select').selectOption(metric);
        await expect(page.getByTestId('legend')).toBeVisible();
        for (const p of problems(await visibleText(page))) found.push(`${level} ${metric}: ${p}`);
      }
      // A hover card over the middle of the map (some region is there at every level).
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
      const card = page.getByTestId('hover-card');
      if (await card.count()) for (const p of problems(await card.innerText())) found.push(`${level} hover: ${p}`);
      // The CSV of the level under a flow metric.
      await page.getByTestId('metric-select').selectOption('inflow:projects');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const csv = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
      for (const p of problems(csv)) found.push(`${level} CSV: ${p}`);
      await page.getByTestId('export-cite').click();
      for (const p of problems(await page.getByTestId('citation').inputValue())) found.push(`${level} cite: ${p}`);
    }
    expect(found).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
}

test('Cangzhou: inflow is "at least 672", its parts listed; Chengde: the 5 schools are shared', async ({ page }) => {
  await page.goto('/?metric=inflow:projects&region=130900');
  await waitForMap(page);
  await expect(page.getByTestId('flow-total-inflow-projects')).toHaveText(/^≥ 672/);
  await expect(page.getByTestId('legend-at-least')).toBeVisible();
  const parts = page.locator('[data-testid="flow-line"][data-role="part"]');
  await expect(parts.filter({ hasText: '672 projects' }).first()).toContainText('may overlap with 47 projects');
  await page.goto('/?metric=mentions&region=130800');
  await expect(page.locator('[data-testid="flow-line"][data-role="shared"]').first()).toContainText(
    "shared with Xiong'an New Area, Yu County, and Qinglong"
  );
  await page.goto('/?metric=inflow:projects&region=120101&lang=zh');
  await expect(page.locator('[data-testid="flow-line"][data-role="planned"]').first()).toContainText('计划');
});

test('the flow panel counts follow the metric and the time window', async ({ page }) => {
  await page.goto('/?metric=mentions');
  await waitForMap(page);
  const total = async () =>
    (await page.getByTestId('flow-filter').locator('label small').allInnerTexts())
      .map(Number)
      .filter(Number.isFinite)
      .reduce((a, b) => a + b, 0);
  const all = await total();
  await page.getByTestId('metric-select').selectOption('inflow:yuan');
  const yuan = await total();
  expect(yuan).toBeLessThan(all);
  await page.goto('/?metric=mentions&from=2024&to=2024&region=120101');
  await waitForMap(page);
  expect(await total()).toBeLessThan(all);
  // A one-year window reads "2024", never "2024–2024".
  expect(problems(await visibleText(page))).toEqual([]);
});

test('hostile file names stay isolated and short', async ({ page }) => {
  await page.goto('/?region=130900');
  await waitForMap(page);
  const text = 'Cangzhou hosted a trade fair. Cangzhou also opened a new rail depot in 2024.';
  await page.getByTestId('article-input').setInputFiles([
    { name: 'ab\u202Ecd.txt', mimeType: 'text/plain', buffer: Buffer.from('2024-03-05\n' + text) },
    { name: 'n'.repeat(3000) + '.txt', mimeType: 'text/plain', buffer: Buffer.from('2024-03-06\n' + text) }
  ]);
  await expect(page.getByTestId('use-user-articles')).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  const details = page.getByTestId('region-details');
  await expect(details).toContainText('2024-03-05');
  const width = await details.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client + 1);
  // No bidi control reaches the page: the date after the name reads left to right.
  expect(await details.innerText()).not.toContain('\u202E');
  expect((await details.innerText()).includes('…')).toBe(true);
});

test("with the user's own articles, the flows are only those extracted from them, each with its evidence", async ({
  page,
  watch
}) => {
  await page.goto('/?metric=inflow:projects&region=130900');
  await waitForMap(page);
  await expect(page.getByTestId('flow-total-inflow-projects')).toHaveText(/^≥ 672/);
  // Our own fixture texts (not from any article).
  await page.getByTestId('article-input').setInputFiles([
    {
      name: 'own-en.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('2024-03-05\nCangzhou has undertaken 12 projects from Beijing since 2020, the city said on Tuesday.\n')
    },
    {
      name: 'own-zh.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('2024-03-06\n2023年以来，沧州市已承接北京转移项目36个。\n')
    }
  ]);
  await expect(page.getByTestId('use-user-articles')).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  // Two statements that may overlap (same places and measure, periods that meet): the larger, "at least".
  await expect(page.getByTestId('flow-total-inflow-projects')).toHaveText(/^≥ 36/);
  const lines = page.locator('[data-testid="flow-line"]');
  await expect(lines).toHaveCount(2);
  await expect(page.getByTestId('region-details')).not.toContainText('672');
  await page.getByRole('button', { name: 'From Beijing: 12 projects' }).click();
  const details = page.getByTestId('flow-details');
  await expect(details).toContainText('extracted');
  await expect(details).toContainText('since 2020');
  await expect(details.locator('[data-testid="flow-evidence"] mark.number')).toHaveText(/^12\b/);
  await expect(details.locator('[data-testid="flow-evidence"] mark.place').first()).toBeVisible();
  for (const p of problems(await details.innerText())) throw new Error(p);
  await page.screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results/screenshots'}/user-flow-evidence.png` });
  expect(watch.pageErrors).toEqual([]);
});
