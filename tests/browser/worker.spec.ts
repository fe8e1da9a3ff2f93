import { test, expect, waitForMap } from './fixtures';

// Fixture texts written for these tests, not taken from any article.
const sentence = (place: string) => `A logistics park in ${place} signed new tenants this quarter. `;
const txt = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
/** Enough text that the worker is still reading it when the next batch arrives. */
const bigBatch = (n: number) => Array.from({ length: n }, (_, i) => txt(`haidian-${i}.txt`, sentence('Haidian').repeat(4000)));

test.describe('the ingest worker protocol', () => {
  test('a batch opened while another is read replaces it: map, summary and snippets agree', async ({ page, watch }) => {
    await page.goto('/?region=110101');
    await waitForMap(page);
    const input = page.getByTestId('article-input');
    await input.setInputFiles(bigBatch(40));
    await expect(page.getByTestId('ingest-progress')).toBeVisible();
    await input.setInputFiles([txt('dongcheng.txt', sentence('Dongcheng') + sentence('Dongcheng'))]);
    await expect(page.getByTestId('use-user-articles')).toHaveText(/\(1\)/, { timeout: 60_000 });
    await expect(page.getByTestId('ingest-summary')).toHaveText(/^1 · /);
    const snippets = page.getByTestId('mention-snippet');
    await expect(snippets).toHaveCount(2);
    // The article list comes once the page of snippets is painted (DetailsPanel), still from this batch.
    await expect(page.getByTestId('region-articles')).toContainText('dongcheng');
    await expect(page.getByTestId('region-details')).toContainText('dongcheng');
    await expect(page.getByTestId('region-details')).not.toContainText('haidian-');
    // The replaced batch never arrives later.
    await page.waitForTimeout(1500);
    await expect(page.getByTestId('use-user-articles')).toHaveText(/\(1\)/);
    expect(watch.pageErrors).toEqual([]);
  });

  test('Cancel stops a running batch and leaves what is shown', async ({ page, watch }) => {
    await page.goto('/?region=110101');
    await waitForMap(page);
    const input = page.getByTestId('article-input');
    await input.setInputFiles([txt('dongcheng.txt', sentence('Dongcheng'))]);
    await expect(page.getByTestId('ingest-summary')).toHaveText(/^1 · /, { timeout: 60_000 });
    await input.setInputFiles(bigBatch(40));
    await page.getByTestId('cancel-ingest').click();
    await expect(page.getByTestId('ingest-progress')).toHaveCount(0);
    await expect(page.getByTestId('ingest-summary')).toHaveText(/^1 · /);
    await expect(page.getByTestId('use-user-articles')).toHaveText(/\(1\)/);
    await expect(page.getByTestId('mention-snippet')).toHaveCount(1);
    expect(watch.pageErrors).toEqual([]);
  });

  test('two unreadable files of the same name each get their error, and only this batch’s', async ({ page, watch }) => {
    await page.goto('/');
    await waitForMap(page);
    const input = page.getByTestId('article-input');
    const binary = Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]);
    await input.setInputFiles([{ name: 'old.bin', mimeType: 'application/octet-stream', buffer: binary }]);
    await expect(page.getByTestId('ingest-errors')).toContainText('old.bin');
    await input.setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: binary },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: binary }
    ]);
    const items = page.getByTestId('ingest-errors').locator('li');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('notes.txt');
    await expect(items.nth(1)).toContainText('notes.txt');
    await expect(page.getByTestId('ingest-errors')).not.toContainText('old.bin');
    expect(watch.pageErrors).toEqual([]);
  });
});
