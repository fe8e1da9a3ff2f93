import { test, expect, waitForMap } from './fixtures';

test.describe('controls', () => {
  test('the year range: thumbs always show the state, and it says what falls inside', async ({ page }) => {
    await page.goto('/?from=2025');
    await waitForMap(page);
    const from = page.getByTestId('time-from'),
      to = page.getByTestId('time-to');
    const max = Number(await to.getAttribute('max'));
    await expect(from).toHaveValue('2025');
    await expect(page.getByTestId('time-inside')).toContainText(/\d+ articles? · \d+ flows?/);
    const all = await page.getByTestId('time-inside').innerText();
    await to.focus();
    await page.keyboard.press('Home');
    // "to" cannot pass "from": it stops at 2025, and so does its thumb.
    await expect(to).toHaveValue('2025');
    expect(max).toBeGreaterThanOrEqual(2025);
    // One year reads as one year (issue 14), never "2025–2025".
    await expect(page.getByTestId('time-window').locator('legend')).toHaveText(/2025$/);
    await from.focus();
    await page.keyboard.press('Home');
    await expect(from).toHaveValue((await from.getAttribute('min')) ?? '');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
    await expect(page.getByTestId('time-inside')).not.toHaveText(all);
  });

  test('the table shows its sort direction, and any cell selects its row', async ({ page }) => {
    await page.goto('/?view=table');
    await waitForMap(page);
    const table = page.getByTestId('region-table');
    const value = table.locator('thead th').nth(2);
    await expect(value).toHaveAttribute('aria-sort', 'descending');
    await expect(value).toContainText('▼');
    await value.getByRole('button').click();
    await expect(value).toHaveAttribute('aria-sort', 'ascending');
    await expect(value).toContainText('▲');
    const row = table.locator('tbody tr').first();
    const id = (await row.getAttribute('id'))!.replace('row-', '');
    await row.locator('td').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(id);
    await expect(row).toHaveAttribute('aria-selected', 'true');
  });

  test('search results never break a name', async ({ page }) => {
    await page.goto('/?lang=zh');
    await waitForMap(page);
    await page.getByTestId('search').fill('雄安');
    const name = page.locator('#search-results strong').first();
    await expect(name).toHaveText('雄安新区');
    // One line box: the name did not wrap.
    expect(await name.evaluate((el) => el.getClientRects().length)).toBe(1);
  });

  test('keyboard alone opens a line’s pair summary from the list of drawn lines, and a flow from it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByTestId('flow-summary').locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('flow-line-item').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pair-details')).toBeVisible();
    await page.getByTestId('pair-flow').first().getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flow-details')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('flow')).not.toBeNull();
  });
});
