import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';

describe.each(databaseKinds)('a fresh server on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { sample: true });
  });
  afterAll(async () => server?.close());

  it('makes the first account owner of the sample workspace', async () => {
    const me = await server.admin.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.json.workspaces).toEqual([{ slug: 'sample', name: 'Sample workspace', role: 'owner' }]);
  });

  it('lists the sample journeys and serves one with its revision', async () => {
    const list = await server.admin.get('/api/v1/workspaces/sample/journeys');
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(8);
    const id = list.json.journeys[0].id;
    const one = await server.admin.get(`/api/v1/workspaces/sample/journeys/${id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe('"1"');
    expect(one.json.id).toBe(id);
  });

  it('fills the persona library with the templates’ personas, each once', async () => {
    const list = await server.admin.get('/api/v1/workspaces/sample/journeys');
    const ids = new Set<string>();
    for (const summary of list.json.journeys) {
      const journey = await server.admin.get(`/api/v1/workspaces/sample/journeys/${summary.id}`);
      for (const persona of journey.json.personas) ids.add(persona.id);
    }
    const library = await server.admin.get('/api/v1/workspaces/sample/personas');
    expect(library.status).toBe(200);
    const slugs = library.json.personas.map((entry: { persona: { id: string } }) => entry.persona.id);
    expect([...slugs].sort()).toEqual([...ids].sort());
    expect(slugs.length).toBeGreaterThan(8);
  });

  it('refuses a stale write with 409 and the current revision', async () => {
    const list = await server.admin.get('/api/v1/workspaces/sample/journeys');
    const path = `/api/v1/workspaces/sample/journeys/${list.json.journeys[1].id}`;
    const first = await server.admin.get(path);
    const changed = { ...first.json, title: 'Hotel stay, revised' };
    const ok = await server.admin.put(path, changed, { headers: { 'if-match': '"1"' } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.revision).toBe(2);
    const stale = await server.admin.put(
      path,
      { ...first.json, title: 'Lost update' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.status).toBe(409);
    expect(stale.json.error.currentRevision).toBe(2);
    expect((await server.admin.get(path)).json.title).toBe('Hotel stay, revised');
  });

  it('hides a workspace from people who are not its members', async () => {
    const stranger = await server.signUp('Stranger');
    const response = await stranger.get('/api/v1/workspaces/sample/journeys');
    expect(response.status).toBe(404);
  });
});
