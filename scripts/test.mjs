#!/usr/bin/env node
// `npm test`: the lint (ESLint + Prettier, counted as one test), every unit test (Vitest; the
// boundary tests install geo/'s toolchain first when it is missing), then every browser test
// (Playwright), then one line with the real totals. A missing browser fails the browser suite
// loudly; it is never skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureToolchain } from './toolchain.mjs';

// ESLint, Prettier, TypeScript and Playwright live in tests/package.json, out of the root install.
ensureToolchain('tests');

mkdirSync('test-results', { recursive: true });
const VITEST_JSON = 'test-results/vitest.json';
const PW_JSON = 'test-results/playwright.json';
for (const f of [VITEST_JSON, PW_JSON]) rmSync(f, { force: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

console.log('lint: npm run lint (ESLint and prettier --check over the tree)');
const lintExit = run('npm', ['run', '-s', 'lint']);
if (lintExit !== 0)
  console.error(
    '\n*** lint FAILED (counted as 1 failed test): see the messages above; `npm run format` fixes formatting, ESLint errors need a hand ***\n'
  );

const unitExit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`]);
const browserExit = run('tests/node_modules/.bin/playwright', ['test', '-c', 'tests/playwright.config.ts']);

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0,
  failed = 0,
  skipped = 0;
if (lintExit === 0) passed += 1;
else failed += 1;
const v = readJson(VITEST_JSON);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count but is still a failure.
  failed += (v.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
} else if (unitExit !== 0) failed += 1;

const p = readJson(PW_JSON);
if (p?.stats) {
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.stats.flaky ?? 0);
  skipped += p.stats.skipped;
  if (p.errors?.length && p.stats.expected + p.stats.unexpected === 0) failed += p.errors.length;
} else if (browserExit !== 0) failed += 1;

if (skipped) console.log(`\nSkipped tests: ${skipped} (each skip prints its reason above).`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(lintExit !== 0 || unitExit !== 0 || browserExit !== 0 || failed > 0 ? 1 : 0);
