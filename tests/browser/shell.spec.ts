import { test, expect, waitForMap } from './fixtures';

test('the built app draws the district map offline', async ({ page, watch }) => {
  await page.goto('/');
  await waitForMap(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/shell.png' });
  expect(watch.pageErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
