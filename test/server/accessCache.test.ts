import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

// The server keeps API tokens and memberships it looked up for a few seconds (auth/accessCache.ts).
// Each check below first makes a request that puts the answer in that cache, then changes it and
// expects the very next request to be judged by the change.
describe.each(databaseKinds)('access changes take effect at once on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    expect((await owner.post('/api/v1/workspaces', { name: 'Cached', slug: 'cached' })).status).toBe(201);
  });
  afterAll(async () => server?.close());

  async function member(role: string): Promise<ApiClient> {
    const invitation = await owner.post('/api/v1/workspaces/cached/invitations', { role });
    const person = await server.signUp(`A ${role}`);
    expect((await person.post(`/api/v1/invitations/${invitation.json.token}/accept`)).status).toBe(200);
    expect((await person.get('/api/v1/workspaces/cached/journeys')).status).toBe(200);
    return person;
  }

  it('refuses a revoked API token on its next request', async () => {
    const person = await member('viewer');
    const created = await person.post('/api/v1/me/tokens', { name: 'script' });
    const script = person.withToken(created.json.token);
    expect((await script.get('/api/v1/workspaces/cached/journeys')).status).toBe(200);
    expect((await script.get('/api/v1/workspaces/cached/journeys')).status).toBe(200);
    expect((await person.delete(`/api/v1/me/tokens/${created.json.summary.id}`)).status).toBe(204);
    const after = await script.get('/api/v1/workspaces/cached/journeys');
    expect(after.status).toBe(401);
    expect(after.json.error.message).toMatch(/unknown, revoked or expired/);
  });

  it('judges the next request by a changed role', async () => {
    const editor = await member('editor');
    const create = (id: string) =>
      editor.post('/api/v1/workspaces/cached/journeys/from-template', { template: 'hotel-stay', id });
    expect((await create('first')).status).toBe(201);
    const demote = await owner.patch(`/api/v1/workspaces/cached/members/${editor.userId}`, {
      role: 'viewer',
    });
    expect(demote.status).toBe(204);
    const refused = await create('second');
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/your role in cached is viewer/);
    const promote = await owner.patch(`/api/v1/workspaces/cached/members/${editor.userId}`, {
      role: 'editor',
    });
    expect(promote.status).toBe(204);
    expect((await create('third')).status).toBe(201);
  });

  it('hides the workspace from a removed member on their next request', async () => {
    const viewer = await member('viewer');
    expect((await owner.delete(`/api/v1/workspaces/cached/members/${viewer.userId}`)).status).toBe(204);
    expect((await viewer.get('/api/v1/workspaces/cached/journeys')).status).toBe(404);
  });

  it('shows a renamed workspace under its new name on the next request', async () => {
    const viewer = await member('viewer');
    expect((await viewer.get('/api/v1/workspaces/cached')).json.name).toBe('Cached');
    expect((await owner.patch('/api/v1/workspaces/cached', { name: 'Renamed' })).status).toBe(200);
    expect((await viewer.get('/api/v1/workspaces/cached')).json.name).toBe('Renamed');
  });
});
