import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import { databaseKinds, startTestServer } from './harness.js';

// A server killed while it loads an upload leaves the dataset `loading` and its files behind;
// the next start says what happened and tidies up.

describe.each(databaseKinds)('datasets a stopped server was loading (%s)', (kind) => {
  it('are marked failed on the next start, with the reason, and their files removed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-test-'));
    const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    const options = { dataDir, ...(databaseUrl === undefined ? {} : { databaseUrl }) };
    const first = await startTestServer(kind, options);
    const ids = { loading: randomUUID(), ready: randomUUID() };
    let dir = '';
    try {
      expect((await first.admin.post('/api/v1/workspaces', { slug: 'lab', name: 'Lab' })).status).toBe(201);
      const db = first.server.context.db;
      const workspace = await db
        .selectFrom('workspace')
        .select('id')
        .where('slug', '=', 'lab')
        .executeTakeFirstOrThrow();
      for (const [status, id] of Object.entries(ids))
        await db
          .insertInto('dataset')
          .values({
            id,
            workspaceId: workspace.id,
            kind: 'events',
            name: `${status}.csv`,
            format: 'csv',
            status: status as 'loading' | 'ready',
            message: null,
            bytes: 10,
            rowsTaken: 0,
            rowsSkipped: 0,
            skipped: '[]',
            columns: '{}',
            createdBy: null,
            createdAt: '2026-01-02T03:04:05.000Z',
          })
          .execute();
      // What a load killed half-way leaves: the raw upload and storeDataset's partial DuckDB file.
      dir = join(dataDir, 'analytics', workspace.id);
      mkdirSync(dir, { recursive: true });
      for (const name of [
        `${ids.loading}.upload.csv`,
        `${ids.loading}.duckdb.loading`,
        `${ids.loading}.duckdb.loading.wal`,
        `${ids.ready}.duckdb`,
      ])
        writeFileSync(join(dir, name), 'bytes');
    } finally {
      await first.close();
    }
    const second = await startTestServer(kind, options);
    try {
      const owner = await second.signIn('admin@example.com');
      const loading = await owner.get(`/api/v1/workspaces/lab/datasets/${ids.loading}`);
      expect(loading.json).toMatchObject({
        status: 'failed',
        message: 'the server stopped while loading this dataset; upload it again',
      });
      const ready = await owner.get(`/api/v1/workspaces/lab/datasets/${ids.ready}`);
      expect(ready.json).toMatchObject({ status: 'ready', message: null });
      expect(readdirSync(dir)).toEqual([`${ids.ready}.duckdb`]);
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(existsSync(dataDir)).toBe(false);
  });
});
