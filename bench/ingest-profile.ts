/**
 * tsx bench/ingest-profile.ts [rounds] — the bench:ingest corpus (1,000 seeded articles) ingested
 * `rounds` times in one process, for a CPU profile: run with
 *   node --import tsx --cpu-prof --cpu-prof-dir=DIR bench/ingest-profile.ts 5
 * and summarise with `tsx bench/lib/profile-summary.ts DIR/*.cpuprofile`.
 * Prints CPU-seconds and MB per CPU-second so a profiled run can be told from a disturbed one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchCorpus } from './lib/ingest-corpus';
import { buildGazetteer, createMatcher, ingestArticle } from '../src/lib/ingest/index';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = `${root}tests/fixtures/ingest/`;
const regions = JSON.parse(readFileSync(`${fixtures}regions.json`, 'utf8'));
const matcher = createMatcher(buildGazetteer(regions, readFileSync(`${root}data/gazetteer/aliases.csv`, 'utf8')));
const docs = benchCorpus(fixtures, 1000, 42);
const bytes = docs.reduce((s, d) => s + d.length, 0);
const rounds = Number(process.argv[2] ?? 5);
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) docs.forEach((d, i) => ingestArticle(d, `a${i}`, matcher));
const c = process.cpuUsage(c0);
const s = (c.user + c.system) / 1e6;
console.log(
  `${rounds} × ${(bytes / 1e6).toFixed(1)} MB: ${s.toFixed(2)} CPU-s, ${((rounds * bytes) / 1e6 / s).toFixed(2)} MB/CPU-s`
);
