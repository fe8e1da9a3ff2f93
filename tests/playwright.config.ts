import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser/chromium';

// This file lives in tests/ beside the toolchain it imports (tests/package.json); paths and the
// server's working directory are the repository root's.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Not vite preview's default port, so a preview left running never stands in for the build under test.
const PORT = Number(process.env.PW_PORT ?? 4179);

export default defineConfig({
  testDir: 'browser',
  // `npm run screenshots` runs the *.shots.ts files instead: pictures to look at, not checks.
  testMatch: process.env.SHOTS ? '**/*.shots.ts' : '**/*.spec.ts',
  outputDir: `${ROOT}test-results/browser`,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  // Software WebGL is CPU-bound: two maps at once on two cores only slows both.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: `${ROOT}test-results/playwright.json` }]],
  use: {
    // One browser context per worker, reset between tests (cookies, storage, cache, routes, extra
    // pages; fixtures.ts drops the test's listeners), instead of a new one per test. Measured: a new
    // context costs ~3 CPU-s per test on this machine (a window with its own WebUI renderer, a cold
    // renderer process, the app's JS compiled again) against ~3.5 CPU-s for the map load itself.
    // Tests that change isMobile/hasTouch still get their own context (Playwright decides).
    // PW_FRESH_CONTEXT=1 gives every test its own again: to tell a leak between tests from a failure.
    reuseContext: !process.env.PW_FRESH_CONTEXT,
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'off'
  },
  webServer: {
    // A test build (--mode test) exposes the map to tests as window.__map; npm run build never does.
    // npm test builds beside its lint and sets PW_PREBUILT; run on its own, Playwright builds first.
    command: `${process.env.PW_PREBUILT ? '' : 'npm run build -- --mode test && '}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe'
  }
});
