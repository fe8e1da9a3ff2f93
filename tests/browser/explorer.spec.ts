import { test, expect, waitForMap } from './fixtures';

test.describe('the explorer', () => {
  test('a share link selects a region and names it in the chosen language', async ({ page, watch }) => {
    await page.goto('/?region=120101&lang=en');
    await waitForMap(page);
    const details = page.getByTestId('region-details');
    await expect(details).toBeVisible();
    await expect(details.locator('h2')).toContainText('Heping');
    await page.screenshot({ path: 'test-results/screenshots/details-en.png' });

    await page.goto('/?region=120101&lang=zh');
    await waitForMap(page);
    await expect(page.getByTestId('region-details').locator('h2')).toHaveText('和平区');
    await page.screenshot({ path: 'test-results/screenshots/details-zh.png' });
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('a click selects a region, writes it to the URL, and Back undoes it', async ({ page, watch }) => {
    // With flows drawn: a click off every line body is the region's.
    await page.goto('/');
    await waitForMap(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await expect(page).toHaveURL(/[?&]region=\d{6}/);
    await expect(page.getByTestId('region-details')).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.getByTestId('region-details')).toHaveCount(0);
    expect(watch.pageErrors).toEqual([]);
  });

  test('Escape closes the details', async ({ page }) => {
    await page.goto('/?region=130700');
    await waitForMap(page);
    await expect(page.getByTestId('region-details')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('region-details')).toHaveCount(0);
    await expect(page).not.toHaveURL(/region=/);
  });

  test('a full link survives load and reload', async ({ page, watch }) => {
    await page.goto('/?level=county&region=130730&lang=zh#map=8/40.4/115.5');
    await waitForMap(page);
    const check = async () => {
      await expect(page.getByTestId('region-details').locator('h2')).toHaveText('怀来县');
      await expect(page.getByTestId('level-select')).toHaveValue('county');
      expect(new URL(page.url()).hash).toMatch(/^#map=8(\.0+)?\/40\.4\d*\/115\.5\d*$/);
      expect(new URL(page.url()).search).toContain('region=130730');
    };
    await check();
    await page.screenshot({ path: 'test-results/screenshots/county-zh.png' });
    await page.reload();
    await waitForMap(page);
    await check();
    expect(watch.pageErrors).toEqual([]);
  });

  test('changing the metric changes the legend', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const legend = page.getByTestId('legend');
    const before = await legend.innerText();
    const options = await page
      .getByTestId('metric-select')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = options.find((v) => v.startsWith('inflow:')) ?? options[1];
    await page.getByTestId('metric-select').selectOption(other);
    await expect.poll(() => new URL(page.url()).searchParams.get('metric')).toBe(other);
    await expect(legend).not.toHaveText(before);
    await page.screenshot({ path: 'test-results/screenshots/flows-metric.png' });
  });

  test('the search box finds a place by pinyin and selects it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByTestId('search').fill('zhangjiakou');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/region=130700/);
    await expect(page.getByTestId('region-details').locator('h2')).toContainText('Zhangjiakou');
  });

  test('a broken link still loads the default view and says what it ignored', async ({ page, watch }) => {
    await page.goto('/?level=<img src=x onerror=alert(1)>&region=999999&metric=%E0%A4%A&lang=xx');
    await waitForMap(page);
    await expect(page.getByTestId('link-problems')).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a Chinese page tells what it ignored in Chinese, and switches the notice with the language', async ({ page, watch }) => {
    await page.goto('/?lang=zh&level=county&region=110000&metric=nope');
    await waitForMap(page);
    const notice = page.getByTestId('link-problems');
    await expect(notice).toContainText('北京市（110000）在县级地图上没有对应单元');
    await expect(notice).toContainText('无法识别的指标“nope”');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(notice).toContainText('Beijing (110000) has no unit at county level');
    expect(watch.pageErrors).toEqual([]);
  });

  test('the flow filter puts the kinds into the link and folds away by keyboard', async ({ page, watch }) => {
    await page.goto('/');
    await waitForMap(page);
    const filter = page.getByTestId('flow-filter');
    // The kinds, not the toggle for extracted flows below them.
    const boxes = filter.locator('input[type="checkbox"]:not([data-testid="show-extracted"])');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(1);
    await boxes.first().uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('flows')?.split(',').length).toBe(total - 1);
    await filter.getByRole('button', { name: 'None' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('flows')).toBe('none');
    await filter.getByRole('button', { name: 'All kinds' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('flows')).toBe(false);

    const toggle = filter.getByRole('button', { name: /Flows/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(boxes.first()).toBeHidden();
    await expect(toggle).toContainText(`${total}/${total}`);
    await page.keyboard.press('Space');
    await expect(boxes.first()).toBeVisible();
    expect(watch.pageErrors).toEqual([]);
  });
});
