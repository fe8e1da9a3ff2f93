#!/usr/bin/env node
// The npm registry this project is built from lacks some platform builds of optional native
// packages (msgpackr-extract's darwin/win32/linux-arm ones, pulled in by mapshaper, which is in
// geo/package-lock.json since the boundary toolchain became its own package). `npm install` then
// leaves them out of the lock, and `npm ci` refuses the lock as out of sync.
// This puts the missing entries back, marked optional and for their platform, so npm ci skips
// them on Linux x64. Run it after any `npm install` that rewrites a lock (every lock by default,
// or the lock files named on the command line).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const files = process.argv.slice(2).filter((a) => a !== '--check');
let failed = false;
for (const file of files.length ? files : ['package-lock.json', 'geo/package-lock.json', 'tests/package-lock.json'])
  failed = fixLock(file) || failed;
process.exit(failed ? 1 : 0);

/** Adds the missing entries to one lock (or with --check reports them); true when --check found some. */
function fixLock(FILE) {
  const lock = JSON.parse(readFileSync(FILE, 'utf8'));
  const packages = lock.packages;
  let added = 0;
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const m = /-(darwin|linux|win32|freebsd|android)-(arm64|x64|arm|ia32)(?:-|$)/.exec(name);
      if (!m || packages[`node_modules/${name}`]) continue;
      packages[`node_modules/${name}`] = {
        version,
        cpu: [m[2]],
        dev: entry.dev,
        license: entry.license,
        optional: true,
        os: [m[1]]
      };
      added++;
      void path;
    }
  }
  if (check) {
    if (added)
      console.error(`lock-platforms: ${FILE} lacks ${added} optional platform entries; run node scripts/lock-platforms.mjs`);
    return added > 0;
  }
  if (added) {
    // In npm's own order, so a later `npm install` finds nothing to rewrite.
    lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
    writeFileSync(`${FILE}.tmp`, `${JSON.stringify(lock, null, 2)}\n`);
    renameSync(`${FILE}.tmp`, FILE);
  }
  console.log(`lock-platforms: ${FILE}: ${added} missing platform entr${added === 1 ? 'y' : 'ies'} added`);
  return false;
}
