#!/usr/bin/env node
// `npm start`: build the explorer when the build is missing or older than its sources, then serve it.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...['src', 'geo/out', 'data', 'index.html', 'vite.config.ts', 'package.json'].map(newest));
if (built < sources) {
  console.log('Building the explorer…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '4173';
console.log(`\nJJJ Atlas: open http://localhost:${port}/ (Ctrl-C stops it)\n`);
spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], { stdio: 'inherit' }).on('exit', (c) => process.exit(c ?? 0));
