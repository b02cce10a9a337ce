import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import { type ApiClient, startTestServer, type TestServer } from './harness.js';

// PostgreSQL only: two server processes' worth of apps on one database. A warm GET takes the
// journey's head from the per-process cache (no round trip), which the database's change
// notifications keep current (journeys/journeyHeadCache.ts). SQLite never caches heads.

const base = '/api/v1/workspaces/lab/journeys';
const path = `${base}/parcel-return`;

const yamlJourney = `title: Returning a parcel
id: parcel-return
stages:
  - name: Decide
    steps:
      - name: Read the returns policy
`;

/** Polls until `ready` holds, at most `bound` ms; returns whether it did. */
async function eventually(ready: () => boolean | Promise<boolean>, bound = 5000): Promise<boolean> {
  const until = Date.now() + bound;
  while (Date.now() < until) {
    if (await ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return ready();
}

describe('journey heads across two servers on one PostgreSQL database', () => {
  let url: string;
  let a: TestServer;
  let b: TestServer;
  let onA: ApiClient;
  let onB: ApiClient;
  let labId: string;

  beforeAll(async () => {
    url = await freshPostgresUrl();
    a = await startTestServer('postgres', { databaseUrl: url });
    b = await startTestServer('postgres', { databaseUrl: url });
    onA = a.admin;
    onB = await b.signIn('admin@example.com');
    await onA.post('/api/v1/workspaces', { name: 'Lab' });
    const created = await onA.post(base, undefined, {
      raw: yamlJourney,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(created.status, created.text).toBe(201);
    labId = String(
      (await withClient((client) => client.query(`SELECT id FROM workspace WHERE slug = 'lab'`))).rows[0]?.id,
    );
    expect(await eventually(() => b.server.context.heads.listening)).toBe(true);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** Replaces the journey's title through `client` at its current revision; returns the new ETag. */
  async function retitle(client: ApiClient, title: string): Promise<string> {
    const current = await client.get(path);
    const put = await client.put(
      path,
      { ...current.json, title },
      { headers: { 'if-match': current.headers.get('etag') ?? '' } },
    );
    expect(put.status, put.text).toBe(200);
    return put.headers.get('etag') ?? '';
  }

  /** Warms B's cache with the journey: the head is then held and a GET makes no round trip. */
  async function warmOnB(): Promise<void> {
    const heads = b.server.context.heads;
    expect(
      await eventually(async () => {
        expect((await onB.get(path)).status).toBe(200);
        return heads.get(labId, 'parcel-return') !== undefined;
      }),
    ).toBe(true);
  }

  it('serves a warm GET from the cache, and a write on A is seen by a GET on B', async () => {
    await warmOnB();
    const etag = await retitle(onA, 'Returned from A');
    expect(
      await eventually(async () => {
        const read = await onB.get(path);
        return read.headers.get('etag') === etag && read.json.title === 'Returned from A';
      }),
    ).toBe(true);
  });

  it('a write on B is read back by B at once (its own writes forget their head before answering)', async () => {
    await warmOnB();
    const etag = await retitle(onB, 'Returned from B');
    const read = await onB.get(path);
    expect(read.headers.get('etag')).toBe(etag);
    expect(read.json.title).toBe('Returned from B');
  });

  it('a deletion on A is seen by B, and so is the restore', async () => {
    await warmOnB();
    const current = await onA.get(path);
    const deleted = await onA.delete(path, { headers: { 'if-match': current.headers.get('etag') ?? '' } });
    expect(deleted.status, deleted.text).toBe(204);
    expect(await eventually(async () => (await onB.get(path)).status === 404)).toBe(true);
    expect((await onA.post(`${path}/restore`)).status).toBe(200);
    expect(await eventually(async () => (await onB.get(path)).status === 200)).toBe(true);
  });

  it('when the listening connection is killed, B drops its cache and still reads correctly', async () => {
    await warmOnB();
    const killed = await withClient((client) =>
      client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query ILIKE 'LISTEN %'`,
      ),
    );
    expect(killed.rowCount).toBeGreaterThanOrEqual(2); // A's and B's listeners
    const etag = await retitle(onA, 'Written while B was deaf');
    expect(await eventually(async () => (await onB.get(path)).headers.get('etag') === etag)).toBe(true);
    // B listens again, caches again, and hears the next write.
    expect(await eventually(() => b.server.context.heads.listening)).toBe(true);
    await warmOnB();
    const next = await retitle(onA, 'Written after B listened again');
    expect(await eventually(async () => (await onB.get(path)).headers.get('etag') === next)).toBe(true);
  });

  async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
});
