import * as d3 from 'd3-scale-chromatic';
import { expect, it } from 'vitest';
import * as table from '../../src/lib/classify/schemes';

// The app carries its four ColorBrewer schemes as a table (src/lib/classify/schemes.ts), not the package.
it.each(['schemeYlGnBu', 'schemeOranges', 'schemePurples', 'schemePuOr'] as const)(
  '%s is exactly d3-scale-chromatic’s',
  (name) => {
    const ours = table[name];
    const theirs = d3[name];
    expect(ours.length).toBe(theirs.length);
    for (let n = 3; n < theirs.length; n++) expect(ours[n]).toEqual(theirs[n]);
  }
);
