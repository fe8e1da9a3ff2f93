// Lists the dev corpus's missed and extra flows with their sentences, to group misses by cause
// (`npx tsx scripts/flow-misses.ts [id-prefix…]`). A development aid, not a test: the scores that
// count are tests/ingest/dev-corpus.test.ts's; matching here is the same (sides, measure or kind).
import { readFileSync, readdirSync } from 'node:fs';
import { buildGazetteer, createMatcher, ingestArticle, type RegionsLike } from '../src/lib/ingest/index';

const DIR = 'tests/fixtures/ingest-dev';
const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8')) as RegionsLike;
const matcher = createMatcher(buildGazetteer(regions, readFileSync('data/gazetteer/aliases.csv', 'utf8')));
const name = (c: string) => (regions[c] as { name_zh?: string } | undefined)?.name_zh ?? c;

interface F {
  origin: string[];
  destination: string[];
  kind: string;
  measure: string | null;
  value: number | null;
  offset?: number;
}
const set = (a: string[]) => [...a].sort().join();
const key = (f: F) => (f.measure == null ? `kind:${f.kind}` : `measure:${f.measure}`);
const sides = (p: F, g: F) =>
  (set(p.origin) === set(g.origin) && set(p.destination) === set(g.destination)) ||
  (p.kind === 'cooperation' &&
    g.kind === 'cooperation' &&
    set(p.origin) === set(g.destination) &&
    set(p.destination) === set(g.origin));
const show = (f: F) => `${f.origin.map(name).join('+')}→${f.destination.map(name).join('+')} ${key(f)} ${f.value ?? ''}`;

const prefixes = process.argv.slice(2);
const ids = readdirSync(`${DIR}/articles`)
  .map((f) => f.replace(/\.txt$/, ''))
  .filter((id) => !prefixes.length || prefixes.some((p) => id.startsWith(p)))
  .sort();
const tally = { tp: 0, fp: 0, fn: 0 };
for (const id of ids) {
  const gold = JSON.parse(readFileSync(`${DIR}/gold/${id}.json`, 'utf8')) as { flows: F[] };
  const { record, text } = ingestArticle(new Uint8Array(readFileSync(`${DIR}/articles/${id}.txt`)), id, matcher);
  const pred = ((record as unknown as { flows?: F[] }).flows ?? []).slice();
  const used = new Set<number>();
  const out: string[] = [];
  const sentenceAt = (off: number) => {
    const s = Math.max(text.lastIndexOf('\n', off), ...['。', '. ', '；'].map((p) => text.lastIndexOf(p, off - 1))) + 1;
    const ends = ['\n', '。', '. ', '；'].map((p) => text.indexOf(p, off)).filter((i) => i >= 0);
    return text.slice(s, ends.length ? Math.min(...ends) + 1 : text.length).trim();
  };
  for (const g of gold.flows) {
    const i = pred.findIndex((p, j) => !used.has(j) && sides(p, g) && key(p) === key(g));
    if (i >= 0) {
      used.add(i);
      tally.tp++;
      continue;
    }
    tally.fn++;
    const near = pred.filter((p) => key(p) === key(g) && (g.value == null || p.value === g.value));
    out.push(`  MISS ${show(g)}${near.length ? `   [got ${near.map(show).join('; ')}]` : ''}`);
  }
  pred.forEach((p, i) => {
    if (used.has(i)) return;
    tally.fp++;
    out.push(`  XTRA ${show(p)}   « ${sentenceAt(p.offset ?? 0)} »`);
  });
  if (out.length) console.log(`${id}\n${out.join('\n')}`);
}
const P = tally.tp / (tally.tp + tally.fp);
const R = tally.tp / (tally.tp + tally.fn);
console.log(`\n${ids.length} articles: P ${P.toFixed(3)} R ${R.toFixed(3)} (tp ${tally.tp}, fp ${tally.fp}, fn ${tally.fn})`);
