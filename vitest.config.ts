import { defineConfig } from 'vitest/config';

// One test command (README): unit tests beside the code, validation against references,
// fingerprints of every scenario, and the app end to end in Chromium.
export default defineConfig({
  test: {
    globalSetup: ['test/globalSetup.ts'], // builds the CLI the tests run (dist/js) when a source is newer
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'sim/**/*.test.ts',
            'cli/**/*.test.ts',
            'lib/**/*.test.ts',
            'node/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/style/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'validation',
          include: [
            'test/validation/**/*.test.ts',
            'test/fingerprint/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
            'test/package/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
