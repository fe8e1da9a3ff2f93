#!/usr/bin/env node
// Toolchains kept out of the root install so `npm install` stays light for running the explorer.
// Each is a package of its own with its own lock, installed on demand into <dir>/node_modules with
// `npm ci` (so the lock is never rewritten), again whenever its lock changes:
//   geo    the boundary pipeline (mapshaper, the code tables, full Turf): npm run geo, bench:geo,
//          the Vitest project of tests/geo/;
//   tests  the test and lint toolchain (ESLint, Prettier, TypeScript, svelte-check, Playwright):
//          npm test, npm run lint, npm run check, npm run test:browser.
// CLI: node scripts/toolchain.mjs <name> [--check]  (--check only reports; exit 1 when an install is needed).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const TOOLCHAINS = {
  // Optional dependencies are only mapshaper's GeoPackage reader (better-sqlite3, compiled from
  // source) and msgpackr's native speed-up: the pipeline uses neither.
  geo: { dir: 'geo', omit: 'optional', what: 'the boundary toolchain', time: 'a few minutes' },
  // Peers (svelte, playwright-core) are left out so they resolve to the root's one copy: the linted,
  // type-checked and tested Svelte is the one the app is built with, never a second install.
  tests: { dir: 'tests', omit: 'peer', what: 'the test and lint toolchain', time: 'under a minute' }
};

function lockHash(dir) {
  return createHash('sha256')
    .update(readFileSync(join(ROOT, dir, 'package-lock.json')))
    .digest('hex');
}

const stampOf = (dir) => join(ROOT, dir, 'node_modules', '.jjj-lock-sha256');

export function toolchainCurrent(name) {
  const { dir } = TOOLCHAINS[name];
  const stamp = stampOf(dir);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash(dir);
}

export function ensureToolchain(name, { quiet = false } = {}) {
  if (toolchainCurrent(name)) return;
  const { dir, omit, what, time } = TOOLCHAINS[name];
  if (!quiet) console.log(`${name}: installing ${what} into ${dir}/node_modules (npm ci --prefix ${dir}; once, ${time})…`);
  const started = Date.now();
  const r = spawnSync(
    'npm',
    ['ci', '--prefix', join(ROOT, dir), `--omit=${omit}`, '--no-audit', '--no-fund', '--loglevel=error'],
    {
      stdio: 'inherit'
    }
  );
  if (r.status !== 0) throw new Error(`could not install ${what} (npm ci --prefix ${dir} exited ${r.status})`);
  writeFileSync(stampOf(dir), `${lockHash(dir)}\n`);
  if (!quiet) console.log(`${name}: ${what} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!(name in TOOLCHAINS)) {
    console.error(`toolchain: name one of ${Object.keys(TOOLCHAINS).join(', ')} (got ${name ?? 'nothing'})`);
    process.exit(2);
  }
  if (process.argv.includes('--check')) {
    const ok = toolchainCurrent(name);
    if (!ok)
      console.error(
        `${name}: ${TOOLCHAINS[name].what} is not installed (or its lock changed): run node scripts/toolchain.mjs ${name}`
      );
    process.exit(ok ? 0 : 1);
  }
  try {
    ensureToolchain(name);
  } catch (e) {
    console.error(`${name}: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
