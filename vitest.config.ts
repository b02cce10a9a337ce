import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@waymark\/core$/, replacement: src('./packages/core/src/index.ts') },
      { find: /^@waymark\/render\/node$/, replacement: src('./packages/render/src/node.ts') },
      { find: /^@waymark\/render$/, replacement: src('./packages/render/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
