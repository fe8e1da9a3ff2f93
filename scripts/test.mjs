#!/usr/bin/env node
// `npm test`: the lint (ESLint + Prettier, counted as one test), then every unit test (Vitest; the
// boundary tests install geo/'s toolchain first when it is missing) beside every browser test
// (Playwright), then one line with the real totals. A missing browser fails the browser suite
// loudly; it is never skipped.
import { spawn, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { closeSync, mkdirSync, openSync, readFileSync, existsSync, rmSync } from 'node:fs';
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

// The browser tests' build (vite build --mode test) runs beside the lint, which is single-threaded:
// on two cores that takes the build off the run's critical path. Its output goes to a file (the
// synchronous runs below block this process, so a pipe would fill and stall the build).
const BUILD_LOG = 'test-results/build.log';
const buildLog = openSync(BUILD_LOG, 'w');
const build = spawn('npm', ['run', '-s', 'build', '--', '--mode', 'test'], {
  stdio: ['ignore', buildLog, buildLog],
  env: process.env
});
const built = new Promise((resolve) => {
  build.on('error', () => resolve(1));
  build.on('close', (code) => resolve(code ?? 1));
});

console.log('lint: npm run lint (ESLint and prettier --check over the tree)');
const lintExit = run('npm', ['run', '-s', 'lint']);
if (lintExit !== 0)
  console.error(
    '\n*** lint FAILED (counted as 1 failed test): see the messages above; `npm run format` fixes formatting, ESLint errors need a hand ***\n'
  );

// The unit tests run beside the browser tests, on one Vitest worker: software WebGL keeps about one
// and a third of the two cores busy, so the unit tests fill the rest instead of adding their own
// three minutes after (or before) the browser's ten. Their report is printed when both are done,
// so the two never interleave line by line.
const VITEST_LOG = 'test-results/vitest.log';
const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`];
function runAsync(cmd, args, opts, niceness = 0) {
  const child = spawn(cmd, args, { env: process.env, ...opts });
  // The browser tests are the long pole: the unit tests get the CPU they leave idle. Set at once,
  // before npx starts Vitest, so every process it forks inherits it.
  if (niceness && child.pid) {
    try {
      setPriority(child.pid, niceness);
    } catch {
      // Not permitted here: the unit tests then share the CPU evenly, which is only slower.
    }
  }
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

let unitExit;
let browserExit;
const buildExit = await built;
closeSync(buildLog);
if (buildExit === 0) {
  const unitLog = openSync(VITEST_LOG, 'w');
  const unit = runAsync('npx', [...vitestArgs, '--maxWorkers=1'], { stdio: ['ignore', unitLog, unitLog] }, 10);
  console.log(`unit tests: npx vitest run, beside the browser tests (report below when both are done; live in ${VITEST_LOG})`);
  browserExit = await runAsync('tests/node_modules/.bin/playwright', ['test', '-c', 'tests/playwright.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PW_PREBUILT: '1' }
  });
  unitExit = await unit;
  closeSync(unitLog);
  console.log('\nunit tests (Vitest):');
  process.stdout.write(readFileSync(VITEST_LOG, 'utf8'));
} else {
  unitExit = run('npx', vitestArgs);
  console.error(`\n*** the test build FAILED (vite build --mode test), so no browser test ran: ${BUILD_LOG} says ***\n`);
  console.error(readFileSync(BUILD_LOG, 'utf8').split('\n').slice(-30).join('\n'));
  browserExit = 1;
}

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
