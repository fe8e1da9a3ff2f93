#!/usr/bin/env node
// The boundary pipeline's toolchain (mapshaper, the source packages, full Turf; ~550 MB) lives in
// geo/package.json with its own lock, so `npm install` at the root stays light. This installs it
// into geo/node_modules when it is missing or its lock has changed since the last install, with
// `npm ci` so the lock is never rewritten. Used by `npm run geo`, `npm run bench:geo`, `npm test`
// and the Vitest project of tests/geo/. `--check` only reports (exit 1 when an install is needed).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GEO = join(dirname(fileURLToPath(import.meta.url)), '..', 'geo');
const LOCK = join(GEO, 'package-lock.json');
const STAMP = join(GEO, 'node_modules', '.jjj-lock-sha256');

export function geoDepsCurrent() {
  if (!existsSync(STAMP)) return false;
  const want = createHash('sha256').update(readFileSync(LOCK)).digest('hex');
  return readFileSync(STAMP, 'utf8').trim() === want;
}

export function ensureGeoDeps({ quiet = false } = {}) {
  if (geoDepsCurrent()) return;
  if (!quiet)
    console.log('geo: installing the boundary toolchain into geo/node_modules (npm ci --prefix geo; once, a few minutes)…');
  const started = Date.now();
  // Optional dependencies are only mapshaper's GeoPackage reader (better-sqlite3, compiled from
  // source) and msgpackr's native speed-up: the pipeline uses neither.
  const r = spawnSync('npm', ['ci', '--prefix', GEO, '--omit=optional', '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit'
  });
  if (r.status !== 0) throw new Error(`could not install geo/'s toolchain (npm ci --prefix geo exited ${r.status})`);
  writeFileSync(STAMP, `${createHash('sha256').update(readFileSync(LOCK)).digest('hex')}\n`);
  if (!quiet) console.log(`geo: toolchain installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const ok = geoDepsCurrent();
    if (!ok) console.error('geo: the boundary toolchain is not installed (or its lock changed): run node scripts/geo-deps.mjs');
    process.exit(ok ? 0 : 1);
  }
  try {
    ensureGeoDeps();
  } catch (e) {
    console.error(`geo: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
