import { describe, expect, it } from 'vitest';
import { panelPadding, visibleFit } from '../../src/lib/map/visibleFit';

// A 1280×600 map (a 1280×720 laptop under the header) with the details on the right, the flow
// panels left of them and the legend in the bottom-left corner.
const VIEW = { width: 1280, height: 600 };
const DETAILS = { left: 920, right: 1280, top: 0, bottom: 600 };
const FLOWS = { left: 665, right: 910, top: 160, bottom: 566 };
const LEGEND = { left: 10, right: 177, top: 456, bottom: 566 };

describe('visibleFit', () => {
  it.each([
    ['a box in the free middle', { left: 300, right: 400, top: 200, bottom: 300 }, true],
    ['a box under the flow panels', { left: 690, right: 700, top: 300, bottom: 310 }, false],
    ['a box touching the details within the margin', { left: 800, right: 910, top: 20, bottom: 60 }, false],
    ['a box under the legend', { left: 50, right: 90, top: 500, bottom: 520 }, false],
    ['a box off the map', { left: -40, right: 90, top: 100, bottom: 200 }, false]
  ])('%s', (_name, box, want) => {
    expect(visibleFit(box, VIEW, [DETAILS, FLOWS, LEGEND], 16)).toBe(want);
  });
});

describe('panelPadding', () => {
  it('avoids a tall panel on the right from the right and a corner legend from its cheaper side', () => {
    expect(panelPadding(VIEW, [DETAILS, FLOWS, LEGEND], 0)).toEqual({ left: 0, right: 615, top: 0, bottom: 144 });
  });
  it('avoids a full-width bottom sheet from below', () => {
    const sheet = { left: 0, right: 390, top: 400, bottom: 728 };
    expect(panelPadding({ width: 390, height: 728 }, [sheet], 10)).toEqual({ left: 10, right: 10, top: 10, bottom: 338 });
  });
  it('keeps some map free: a panel that would leave less is avoided from another side', () => {
    const wide = { left: 0, right: 1200, top: 0, bottom: 100 };
    const pad = panelPadding({ width: 1280, height: 600 }, [wide], 0, 120);
    expect(pad).toEqual({ left: 0, right: 0, top: 100, bottom: 0 });
  });
  it('ignores panels outside the map and ones already avoided', () => {
    expect(panelPadding(VIEW, [{ left: 1300, right: 1400, top: 0, bottom: 50 }, DETAILS, { ...DETAILS, top: 100 }], 0)).toEqual({
      left: 0,
      right: 360,
      top: 0,
      bottom: 0
    });
  });
});
