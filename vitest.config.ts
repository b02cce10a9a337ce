import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@waymark\/core$/, replacement: src('./packages/core/src/index.ts') },
      { find: /^@waymark\/render\/node$/, replacement: src('./packages/render/src/node.ts') },
      { find: /^@waymark\/render$/, replacement: src('./packages/render/src/index.ts') },
      { find: /^@waymark\/server$/, replacement: src('./packages/server/src/index.ts') },
      { find: /^@waymark\/collab$/, replacement: src('./packages/collab/src/index.ts') },
      {
        find: /^@waymark\/analytics\/analyses$/,
        replacement: src('./packages/analytics/src/analyses/analysisRegistry.ts'),
      },
      { find: /^@waymark\/analytics$/, replacement: src('./packages/analytics/src/index.ts') },
    ],
  },
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [
            'packages/analytics/src/engine/engines.test.ts',
            'test/cli/**',
            'test/server/**',
            'packages/server/**',
            'packages/web/**',
            '**/node_modules/**',
          ],
        },
      },
      {
        // DuckDB and ClickHouse agree: a throwaway clickhouse-server (Debian's 18.16) and chdb (current).
        extends: true,
        test: {
          name: 'analytics-engines',
          include: ['packages/analytics/src/engine/engines.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The web app's state logic and components, in jsdom.
        extends: true,
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        // The web app end to end: a real `waymark serve` on SQLite, driven by Debian's Chromium.
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The API suite, against SQLite and a throwaway PostgreSQL cluster the global setup starts.
        extends: true,
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts', 'packages/server/src/**/*.test.ts'],
          globalSetup: ['test/server/postgresGlobalSetup.ts'],
        },
      },
      {
        // End-to-end tests of the built `waymark` binary; globalSetup builds it once.
        extends: true,
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'], globalSetup: ['test/cli/globalSetup.ts'] },
      },
    ],
  },
});
