import { describe, expect, it } from 'vitest';
import { anchorOffset, nameAnchor, nameBox, textBox } from '../../src/lib/map/nameAnchor';

describe('textBox', () => {
  it.each([
    ['abc', 11, 3 * 0.56 * 11],
    ['北京市', 11, 33],
    ['北京市（全市）', 10, 70],
    ['', 11, 0]
  ])('%s at %d px is %d px wide', (text, size, width) => {
    expect(textBox(text, size).width).toBeCloseTo(width, 6);
  });
});

describe('nameBox', () => {
  const ring = { x: 100, y: 100, r: 10 };
  const box = { width: 40, height: 12 };
  it.each([
    ['bottom', { left: 80, right: 120, top: 75, bottom: 87 }],
    ['top', { left: 80, right: 120, top: 113, bottom: 125 }],
    ['left', { left: 113, right: 153, top: 94, bottom: 106 }],
    ['right', { left: 47, right: 87, top: 94, bottom: 106 }]
  ] as const)('anchored %s', (anchor, expected) => {
    expect(nameBox(ring, anchor, box)).toEqual(expected);
  });
});

describe('nameAnchor: the first side whose name covers no other ring, else the least covering', () => {
  const ring = { x: 100, y: 100, r: 10 };
  // "all of Tianjin" at 11 px is ~86 px wide, 13 px high.
  const text = 'all of Tianjin';
  it.each([
    ['no other ring', [], 'bottom'],
    ['a ring far away', [{ x: 400, y: 400, r: 14 }], 'bottom'],
    ['a ring just above', [{ x: 110, y: 70, r: 8 }], 'top'],
    [
      'rings above and below',
      [
        { x: 110, y: 70, r: 8 },
        { x: 90, y: 130, r: 8 }
      ],
      'left'
    ],
    [
      'rings above, below and to the right',
      [
        { x: 110, y: 70, r: 8 },
        { x: 90, y: 130, r: 8 },
        { x: 150, y: 100, r: 6 }
      ],
      'right'
    ],
    // Every side covered: the side covering the least (a small ring to the left) wins.
    [
      'every side covered',
      [
        { x: 110, y: 70, r: 8 },
        { x: 90, y: 130, r: 8 },
        { x: 150, y: 100, r: 10 },
        { x: 60, y: 100, r: 3 }
      ],
      'right'
    ]
  ] as const)('%s → %s', (_, others, anchor) => {
    expect(nameAnchor(ring, others, text)).toBe(anchor);
  });
});

describe('anchorOffset', () => {
  it.each([
    ['bottom', 8, [0, -1]],
    ['top', 8, [0, 1]],
    ['left', 19, [2, 0]],
    ['right', 19, [-2, 0]]
  ] as const)('%s of a ring of %d px (11 px text)', (anchor, r, expected) => {
    expect(anchorOffset(anchor, r, 11)).toEqual(expected);
  });
});
