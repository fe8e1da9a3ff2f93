// npm run bench — every benchmark in turn, then the table of bench/results.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const steps = ['bench:load', 'bench:open', 'bench:ingest', 'bench:geo'];
let failed = 0;
for (const s of steps) {
  console.log(`\n=== npm run ${s}`);
  const r = spawnSync('npm', ['run', '-s', s], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const rows: Record<string, { measured: string; goal: string }> = {};
if (results.load)
  rows['load: ready vs bare page'] = { measured: `${results.load.ratio.medianOfRatios}×`, goal: '≤ 1.3×' };
if (results.load)
  rows['load: first load gzipped'] = { measured: `${results.load.firstLoadGzipKB.appTotal} KB`, goal: '≤ 650 KB' };
if (results.openArticles)
  rows['open 1,000 articles'] = { measured: `${Math.round(results.openArticles.loadMs.median)} ms`, goal: '< 5000 ms' };
if (results.geo) rows['geo build'] = { measured: `${Math.round(results.geo.buildMs.median)} ms`, goal: '—' };
console.log('\nSummary (bench/results.json; bench:ingest prints its own table above)');
console.table(rows);
process.exit(failed ? 1 : 0);
