import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'bench/**/*.test.ts',
      'cli/**/*.test.ts',
      // Tooling checks, such as the lint boundaries.
      'build/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    setupFiles: ['./renderer/test/setup.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/unit.json' }]],
  },
});
