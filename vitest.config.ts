import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // WXT's plugin gives the tests the same aliases, env and a fake `browser` (fakeBrowser).
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
          environment: 'node',
          // Generous limits: the machine has two cores and is often loaded; a limit is a hang detector,
          // never a speed check (speed lives in the benchmarks).
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll() waits for the extension (an install, a search) on a loaded two-core machine, where
          // Vitest's default of 1 s is not enough. The tests wait for states; they never time them.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
