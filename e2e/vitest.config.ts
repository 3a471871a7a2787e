import { defineConfig } from 'vitest/config';

/** Browser tests: each file starts its own Luoshi server and drives Debian's Chromium. */
export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    include: ['e2e/**/*.e2e.test.ts'],
    // One browser and one server at a time: two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Asia/Shanghai' },
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
