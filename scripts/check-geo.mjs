#!/usr/bin/env node
// `npm run check`, last part: type-checks geo/ and tests/geo/ against geo/'s own toolchain. That
// toolchain is installed on demand (npm run geo:install, or by npm test); without it this part is
// skipped, loudly, rather than failing on modules a light install does not have.
import { spawnSync } from 'node:child_process';
import { geoDepsCurrent } from './geo-deps.mjs';

if (!geoDepsCurrent()) {
  console.warn(
    '\n*** check: SKIPPED geo/ and tests/geo/: the boundary toolchain is not installed (npm run geo:install, then npm run check) ***\n'
  );
  process.exit(0);
}
const r = spawnSync('tests/node_modules/.bin/tsc', ['-p', 'tsconfig.geo.json', '--noEmit'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
