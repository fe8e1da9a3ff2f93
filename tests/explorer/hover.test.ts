import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlows } from '../../src/lib/flows/parse';
import { flowArcs } from '../../src/lib/flows/arcs';
import { consolidateFlows } from '../../src/lib/flows/consolidate';
import { reviewedStatements } from '../../src/lib/flows/statements';
import { flowHover } from '../../src/lib/report/hover';
import { flowLines } from '../../src/lib/report/details';
import { regionNames } from '../../src/lib/format/regionName';
import type { RegionIndex } from '../../src/lib/regions/types';

const ROOT = resolve(__dirname, '../..');
const regions = JSON.parse(readFileSync(resolve(ROOT, 'geo/out/regions.json'), 'utf8')) as RegionIndex;
const articles = (
  JSON.parse(readFileSync(resolve(ROOT, 'data/articles.json'), 'utf8')) as { articles: { id: string; date: string | null }[] }
).articles;
const { flows } = parseFlows(readFileSync(resolve(ROOT, 'data/flows.csv'), 'utf8'), {
  file: 'data/flows.csv',
  regions: new Map(Object.values(regions).map((r) => [r.code, r.parent])),
  articles: new Set(articles.map((a) => a.id))
});
const dates = new Map(articles.map((a) => [a.id, a.date]));
const distinct = consolidateFlows(reviewedStatements(flows, (id) => dates.get(id) ?? null));
const labels = Object.fromEntries(Object.values(regions).map((r) => [r.code, r.label]));
const BAD = /NaN|undefined|Infinity|\bnull\b|\b(\d{4})–\1\b|science_park|service_items|implausible_/;

describe('hover cards and detail lines of the bundled flows', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`read cleanly in ${lang}`, () => {
      const byId = new Map(distinct.map((f) => [f.id, f]));
      for (const arc of flowArcs(distinct, labels).features.map((f) => f.properties)) {
        const card = flowHover(arc, byId.get(arc.flow), lang, (c) => regionNames(regions, c, lang));
        const text = [card.title, ...card.lines].join('\n');
        expect(text).not.toMatch(BAD);
        // A line drawn to one member of a group names the whole group and says the figure is the group's.
        if (arc.grouped) expect(card.lines[card.lines.length - 1]).toMatch(/group|多地/);
      }
    });
  }
  it('says which Beijing → Cangzhou line is a shared figure', () => {
    const arc = flowArcs(distinct, labels)
      .features.map((f) => f.properties)
      .find((a) => a.flow === '003-13' && a.origin === '110000')!;
    const card = flowHover(
      arc,
      distinct.find((f) => f.id === '003-13'),
      'en',
      (c) => regionNames(regions, c, 'en')
    );
    expect(card.title).toBe('Beijing + Tianjin → Cangzhou');
    expect(card.lines[0]).toBe('Projects: 47 projects');
  });
  it('never prints NaN in a detail line of any region', () => {
    for (const code of Object.keys(regions)) {
      const { flowsIn, flowsOut } = flowLines(code, distinct, regions, 'en');
      for (const l of [...flowsIn, ...flowsOut]) expect(JSON.stringify(l)).not.toMatch(/NaN|Infinity/);
    }
  });
});
