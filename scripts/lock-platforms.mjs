#!/usr/bin/env node
// The npm registry this project is built from lacks some platform builds of optional native
// packages (msgpackr-extract's darwin/win32/linux-arm ones, pulled in by mapshaper). `npm install`
// then leaves them out of package-lock.json, and `npm ci` refuses the lock as out of sync.
// This puts the missing entries back, marked optional and for their platform, so npm ci skips
// them on Linux x64. Run it after any `npm install` that rewrites the lock.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const FILE = 'package-lock.json';
const lock = JSON.parse(readFileSync(FILE, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const m = /-(darwin|linux|win32|freebsd|android)-(arm64|x64|arm|ia32)(?:-|$)/.exec(name);
    if (!m || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version, cpu: [m[2]], dev: entry.dev, license: entry.license, optional: true, os: [m[1]] };
    added++;
    void path;
  }
}
if (process.argv.includes('--check')) {
  if (added) console.error(`lock-platforms: package-lock.json lacks ${added} optional platform entries; run node scripts/lock-platforms.mjs`);
  process.exit(added ? 1 : 0);
}
if (added) {
  writeFileSync(`${FILE}.tmp`, `${JSON.stringify(lock, null, 2)}\n`);
  renameSync(`${FILE}.tmp`, FILE);
}
console.log(`lock-platforms: ${added} missing platform entr${added === 1 ? 'y' : 'ies'} added`);
