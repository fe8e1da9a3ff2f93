import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeNeeding } from '../needs';
import { flowArcs } from '../../src/lib/flows/arcs';
import { articleFiguresFrom, checkFigures } from '../../src/lib/flows/figures';
import { regionLookup } from '../../src/lib/flows/lookup';
import { parseFlows } from '../../src/lib/flows/parse';
import { formatIssue, type Flow } from '../../src/lib/flows/types';
import type { RegionIndex } from '../../src/lib/regions/types';

const ROOT = resolve(__dirname, '../..');
const CSV = readFileSync(resolve(ROOT, 'data/flows.csv'), 'utf8');
const REGIONS = resolve(ROOT, 'geo/out/regions.json');
const SEEDS = resolve(ROOT, '../shared/seeds');
const ARTICLES_JSON = resolve(ROOT, 'data/articles.json');
const SEED_IDS = [
  '000_54e726bbec0b33e5',
  '001_e94af177189d6235',
  '002_73cf914e94b4181e',
  '003_2825da8afab466f9',
  '004_6bf26d371d9525f0'
];

function loadRegions() {
  if (!existsSync(REGIONS)) {
    throw new Error('geo/out/regions.json is missing: run `npm run geo`; the region codes of data/flows.csv are NOT checked');
  }
  return regionLookup(JSON.parse(readFileSync(REGIONS, 'utf8')) as RegionIndex);
}

/** The rows read without the region index: every 6-digit code passes, all other checks apply. */
function contentOnly(): Flow[] {
  const codes = new Map<string, string | null>();
  for (const m of CSV.matchAll(/\b\d{6}\b/g)) codes.set(m[0], null);
  const { flows, issues } = parseFlows(CSV, { file: 'data/flows.csv', regions: codes, articles: new Set(SEED_IDS) });
  expect(issues.map(formatIssue)).toEqual([]);
  return flows;
}

describe('data/flows.csv', () => {
  it('validates clean against geo/out/regions.json and the article ids', () => {
    const { parents } = loadRegions();
    const ids = existsSync(SEEDS)
      ? readdirSync(SEEDS)
          .filter((n) => n.endsWith('.txt'))
          .map((n) => n.slice(0, -4))
      : articleFiguresFrom(JSON.parse(readFileSync(ARTICLES_JSON, 'utf8'))).map((a) => a.id);
    const { flows, issues } = parseFlows(CSV, { file: 'data/flows.csv', regions: parents, articles: new Set(ids) });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(flows.length).toBe(CSV.trim().split('\n').length - 1);
  });

  it('draws every flow: one finite arc per origin member × destination member', () => {
    const { labels } = loadRegions();
    const flows = contentOnly();
    const arcs = flowArcs(flows, labels);
    expect(arcs.features).toHaveLength(flows.reduce((n, f) => n + f.origin.length * f.destination.length, 0));
    for (const a of arcs.features) {
      for (const [x, y] of a.geometry.coordinates) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(a.properties.width).toBeGreaterThan(0);
    }
  });

  it('states the figures its articles state (data/articles.json)', () => {
    if (!existsSync(ARTICLES_JSON)) {
      throw new Error('data/articles.json is missing: run the ingest; flow values are NOT checked against article figures');
    }
    const flows = contentOnly();
    const issues = checkFigures(flows, articleFiguresFrom(JSON.parse(readFileSync(ARTICLES_JSON, 'utf8'))), 'data/flows.csv');
    expect(issues.map(formatIssue)).toEqual([]);
  });

  let flows: Flow[] = [];
  beforeAll(() => {
    flows = contentOnly();
  });
  const find = (origin: string, destination: string, measure: string | null, kind?: string) =>
    flows.filter(
      (f) =>
        f.origin.join('+') === origin &&
        f.destination.join('+') === destination &&
        f.measure === measure &&
        (!kind || f.kind === kind)
    );

  it.each([
    ['Beijing → Tianjin projects since 2017', '110000', '120000', 'projects', 4959, 2017],
    ['Beijing → Tianjin yuan since 2017', '110000', '120000', 'yuan', 731_900_000_000, 2017],
    ['Beijing+Tianjin → Cangzhou projects', '110000+120000', '130900', 'projects', 672, null],
    ['Beijing+Tianjin → Cangzhou yuan', '110000+120000', '130900', 'yuan', 278_700_000_000, null],
    ['Beijing+Tianjin → Zhangjiakou projects', '110000+120000', '130700', 'projects', 235, null],
    ['Beijing+Hebei → Heping projects 2023', '110000+130000', '120101', 'projects', 402, 2023],
    ['Beijing+Hebei → Heping yuan 2023', '110000+130000', '120101', 'yuan', 1_200_000_000, 2023],
    ['Beijing+Hebei → Heping enterprises since 2021', '110000+130000', '120101', 'enterprises', 1700, 2021],
    ['Beijing+Hebei → Heping yuan since 2021', '110000+130000', '120101', 'yuan', 20_000_000_000, 2021],
    ["Tianjin → Xiong'an, Chengde, Yu County, Qinglong schools", '120000', '133100+130800+130726+130321', 'schools', 5, null]
  ])('has %s', (_n, origin, destination, measure, value, start) => {
    const hit = find(origin, destination, measure).filter((f) => f.value === value);
    expect(hit).toHaveLength(1);
    expect(hit[0].periodStart).toBe(start);
  });

  it('marks "more than" figures approximate and groups never split', () => {
    expect(flows.find((f) => f.value === 1700)!.approx).toBe(true);
    expect(flows.find((f) => f.value === 500)!.approx).toBe(true);
    expect(flows.find((f) => f.value === 4959)!.approx).toBe(false);
    // a group's figure appears once, on the group, never as per-member halves
    expect(flows.filter((f) => f.value === 672 || f.value === 336)).toHaveLength(1);
  });

  it('counts flows per article as the report says', () => {
    const per = Object.fromEntries(SEED_IDS.map((id) => [id, flows.filter((f) => f.article === id).length]));
    expect(per).toEqual({
      '000_54e726bbec0b33e5': 3,
      '001_e94af177189d6235': 15,
      '002_73cf914e94b4181e': 3,
      '003_2825da8afab466f9': 20,
      '004_6bf26d371d9525f0': 0
    });
  });

  describeNeeding({ 'the seed corpus (../shared/seeds)': SEEDS }, 'notes against the articles', () => {
    it('notes are our own words: no 30-character run of any note appears in its article', () => {
      const norm = (s: string) => s.toLowerCase().replace(/[\s\u3000]+/g, ' ');
      for (const f of flows) {
        const text = norm(readFileSync(resolve(SEEDS, `${f.article}.txt`), 'utf8'));
        const note = norm(f.note);
        for (let i = 0; i + 30 <= note.length; i++) {
          expect(text.includes(note.slice(i, i + 30)), `${f.id}: "${note.slice(i, i + 30)}"`).toBe(false);
        }
      }
    });
  });
});
