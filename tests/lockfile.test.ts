import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// npm ci refuses a lock that lacks optional platform builds this registry cannot serve; see scripts/lock-platforms.mjs.
it('every lock keeps the optional platform entries npm ci needs', () => {
  const r = spawnSync(process.execPath, ['scripts/lock-platforms.mjs', '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

// A fresh clone's `npm install` must not rewrite the committed lock (it used to reorder 48 lines).
// Resolved from npm's cache only (--offline): the test never touches the network.
describe.each(['.', 'geo', 'tests'])('%s/package-lock.json', (dir) => {
  it('is what npm install would write', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'jjj-lock-'));
    try {
      for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(dir, f), join(tmp, f));
      const r = spawnSync('npm', ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: tmp,
        encoding: 'utf8'
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/EBADENGINE/);
      expect(readFileSync(join(tmp, 'package-lock.json'), 'utf8')).toBe(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
