/**
 * tsx bench/lib/dump-ingest.ts [--src DIR] > out.jsonl — every output of the ingest (record, mention
 * and figure spans) on the seeds, the development corpus, the fixture articles, seeded synthetic
 * articles and long files with and without line breaks, one JSON line per input. `--src` names the
 * tree whose src/lib/ingest is run (default this one; /work/main for main's), so speed work can be
 * checked to change no output at all: dump both, `cmp` the files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fixtureParagraphs, mulberry32 } from './synthetic';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = process.argv.indexOf('--src');
const src = at > 0 ? process.argv[at + 1] : root;
type Lib = typeof import('../../src/lib/ingest/index');
const lib: Lib = await import(pathToFileURL(join(src, 'src/lib/ingest/index.ts')).href);

const aliases = readFileSync(join(root, 'data/gazetteer/aliases.csv'), 'utf8');
const matchers: [string, ReturnType<Lib['createMatcher']>][] = [
  [
    'fixture',
    lib.createMatcher(
      lib.buildGazetteer(JSON.parse(readFileSync(join(root, 'tests/fixtures/ingest/regions.json'), 'utf8')), aliases)
    )
  ]
];
const real = join(root, 'geo/out/regions.json');
if (existsSync(real))
  matchers.push(['real', lib.createMatcher(lib.buildGazetteer(JSON.parse(readFileSync(real, 'utf8')), aliases))]);

const inputs: [string, Uint8Array][] = [];
const dirs = [
  join(root, '../shared/seeds'),
  join(root, 'tests/fixtures/ingest-dev/articles'),
  join(root, 'tests/fixtures/ingest')
];
for (const d of dirs)
  if (existsSync(d))
    for (const f of readdirSync(d)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      inputs.push([`${d}/${f}`, new Uint8Array(readFileSync(join(d, f)))]);
const pools = fixtureParagraphs(join(root, 'tests/fixtures/ingest/'));
const rnd = mulberry32(5);
const enc = new TextEncoder();
for (let i = 0; i < 200; i++) {
  const pool = pools[Math.floor(rnd() * pools.length)];
  const parts = ['2024-05-12'];
  for (let j = 0, k = 20 + Math.floor(rnd() * 41); j < k; j++) parts.push(pool[Math.floor(rnd() * pool.length)]);
  inputs.push([`syn${i}`, enc.encode(parts.join(i % 3 === 0 ? ' ' : '\n\n'))]);
}
const flat = pools.flat();
for (const sep of ['\n\n', ' ', '']) {
  const parts: string[] = [];
  for (let n = 0; n < 2e6;) {
    const p = flat[Math.floor(rnd() * flat.length)];
    parts.push(p);
    n += p.length;
  }
  inputs.push([`long${JSON.stringify(sep)}`, enc.encode(parts.join(sep))]);
}

for (const [name, m] of matchers)
  for (const [file, bytes] of inputs) {
    let line: string;
    try {
      const r = lib.ingestArticle(bytes, file, m);
      line = JSON.stringify({ matcher: name, record: r.record, mentions: r.mentions, figures: r.figures });
    } catch (e) {
      line = JSON.stringify({ matcher: name, file, error: String(e) });
    }
    process.stdout.write(line + '\n');
  }
