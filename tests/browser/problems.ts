import type { Page } from '@playwright/test';

/** What a page must never show: broken numbers, codes, plurals that do not agree. */
const BAD: [RegExp, string][] = [
  [/NaN/, 'NaN'],
  [/undefined/, 'undefined'],
  [/Infinity/, 'Infinity'],
  [/\bnull\b/, 'null'],
  [/(?<![\d.,])1 (mentions|articles|projects|sources|regions)\b/, 'singular with plural noun'],
  [/implausible_growth|share_over_100|implausible_magnitude|larger_than_region/, 'raw flag code'],
  [/science_park|service_items/, 'raw kind or measure code'],
  [/\b(\d{4})–\1\b/, 'repeated year range']
];

export function problems(text: string): string[] {
  return BAD.filter(([re]) => re.test(text)).map(
    ([re, what]) => `${what}: …${text.slice(Math.max(0, text.search(re) - 60), text.search(re) + 60)}…`
  );
}

export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
