import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { regionLookup } from '../../src/lib/flows/lookup';
import { parseFlows } from '../../src/lib/flows/parse';
import type { Flow } from '../../src/lib/flows/types';
import type { RegionIndex } from '../../src/lib/regions/types';

export const FIXTURES = resolve(__dirname, '../fixtures/flows');
export const fixtureRegions = JSON.parse(readFileSync(resolve(FIXTURES, 'regions.json'), 'utf8')) as RegionIndex;
export const fixtureLookup = regionLookup(fixtureRegions);
export const FIXTURE_ARTICLES = new Set(['fx_001', 'fx_002']);

export function parseFixture(name: string) {
  const text = readFileSync(resolve(FIXTURES, name), 'utf8');
  return parseFlows(text, { file: name, regions: fixtureLookup.parents, articles: FIXTURE_ARTICLES });
}

/** A flow with defaults, for tables. */
export function flow(p: Partial<Flow> & Pick<Flow, 'id' | 'origin' | 'destination'>): Flow {
  return {
    kind: 'projects',
    measure: null,
    value: null,
    approx: false,
    period: '',
    periodStart: null,
    periodEnd: null,
    status: 'done',
    article: 'fx_001',
    note: 'test',
    line: 2,
    ...p
  };
}
