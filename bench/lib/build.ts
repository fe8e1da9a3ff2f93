import { spawnSync } from 'node:child_process';

/** `vite build` with extra arguments (e.g. `--config bench/vite.bare.config.ts`); throws when it fails. */
export function viteBuild(args: string[] = []): void {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}
