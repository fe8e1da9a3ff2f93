#!/usr/bin/env node
// geo/'s toolchain (see scripts/toolchain.mjs), by the names its callers already use.
import { fileURLToPath } from 'node:url';
import { ensureToolchain, toolchainCurrent } from './toolchain.mjs';

export const geoDepsCurrent = () => toolchainCurrent('geo');
export const ensureGeoDeps = (options = {}) => ensureToolchain('geo', options);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureGeoDeps();
  } catch (e) {
    console.error(`geo: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
