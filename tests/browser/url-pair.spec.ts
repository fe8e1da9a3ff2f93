import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './fixtures';

const q = (page: Page) => new URL(page.url()).searchParams;

/** The `pair=` value of the widest drawn line (with a place below province level, if asked), as the link writes it. */
async function widestPair(page: Page, belowProvince = false): Promise<string> {
  const key = await page.evaluate((below) => {
    const m = (
      window as unknown as {
        __map: { queryRenderedFeatures(o: unknown): { properties: { key: string; width: number } }[] };
      }
    ).__map;
    const lines = m.queryRenderedFeatures({ layers: ['flow-line'] }).filter(
      (l) =>
        !below ||
        l.properties.key
          .split('|')[0]
          .split(/[>~]/)
          .some((c) => !c.endsWith('0000'))
    );
    lines.sort((a, b) => b.properties.width - a.properties.width);
    return lines[0].properties.key;
  }, belowProvince);
  const [ends, measure] = key.split('|');
  return ends.replace('>', '-').replace('~', '_') + (measure ? `~${measure}` : '');
}

test.describe('the pair summary in the link (pair=)', () => {
  test('a link opens the pair summary; Back and Forward undo and redo opening it, its flow and closing', async ({
    page,
    watch
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const pair = await widestPair(page);

    // Failed before: the summary was page state only, so a link or a reload lost it.
    await page.goto(`/?pair=${pair}`);
    await waitForMap(page);
    const details = page.getByTestId('pair-details');
    await expect(details).toBeVisible();
    const title = await details.locator('h2').innerText();
    expect(q(page).get('pair')).toBe(pair);
    await expect(page.getByTestId('link-problems')).toHaveCount(0);

    // Three actions: open one of its flows, close the flow, close the summary.
    await details.getByTestId('pair-flow').first().getByRole('button').click();
    await expect(page.getByTestId('flow-details')).toBeVisible();
    // Its sources are paged like a region's lists (25,000 rows for one flow of a 100k atlas): the range counts them all, a page is drawn.
    const sources = Number((await page.getByTestId('source-pages-range').innerText()).match(/of ([\d,]+)/)![1].replace(/,/g, ''));
    expect(sources).toBeGreaterThan(0);
    await expect(page.getByTestId('flow-sources').locator('li')).toHaveCount(Math.min(sources, 50));
    // The address is written after the frame that paints the details (view.svelte.ts).
    await expect.poll(() => q(page).get('flow')).not.toBeNull();
    const flow = q(page).get('flow');
    expect(q(page).get('pair')).toBe(pair);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('flow-details')).toHaveCount(0);
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect.poll(() => q(page).get('pair')).toBeNull();

    // Back undoes them one by one …
    await page.goBack();
    await expect.poll(() => q(page).get('pair')).toBe(pair);
    await expect(page.getByTestId('pair-details').locator('h2')).toHaveText(title);
    expect(q(page).get('flow')).toBeNull();
    await page.goBack();
    await expect.poll(() => q(page).get('flow')).toBe(flow);
    await expect(page.getByTestId('flow-details')).toBeVisible();
    await page.goBack();
    await expect.poll(() => q(page).get('flow')).toBeNull();
    await expect(page.getByTestId('pair-details')).toBeVisible();
    // … and Forward redoes them.
    await page.goForward();
    await expect.poll(() => q(page).get('flow')).toBe(flow);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a line picked from the list of drawn lines opens its summary as one history entry', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const pair = await widestPair(page);
    await page.getByTestId('flow-summary').locator('summary').click();
    await page.getByTestId('flow-line-item').first().click();
    await expect(page.getByTestId('pair-details')).toBeVisible();
    await expect.poll(() => q(page).get('pair')).toMatch(/^\d{6}[-_]\d{6}(~[a-z_]+)?$/);
    expect(pair).toMatch(/^\d{6}[-_]\d{6}(~[a-z_]+)?$/);
    await page.goBack();
    await expect.poll(() => q(page).get('pair')).toBeNull();
    await expect(page.getByTestId('pair-details')).toHaveCount(0);
  });

  for (const [param, why] of [
    ['120000-130800~no_such_measure', 'a line this view does not draw'],
    ['110105-110105', 'one place at both ends'],
    ['<b>x</b>', 'markup']
  ])
    test(`pair=${param} (${why}) is dropped from the address, with a notice`, async ({ page, watch }) => {
      await page.goto(`/?region=130800&pair=${encodeURIComponent(param)}`);
      await waitForMap(page);
      await expect(page.getByTestId('link-problems')).toContainText('flow line');
      await expect.poll(() => q(page).get('pair')).toBeNull();
      expect(q(page).get('region')).toBe('130800');
      await expect(page.getByTestId('pair-details')).toHaveCount(0);
      await expect(page.getByTestId('region-details')).toBeVisible();
      expect(watch.pageErrors).toEqual([]);
    });

  test('a pair that exists at one level is dropped when the link asks for another', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const pair = await widestPair(page, true);
    await page.goto(`/?level=province&pair=${pair}`);
    await waitForMap(page);
    // At province level the district/city codes of the pair are not drawn as places.
    await expect(page.getByTestId('link-problems')).toContainText('flow line');
    await expect.poll(() => q(page).get('pair')).toBeNull();
    expect(q(page).get('level')).toBe('province');
  });
});
