import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentCache } from '../../packages/server/src/journeys/documentCache.js';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('DocumentCache', () => {
  it('answers only for the revision it holds, and a new revision replaces the old one', () => {
    const cache = new DocumentCache(1000);
    cache.set('row-1', 3, bytes('{"v":3}'));
    expect(cache.get('row-1', 3)?.toString()).toBe('{"v":3}');
    expect(cache.get('row-1', 4)).toBeUndefined();
    expect(cache.get('row-2', 3)).toBeUndefined();
    cache.set('row-1', 4, bytes('{"v":4!}'));
    expect(cache.get('row-1', 3)).toBeUndefined();
    expect(cache.get('row-1', 4)?.toString()).toBe('{"v":4!}');
    expect(cache.size).toBe(8);
  });

  it('drops the least recently used documents first when over its bound', () => {
    const cache = new DocumentCache(100);
    cache.set('a', 1, Buffer.alloc(25));
    cache.set('b', 1, Buffer.alloc(25));
    cache.set('c', 1, Buffer.alloc(25));
    cache.set('d', 1, Buffer.alloc(25));
    expect(cache.get('a', 1)).toBeDefined(); // a is now the most recently used
    cache.set('e', 1, Buffer.alloc(25));
    expect(cache.get('b', 1)).toBeUndefined();
    for (const id of ['a', 'c', 'd', 'e']) expect(cache.get(id, 1), id).toBeDefined();
  });

  it('does not keep a document larger than a quarter of its bound', () => {
    const cache = new DocumentCache(100);
    cache.set('small', 1, Buffer.alloc(10));
    cache.set('huge', 1, Buffer.alloc(26));
    expect(cache.get('huge', 1)).toBeUndefined();
    expect(cache.get('small', 1)).toBeDefined();
  });

  it('never holds more than its bound, and always returns what was last stored (property)', () => {
    const operation = fc.record({
      row: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      revision: fc.integer({ min: 1, max: 4 }),
      length: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const cache = new DocumentCache(100);
        const latest = new Map<string, { revision: number; text: string }>();
        for (const [index, { row, revision, length }] of operations.entries()) {
          const text = `${index}`.padEnd(length, '.');
          cache.set(row, revision, bytes(text));
          latest.set(row, { revision, text });
          expect(cache.size).toBeLessThanOrEqual(100);
          for (const [id, stored] of latest) {
            const found = cache.get(id, stored.revision);
            if (found !== undefined) expect(found.toString()).toBe(stored.text);
          }
        }
      }),
    );
  });
});

describe.each(databaseKinds)('GET of a journey with If-None-Match on %s', (kind) => {
  let server: TestServer;
  let editor: ApiClient;
  const path = '/api/v1/workspaces/cache/journeys/parcel-return';
  const journey = (title: string) => ({
    id: 'parcel-return',
    title,
    personas: [{ id: 'shopper', name: 'Shopper' }],
    stages: [{ name: 'Decide', steps: [{ name: 'Read the policy', emotions: { shopper: -1 } }] }],
  });
  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = server.admin;
    await editor.post('/api/v1/workspaces', { name: 'Cache', slug: 'cache' });
    const created = await editor.post('/api/v1/workspaces/cache/journeys', journey('Returning a parcel'));
    expect(created.status, created.text).toBe(201);
  });
  afterAll(async () => server?.close());

  it('answers 304 without a body when the client has the current revision', async () => {
    const first = await editor.get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    for (const tag of ['"1"', 'W/"1"', '"7", "1"', '*']) {
      const again = await editor.get(path, { headers: { 'if-none-match': tag } });
      expect(again.status, tag).toBe(304);
      expect(again.text, tag).toBe('');
      expect(again.headers.get('etag'), tag).toBe('"1"');
    }
  });

  it('serves the new document after a write, never the cached old one', async () => {
    expect((await editor.get(path)).json.title).toBe('Returning a parcel'); // cached at revision 1
    const written = await editor.put(path, journey('Sending a parcel back'), {
      headers: { 'if-match': '"1"' },
    });
    expect(written.status, written.text).toBe(200);
    const stale = await editor.get(path, { headers: { 'if-none-match': '"1"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe('"2"');
    expect(stale.json.title).toBe('Sending a parcel back');
    const yaml = await editor.get(path, { headers: { accept: 'application/yaml' } });
    expect(yaml.text).toContain('title: Sending a parcel back');
  });

  it('answers 404 for a deleted journey even though its document was cached', async () => {
    const current = await editor.get(path);
    expect(current.status).toBe(200);
    const deleted = await editor.delete(path, { headers: { 'if-match': current.headers.get('etag') ?? '' } });
    expect(deleted.status, deleted.text).toBe(204);
    const gone = await editor.get(path, {
      headers: { 'if-none-match': current.headers.get('etag') ?? '' },
    });
    expect(gone.status).toBe(404);
    expect(gone.json.error.message).toContain('was deleted');
  });
});
