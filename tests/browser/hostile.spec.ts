import { test, expect, waitForMap } from './fixtures';

/** Seeded, so the same 50 links every run. */
function links(n: number): string[] {
  let seed = 2026;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const keys = ['level', 'metric', 'class', 'region', 'lang', 'flows', 'view', 'from', 'to', 'x'];
  const values = [
    'county',
    'province',
    'planet',
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '120101',
    '999999',
    '%E0%A4%A',
    'inflow:projects',
    'net:yuan',
    '__proto__',
    'constructor',
    'zh',
    'en',
    'table',
    '2019',
    '1900',
    '-1',
    'projects,education',
    'none',
    '𝕏'.repeat(50),
    'a'.repeat(300),
    '',
    '%00',
    'javascript:alert(1)'
  ];
  return Array.from({ length: n }, () => {
    const q = Array.from(
      { length: 1 + Math.floor(rnd() * 5) },
      () => `${pick(keys)}=${encodeURIComponent(pick(values)).replace(/%25/g, '%')}`
    );
    const hash = pick(['', '#map=8/40.4/115.5', '#map=abc', '#map=99/999/999', '#<svg onload=alert(1)>']);
    return `/?${q.join('&')}${hash}`;
  });
}

test('30 generated hostile links: never a page error, never injected markup, always a ready map', async ({ page, watch }) => {
  test.setTimeout(600_000);
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, d.dismiss()));
  for (const link of links(30)) {
    await page.goto(link);
    await waitForMap(page);
    const injected = await page.evaluate(
      () => document.querySelectorAll('img[src="x"], [onerror], [onload], body script:not([src])').length
    );
    expect(injected, link).toBe(0);
  }
  expect(dialogs).toBe(0);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
