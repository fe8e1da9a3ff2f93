/**
 * The bench:ingest corpus: seeded articles of 20–60 fixture paragraphs (roughly 4–15 KB, like the
 * seeds), one language each, with a date line. Same n and seed, same bytes.
 */
import { fixtureParagraphs, mulberry32 } from './synthetic';

export function benchCorpus(fixturesDir: string, n: number, seed: number): Uint8Array[] {
  const paragraphs = fixtureParagraphs(fixturesDir);
  const rnd = mulberry32(seed);
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const pool = paragraphs[Math.floor(rnd() * paragraphs.length)];
    const k = 20 + Math.floor(rnd() * 41);
    const parts = [`2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}`];
    for (let j = 0; j < k; j++) parts.push(pool[Math.floor(rnd() * pool.length)]);
    out.push(enc.encode(parts.join('\n\n')));
  }
  return out;
}
