import { expect, test, waitForMap } from './fixtures';
import { problems, visibleText } from './problems';

// Pictures to look at (`npm run screenshots`, into SHOTS_DIR or test-results/screenshots), not part of
// `npm test`: what they show is checked by numbers.spec.ts.
test('screenshots of the details of Chengde, Cangzhou and Heping in both languages', async ({ page }) => {
  test.setTimeout(240_000);
  for (const lang of ['en', 'zh'] as const) {
    for (const [code, metric] of [
      ['130800', 'inflow:schools'],
      ['130900', 'inflow:projects'],
      ['120101', 'inflow:projects']
    ] as const) {
      await page.goto(`/?lang=${lang}&metric=${metric}&region=${code}`);
      await waitForMap(page);
      await expect(page.getByTestId('region-details')).toBeVisible();
      for (const p of problems(await visibleText(page))) throw new Error(`${code} ${lang}: ${p}`);
      await page.screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results/screenshots'}/details-${code}-${lang}.png` });
      // The details panel alone, whole (it scrolls on screen).
      await page.getByTestId('region-details').evaluate((e) => ((e as HTMLElement).style.height = 'auto'));
      await page
        .getByTestId('region-details')
        .screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results/screenshots'}/panel-${code}-${lang}.png` });
    }
  }
});
