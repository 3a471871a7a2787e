import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts', 'web/*.test.ts'],
    // Database-backed tests each start an in-process PostgreSQL; two workers fit two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['./test/global-setup.ts'],
    env: { TZ: 'Asia/Shanghai' },
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
