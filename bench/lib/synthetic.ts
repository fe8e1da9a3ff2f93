/**
 * Seeded synthetic data for bench:scale: a flows CSV and an articles file in the schemas of
 * data/flows.csv and data/articles.json, built only from valid region codes, so the app joins and
 * draws them like real data. Same seed, same bytes.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_COLUMNS, FLOW_KINDS, FLOW_STATUSES } from '../../src/lib/flows/types';
import { parentChain } from '../../src/lib/domain/ancestry';

export interface RegionEntry {
  code: string;
  parent: string | null;
  level: string;
  levels: string[];
}

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEASURE_BY_KIND: Record<string, string> = {
  projects: 'projects',
  investment: 'yuan',
  enterprises: 'enterprises',
  relocation: 'enterprises',
  education: 'schools',
  health: 'hospitals',
  science_park: 'enterprises',
  research: 'institutes',
  talent: '',
  cooperation: ''
};
const UNITS = ['percent', 'projects', 'enterprises', 'yuan', 'hectares'];

function ancestors(code: string, regions: Record<string, RegionEntry>): Set<string> {
  return new Set(parentChain(code, regions).slice(1));
}

/** n articles, ids `syn-00000…`, each naming 1–8 county-level units 1–20 times and stating 0–3 figures. */
export function syntheticArticles(n: number, regions: Record<string, RegionEntry>, seed = 7) {
  const rnd = mulberry32(seed);
  const codes = Object.values(regions)
    .filter((r) => r.levels.includes('county'))
    .map((r) => r.code)
    .sort();
  const pick = () => codes[Math.floor(rnd() * codes.length)];
  const articles = [];
  for (let i = 0; i < n; i++) {
    const mentions: Record<string, number> = {};
    const k = 1 + Math.floor(rnd() * 8);
    for (let j = 0; j < k; j++) mentions[pick()] = 1 + Math.floor(rnd() * 20);
    const named = Object.keys(mentions);
    const figures = Array.from({ length: Math.floor(rnd() * 4) }, (_, j) => {
      const value = 1 + Math.floor(rnd() * 900);
      return {
        approx: rnd() < 0.3,
        code: named[j % named.length],
        flags: [],
        offset: 100 + j * 400,
        raw: String(value),
        unit: UNITS[Math.floor(rnd() * UNITS.length)],
        value
      };
    });
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    articles.push({
      id: `syn-${String(i).padStart(5, '0')}`,
      lang: rnd() < 0.5 ? 'en' : 'zh',
      date: `${2019 + Math.floor(rnd() * 6)}-${month}-${day}`,
      bytes: 4000 + Math.floor(rnd() * 11000),
      encoding: 'utf-8',
      mentions,
      figures
    });
  }
  return { schema: 1, articles, regions: {} };
}

/** n flows between county-level units (never a unit and one inside it), each citing one of `articleIds`. */
export function syntheticFlowsCsv(
  n: number,
  regions: Record<string, RegionEntry>,
  articleIds: readonly string[],
  seed = 11
): string {
  const rnd = mulberry32(seed);
  const codes = Object.values(regions)
    .filter((r) => r.levels.includes('county'))
    .map((r) => r.code)
    .sort();
  const pick = () => codes[Math.floor(rnd() * codes.length)];
  const lines = [FLOW_COLUMNS.join(',')];
  for (let i = 0; i < n; i++) {
    const origin = pick();
    let destination = pick();
    while (destination === origin || ancestors(destination, regions).has(origin) || ancestors(origin, regions).has(destination))
      destination = pick();
    const kind = FLOW_KINDS[Math.floor(rnd() * FLOW_KINDS.length)];
    const measure = MEASURE_BY_KIND[kind] ?? '';
    const value =
      measure === ''
        ? ''
        : measure === 'yuan'
          ? String(1e6 * (1 + Math.floor(rnd() * 5000)))
          : String(1 + Math.floor(rnd() * 300));
    const year = String(2015 + Math.floor(rnd() * 10));
    const row: Record<string, string> = {
      id: `syn-${String(i).padStart(5, '0')}`,
      origin,
      destination,
      kind,
      measure,
      value,
      approx: rnd() < 0.2 ? 'true' : 'false',
      period: year,
      period_start: year,
      period_end: year,
      status: FLOW_STATUSES[Math.floor(rnd() * FLOW_STATUSES.length)],
      article: articleIds[Math.floor(rnd() * articleIds.length)],
      note: `synthetic flow ${i} for the scale benchmark`
    };
    lines.push(FLOW_COLUMNS.map((c) => row[c] ?? '').join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * A corpus of `n` seed-shaped article files (20–60 paragraphs, ~4–15 KB, one language each, a date
 * in the header) written under `dir` in folders of 1,000, assembled from the project's own fixture
 * paragraphs (tests/fixtures/ingest/*.txt, never seed text). Same n and seed, same bytes; written
 * one file at a time, so memory stays flat at any n. Returns the total bytes written.
 */
export function writeSyntheticCorpus(dir: string, n: number, paragraphPools: readonly string[][], seed = 42): number {
  const rnd = mulberry32(seed);
  const enc = new TextEncoder();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const pool = paragraphPools[Math.floor(rnd() * paragraphPools.length)];
    const k = 20 + Math.floor(rnd() * 41);
    const parts = [`2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}`];
    for (let j = 0; j < k; j++) parts.push(pool[Math.floor(rnd() * pool.length)]);
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const data = enc.encode(parts.join('\n\n'));
    writeFileSync(join(folder, `syn-${String(i).padStart(6, '0')}.txt`), data);
    bytes += data.length;
  }
  return bytes;
}

/** The fixture paragraphs the synthetic articles are made of, one pool per fixture file. */
export function fixtureParagraphs(fixturesDir: string): string[][] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      readFileSync(join(fixturesDir, f), 'utf8')
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
    );
}
