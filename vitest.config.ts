import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/run-id.ts'],
    // Fixture builds share the project's .astro/ folder: run test files one at a time so two
    // builds never write it at once. Unit tests take about a second either way.
    fileParallelism: false,
    // Fixture builds run Astro in a child process; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
