// The four ColorBrewer schemes the palette uses (Cynthia Brewer, Apache-2.0) exactly as
// d3-scale-chromatic 3.1 defines them: scheme[n] holds n colours, light to dark (PuOr: purple to
// orange), from n = 3 to 9 (PuOr 11). A table rather than the package, whose single-file build
// keeps every scheme and interpolator in the bundle; tests/explorer/schemes.test.ts checks it.
type Scheme = readonly (readonly string[])[];

/** Each space-separated run is one n: six hex digits a colour. */
const table = (runs: string): Scheme => [[], [], [], ...runs.split(' ').map((run) => run.match(/.{6}/g)!.map((c) => `#${c}`))];

export const schemeYlGnBu = table(
  'edf8b17fcdbb2c7fb8 ffffcca1dab441b6c4225ea8 ffffcca1dab441b6c42c7fb8253494 ffffccc7e9b47fcdbb41b6c42c7fb8253494 ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84 ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84 ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58'
);
export const schemeOranges = table(
  'fee6cefdae6be6550d feeddefdbe85fd8d3cd94701 feeddefdbe85fd8d3ce6550da63603 feeddefdd0a2fdae6bfd8d3ce6550da63603 feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04 fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04 fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704'
);
export const schemePurples = table(
  'efedf5bcbddc756bb1 f2f0f7cbc9e29e9ac86a51a3 f2f0f7cbc9e29e9ac8756bb154278f f2f0f7dadaebbcbddc9e9ac8756bb154278f f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486 fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486 fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d'
);
export const schemePuOr = table(
  '998ec3f7f7f7f1a340 5e3c99b2abd2fdb863e66101 5e3c99b2abd2f7f7f7fdb863e66101 542788998ec3d8daebfee0b6f1a340b35806 542788998ec3d8daebf7f7f7fee0b6f1a340b35806 5427888073acb2abd2d8daebfee0b6fdb863e08214b35806 5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806 2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08 2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08'
);
