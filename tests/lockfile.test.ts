import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// npm ci refuses a lock that lacks optional platform builds this registry cannot serve; see scripts/lock-platforms.mjs.
it('package-lock.json keeps the optional platform entries npm ci needs', () => {
  const r = spawnSync(process.execPath, ['scripts/lock-platforms.mjs', '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
