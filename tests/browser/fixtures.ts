import { test as base, expect, type Page } from '@playwright/test';

/** Hosts the app may talk to: its own origin only. */
const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Watch {
  pageErrors: string[];
  foreignRequests: string[];
}

/**
 * Every test page records page errors and any request that leaves the machine. The context (and
 * so the page) is reused between tests (playwright.config.ts), so whatever a test hangs on the page
 * — these listeners, its own `page.on(...)` handlers — is taken off when the test ends.
 */
export const test = base.extend<{ watch: Watch }>({
  page: async ({ page }, use) => {
    await use(page);
    for (const event of ['request', 'response', 'pageerror', 'console', 'dialog', 'download'] as const)
      page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  },
  watch: async ({ page }, use) => {
    const watch: Watch = { pageErrors: [], foreignRequests: [] };
    page.on('pageerror', (e) => watch.pageErrors.push(String(e)));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if ((u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && !LOCAL.has(u.hostname))
        watch.foreignRequests.push(r.url());
    });
    await use(watch);
  }
});

export { expect };

export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
}
