// npm run bench:geo — the boundary build, in memory, timed over repeated runs (nothing written).
import { buildGeo } from '../geo/pipeline';
import { round, summarize } from './lib/stats';
import { saveResults } from './lib/results';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function main() {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await buildGeo();
    ms.push(performance.now() - t0);
  }
  const s = summarize(ms);
  saveResults('geo', { buildMs: s });
  console.log(`geo build: median ${round(s.median)} ms over ${s.runs} runs (min ${round(s.min)}, max ${round(s.max)})`);
}

main().catch((e) => {
  console.error(`bench:geo: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
