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
