import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags that give WebGL2 through SwiftShader without a GPU, and keep Chromium off the network. */
export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
];

const INSTALL_HINT =
  'No Chromium for the browser tests: set CHROMIUM_PATH, or run `apt-get install -y chromium fonts-noto-cjk` (Debian), then `npm test` again.';

/**
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 * Never a silent skip: without a browser the browser tests must fail with an instruction.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    // Playwright's own browser, if someone installed it where downloads work.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* fall through to the instruction */
  }
  throw new Error(INSTALL_HINT);
}
