import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGeo } from '../../geo/pipeline';
import { outputFiles } from '../../geo/build';

describe('npm run geo', () => {
  it('rebuilds geo/out byte for byte', async () => {
    const files = outputFiles(await buildGeo());
    for (const [name, text] of Object.entries(files))
      expect(text === readFileSync(`geo/out/${name}`, 'utf8'), `geo/out/${name} is stale: run npm run geo`).toBe(true);
  });
});
