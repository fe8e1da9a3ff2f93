import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/geo/**', '**/node_modules/**']
        }
      },
      // The boundary tests need geo/'s own toolchain (geo/package.json): installed on first use.
      { extends: true, test: { name: 'geo', include: ['tests/geo/**/*.test.ts'], globalSetup: ['tests/geo/setup.ts'] } }
    ]
  }
});
