import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, createMatcher, detectLang, extractFigures, type Matcher } from '../../src/lib/ingest/index';
import { describeNeeding } from '../needs';

export { describeNeeding };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/ingest/`;
export const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const REAL_REGIONS = `${ROOT}geo/out/regions.json`;
export const ALIASES = readFileSync(`${ROOT}data/gazetteer/aliases.csv`, 'utf8');

export const fixtureRegions = JSON.parse(readFileSync(`${FIXTURES}regions.json`, 'utf8'));
export const gazetteer = buildGazetteer(fixtureRegions, ALIASES);
export const matcher: Matcher = createMatcher(gazetteer);

/** Codes named in `text`, with counts, using the fixture gazetteer. */
export function mentionCounts(text: string, m: Matcher = matcher): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of m.match(text).mentions) out[x.code] = (out[x.code] ?? 0) + 1;
  return out;
}

/** A block that needs ../shared/seeds: without it, a loudly named skip (see tests/needs.ts). */
export function describeWithSeeds(name: string, body: () => void, also: Record<string, string> = {}): void {
  describeNeeding({ 'the seed corpus (../shared/seeds)': SEEDS, ...also }, name, body);
}

/** The real regions when the geo pipeline has produced them, else the fixture (said loudly). */
export function regionsPathForCorpus(): string {
  if (existsSync(REAL_REGIONS)) return REAL_REGIONS;
  console.warn(`\n*** ${REAL_REGIONS} is missing: corpus tests use the fixture regions ***\n`);
  return `${FIXTURES}regions.json`;
}

/** Figure-table helpers shared by the figures-*.test.ts tables: [value, unit, code] per figure, and the mentioned codes. */
export type FigureRow = [number, string, string | null];
let figureMatcher: ReturnType<typeof createMatcher> | null = null;
function realMatcher() {
  figureMatcher ??= createMatcher(buildGazetteer(JSON.parse(readFileSync(REAL_REGIONS, 'utf8')), ALIASES));
  return figureMatcher;
}
export function figureRows(text: string): FigureRow[] {
  const { mentions, view, hits } = realMatcher().match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions, hits).map((x) => [x.value, x.unit, x.code]);
}
export const mentionCodes = (text: string) =>
  [
    ...new Set(
      realMatcher()
        .match(text)
        .mentions.map((m) => m.code)
    )
  ].sort();
