import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForMap } from './fixtures';

async function seriousViolations(page: import('@playwright/test').Page) {
  const r = await new AxeBuilder({ page }).exclude('canvas').analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`
    );
}

test.describe('accessibility', () => {
  for (const [name, url] of [
    ['default view', '/'],
    ['details open', '/?region=120101'],
    ['table view', '/?view=table&region=130700'],
    ['Chinese', '/?lang=zh&region=130700']
  ] as const) {
    test(`no serious or critical axe violations: ${name}`, async ({ page }) => {
      await page.goto(url);
      await waitForMap(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const [name, url] of [
      ['phone, default view', '/'],
      ['phone, details sheet, Chinese', '/?region=120101&lang=zh']
    ] as const) {
      test(`no serious or critical axe violations: ${name}`, async ({ page }) => {
        await page.goto(url);
        await waitForMap(page);
        expect(await seriousViolations(page)).toEqual([]);
        // With the menu open, its controls are checked too.
        await page.getByTestId('menu-toggle').click();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });

  // One page load for both (a load of its own was ~7 s of the CI's browser suite).
  test('keyboard alone: focus is visible; search, choose, read the table, close with Escape', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByTestId('search').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'the control after the search box shows its focus').not.toBe('none');

    await page.getByTestId('search').focus();
    await page.keyboard.type('Chengde');
    // The city comes first, 承德县 second: down and back up again lands on the city.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/region=130800/);
    await expect(page.getByTestId('region-details')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('region-details')).toHaveCount(0);

    await page.getByTestId('level-select').focus();
    await page.keyboard.press('ArrowDown'); // district → county in a native select
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('county');

    await page.getByTestId('table-toggle').focus();
    await page.keyboard.press('Enter');
    const table = page.getByTestId('region-table');
    await expect(table).toBeVisible();
    const firstRow = table.locator('tbody th button').first();
    await firstRow.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/region=\d{6}/);
    await expect(page.getByTestId('region-details')).toBeVisible();
  });
});
