// npm run bench — every benchmark in turn, then one table of bench/results.json against the goals.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { saveResults } from './lib/results';

const steps = ['bench:load', 'bench:interaction', 'bench:scale', 'bench:open', 'bench:ingest', 'bench:geo'];
const failed: string[] = [];
const t0 = Date.now();
for (const s of steps) {
  console.log(`\n=== npm run ${s}`);
  const started = Date.now();
  if (s === 'bench:ingest') {
    // bench/ingest.ts prints and saves nothing else: its figures are read from its output.
    const r = spawnSync('npm', ['run', '-s', s], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(r.stdout ?? '');
    if (r.status !== 0) failed.push(s);
    else saveResults('ingest', parseIngest(r.stdout));
  } else {
    const r = spawnSync('npm', ['run', '-s', s], { stdio: 'inherit' });
    if (r.status !== 0) failed.push(s);
  }
  console.log(`(${s}: ${Math.round((Date.now() - started) / 1000)} s)`);
}

function parseIngest(out: string) {
  const rows = [...out.matchAll(/^\s*(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)(?:\s+([\d.]+|—))?\s*$/gm)].map((m) => ({
    articles: Number(m[1]),
    megabytes: Number(m[2]),
    seconds: Number(m[3]),
    mbPerS: Number(m[4]),
    articlesPerS: Number(m[5]),
    mbPerCpuS: m[6] && m[6] !== '—' ? Number(m[6]) : null
  }));
  const core = /^MB\/s per core \(issue 12: ≥ 10\): ([\d.]+) \(en ([\d.]+), zh ([\d.]+)/m.exec(out);
  const ratio = /time ratio 10k\/1k: ([\d.]+)/.exec(out);
  const matching = /modern-ahocorasick on raw text ([\d.]+) MB\/s, matcher \(.*?\) ([\d.]+) MB\/s/.exec(out);
  return {
    runs: rows,
    timeRatio10kTo1k: ratio ? Number(ratio[1]) : null,
    perCore: core ? { mbPerCpuS: Number(core[1]), en: Number(core[2]), zh: Number(core[3]), goal: 10 } : null,
    goalRatio: 11,
    matchingMBps: matching ? { modernAhocorasick: Number(matching[1]), matcher: Number(matching[2]) } : null,
    note: 'one timed run per size (bench/ingest.ts), parsed from its output by bench/all.ts'
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const R: Record<string, any> = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const f = (x: number | undefined, d = 0) => (x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(d));
const spread = (s: { min: number; max: number } | undefined, d = 0) => (s ? `${f(s.min, d)}–${f(s.max, d)}` : '—');
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'met' : 'NOT met');
type Row = { measured: string; 'min–max': string; ratio: string; goal: string; '': string };
const rows: Record<string, Row> = {};
const add = (name: string, measured: string, range: string, ratio: string, goal: string, ok: boolean | null) =>
  (rows[name] = { measured, 'min–max': range, ratio, goal, '': verdict(ok) });

const section = (name: string, fill: () => void) => {
  if (!R[name]) return;
  try {
    fill();
  } catch {
    add(`${name}: results in an older format`, 'rerun it', '', '', '', null);
  }
};
section('load', () => {
  const l = R.load;
  add(
    'load: ready, explorer vs bare',
    `${f(l.readyMs.app.median)} vs ${f(l.readyMs.bare.median)} ms`,
    spread(l.readyMs.app),
    `${l.ratio.medianOfRatios}×`,
    '≤ 1.3×',
    l.ratio.medianOfRatios <= 1.3
  );
  if (l.ratioCssSea)
    add(
      'load: vs bare with a CSS sea',
      `${f(l.readyMs.app.median)} vs ${f(l.readyMs.bareCssSea.median)} ms`,
      spread(l.readyMs.bareCssSea),
      `${l.ratioCssSea.medianOfRatios}×`,
      'reference',
      null
    );
  add('load: first load gzipped', `${l.firstLoadGzipKB.appTotal} KB`, '', '', '≤ 650 KB', l.firstLoadGzipKB.appTotal <= 650);
});
section('interaction', () => {
  for (const level of ['district', 'county']) {
    const x = R.interaction[level];
    if (!x) continue;
    add(
      `${level}: hover → highlight`,
      `${f(x.hoverMs.app.median, 1)} ms (bare ${f(x.hoverMs.bare.median, 1)})`,
      spread(x.hoverMs.app, 1),
      `${x.hoverMs.ratio}×`,
      '≤ 50 ms',
      x.hoverMs.app.median <= 50
    );
    add(
      `${level}: click → details`,
      `${f(x.clickToDetailsMs.median, 1)} ms`,
      spread(x.clickToDetailsMs, 1),
      '',
      '≤ 50 ms',
      x.clickToDetailsMs.median <= 50
    );
    add(
      `${level}: pan, mean frame`,
      `${f(x.pan.app.meanFrameMs.median)} vs ${f(x.pan.bare.meanFrameMs.median)} ms`,
      spread(x.pan.app.meanFrameMs),
      `${x.pan.ratio.mean}×`,
      'vs bare',
      null
    );
    add(
      `${level}: pan, p95 frame`,
      `${f(x.pan.app.p95FrameMs.median)} vs ${f(x.pan.bare.p95FrameMs.median)} ms`,
      spread(x.pan.app.p95FrameMs),
      `${x.pan.ratio.p95}×`,
      'vs bare',
      null
    );
  }
});
section('scale', () => {
  const s = R.scale;
  add(
    'scale: ready, county',
    `${f(s.scale.readyMs.median)} vs ${f(s.normal.readyMs.median)} ms`,
    spread(s.scale.readyMs),
    `${s.growth.readyMs}×`,
    'growth',
    null
  );
  add(
    'scale: JS heap',
    `${f(s.scale.heapMB.median, 1)} vs ${f(s.normal.heapMB.median, 1)} MB`,
    spread(s.scale.heapMB, 1),
    `${s.growth.heapMB}×`,
    'growth',
    null
  );
  add(
    'scale: pan, mean frame',
    `${f(s.scale.panMeanFrameMs.median)} vs ${f(s.normal.panMeanFrameMs.median)} ms`,
    spread(s.scale.panMeanFrameMs),
    `${s.growth.panMeanFrameMs}×`,
    'growth',
    null
  );
});
if (R.openArticles)
  add(
    'open 1,000 articles',
    `${f(R.openArticles.loadMs.median)} ms`,
    spread(R.openArticles.loadMs),
    '',
    '< 5000 ms',
    R.openArticles.loadMs.median < 5000
  );
if (R.ingest?.runs?.length) {
  const big = R.ingest.runs[R.ingest.runs.length - 1];
  add('ingest: throughput', `${big.mbPerS} MB/s (${big.articles} articles)`, '', '', '—', null);
  if (R.ingest.perCore)
    add(
      'ingest: MB/s per core',
      `${R.ingest.perCore.mbPerCpuS} (en ${R.ingest.perCore.en}, zh ${R.ingest.perCore.zh})`,
      '',
      '',
      '≥ 10',
      R.ingest.perCore.mbPerCpuS >= 10
    );
  add(
    'ingest: time 10k / 1k',
    `${R.ingest.timeRatio10kTo1k}`,
    '',
    '',
    '≤ 11 (linear)',
    R.ingest.timeRatio10kTo1k !== null && R.ingest.timeRatio10kTo1k <= 11
  );
}
if (R.geo) add('geo build (in memory)', `${f(R.geo.buildMs.median)} ms`, spread(R.geo.buildMs), '', '—', null);

console.log(`\nSummary (bench/results.json; medians; ${Math.round((Date.now() - t0) / 60000)} min in all)`);
console.table(rows);
if (failed.length) console.log(`FAILED: ${failed.join(', ')} (their rows above are from an earlier run, if any)`);
process.exit(failed.length ? 1 : 0);
