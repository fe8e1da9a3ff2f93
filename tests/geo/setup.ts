// Vitest global setup of the `geo` project: runs only when a test of tests/geo/ is queued, and
// installs geo/'s toolchain first if it is missing (see scripts/geo-deps.mjs).
import { ensureGeoDeps } from '../../scripts/geo-deps.mjs';

export default function setup(): void {
  ensureGeoDeps();
}
