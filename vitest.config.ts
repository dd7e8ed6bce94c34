import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = [
  {
    find: /^@minutes\/shared\/recognise$/,
    replacement: path.resolve(import.meta.dirname, 'shared/src/recognise/index.ts'),
  },
  { find: /^@minutes\/shared$/, replacement: path.resolve(import.meta.dirname, 'shared/src/index.ts') },
  { find: /^@minutes\/server$/, replacement: path.resolve(import.meta.dirname, 'server/src/index.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: [
            'tests/integration/**/*.test.ts',
            'tests/storage/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
            'tests/scaleout/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // `pnpm soak`: minutes long, not part of `npm test`.
          name: 'soak',
          include: ['tests/soak/**/*.test.ts'],
          environment: 'node',
          testTimeout: 3_600_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
