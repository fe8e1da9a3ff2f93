/**
 * The ingest worker as one plain JavaScript file, so a worker thread starts without tsx: in Node 20
 * each worker would otherwise register tsx's loader (its own hooks thread) and load every TypeScript
 * module through it, ~0.8 s of CPU per worker on this machine against ~0.1 s for the bundle. Built by
 * esbuild (the compiler tsx itself runs on) and kept in the temp folder, reused while the files it was
 * built from are unchanged. Null when esbuild cannot be loaded: the workers then boot through tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './tempfiles';

const ENTRY = fileURLToPath(new URL('./ingest.worker.ts', import.meta.url));
const ROOT = resolve(dirname(ENTRY), '../..');

function hashOf(inputs: readonly string[]): string | null {
  const h = createHash('sha256');
  try {
    for (const f of inputs)
      h.update(f)
        .update('\0')
        .update(readFileSync(join(ROOT, f)))
        .update('\0');
  } catch {
    return null; // an input is gone: build again
  }
  return h.digest('hex');
}

export async function workerBundle(): Promise<string | null> {
  const dir = join(tmpdir(), `jjj-ingest-worker-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
  const js = join(dir, 'worker.mjs');
  const meta = join(dir, 'inputs.json');
  try {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { inputs: string[]; hash: string };
    if (existsSync(js) && hashOf(m.inputs) === m.hash) return js;
  } catch {
    /* no bundle yet */
  }
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  try {
    const r = await esbuild.build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent'
    });
    const inputs = Object.keys(r.metafile.inputs).sort();
    const hash = hashOf(inputs);
    if (!hash) return null;
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(js, Buffer.from(r.outputFiles[0].contents));
    writeFileAtomic(meta, JSON.stringify({ inputs, hash }));
    return js;
  } catch {
    return null; // e.g. a read-only temp folder: tsx still works
  }
}
