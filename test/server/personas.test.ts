import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const library = '/api/v1/workspaces/lab/personas';
const journeys = '/api/v1/workspaces/lab/journeys';

const shopper = {
  id: 'shopper',
  name: 'Online shopper',
  goals: ['Return easily'],
  quote: 'Just take it back',
};

const yaml = `title: Returning a parcel
id: parcel-return
personas:
  - id: courier
    name: Courier
stages:
  - name: Decide
    steps:
      - name: Read the returns policy
`;

describe.each(databaseKinds)('the persona library on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  const member = async (role: string) => {
    const person = await server.signUp(`A ${role}`);
    const invitation = await owner.post('/api/v1/workspaces/lab/invitations', { role });
    expect((await person.post(`/api/v1/invitations/${invitation.json.token}/accept`)).status).toBe(200);
    return person;
  };
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    await owner.post('/api/v1/workspaces', { name: 'Lab' });
    await owner.post(journeys, undefined, { raw: yaml, headers: { 'content-type': 'application/yaml' } });
  });
  afterAll(async () => server?.close());

  it('creates, lists and reads personas with their revision', async () => {
    const created = await owner.post(library, shopper);
    expect(created.status, created.text).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.json.persona).toMatchObject(shopper);
    expect((await owner.post(library, { id: 'gifter', name: 'Gift buyer' })).status).toBe(201);
    const list = await owner.get(library);
    expect(list.json.personas.map((p: { persona: { id: string } }) => p.persona.id)).toEqual([
      'gifter',
      'shopper',
    ]);
    const one = await owner.get(`${library}/shopper`);
    expect(one.json.persona.quote).toBe('Just take it back');
    expect((await owner.get(`${library}/nobody`)).status).toBe(404);
  });

  it('refuses a second persona with the same id (409) and invalid ones by field', async () => {
    expect((await owner.post(library, shopper)).status).toBe(409);
    const bad = await owner.post(library, { id: 'x y', name: '', share: 3, colour: 'red' });
    expect(bad.status).toBe(400);
    const paths = bad.json.error.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'share']));
  });

  it('replaces with If-Match, refuses stale revisions and id changes', async () => {
    const path = `${library}/shopper`;
    expect((await owner.put(path, { ...shopper, name: 'Shopper' })).status).toBe(428);
    const ok = await owner.put(path, { ...shopper, name: 'Shopper' }, { headers: { 'if-match': '"1"' } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.revision).toBe(2);
    const stale = await owner.put(path, { ...shopper, name: 'Lost' }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.currentRevision).toBe(2);
    const renamed = await owner.put(path, { ...shopper, id: 'buyer' }, { headers: { 'if-match': '"2"' } });
    expect(renamed.status).toBe(400);
    expect((await owner.get(path)).json.persona.name).toBe('Shopper');
  });

  it('copies a library persona into a journey, once', async () => {
    const path = `${journeys}/parcel-return/personas`;
    const added = await owner.post(path, { persona: 'shopper' }, { headers: { 'if-match': '"1"' } });
    expect(added.status, added.text).toBe(200);
    expect(added.json.personas).toEqual(['courier', 'shopper']);
    expect(added.headers.get('etag')).toBe('"2"');
    const journey = await owner.get(`${journeys}/parcel-return`);
    expect(journey.json.personas[1]).toMatchObject({
      id: 'shopper',
      name: 'Shopper',
      goals: ['Return easily'],
    });
    const again = await owner.post(path, { persona: 'shopper' }, { headers: { 'if-match': '"2"' } });
    expect(again.status).toBe(409);
    const stale = await owner.post(path, { persona: 'gifter' }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    const missing = await owner.post(path, { persona: 'nobody' }, { headers: { 'if-match': '"2"' } });
    expect(missing.status).toBe(404);
    const noMatch = await owner.post(path, { persona: 'gifter' });
    expect(noMatch.status).toBe(428);
  });

  it('deletes with If-Match; journeys keep their copies', async () => {
    expect((await owner.delete(`${library}/shopper`, { headers: { 'if-match': '"1"' } })).status).toBe(409);
    expect((await owner.delete(`${library}/shopper`, { headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await owner.get(`${library}/shopper`)).status).toBe(404);
    const journey = await owner.get(`${journeys}/parcel-return`);
    expect(journey.json.personas.map((p: { id: string }) => p.id)).toContain('shopper');
  });

  it('lets viewers read, editors write, and hides the library from strangers', async () => {
    const viewer = await member('viewer');
    expect((await viewer.get(library)).status).toBe(200);
    expect((await viewer.post(library, { id: 'v', name: 'V' })).status).toBe(403);
    expect((await viewer.delete(`${library}/gifter`, { headers: { 'if-match': '"1"' } })).status).toBe(403);
    const editor = await member('editor');
    expect((await editor.post(library, { id: 'e', name: 'E' })).status).toBe(201);
    const stranger = await server.signUp('Stranger');
    expect((await stranger.get(library)).status).toBe(404);
    expect((await stranger.get(`${library}/gifter`)).status).toBe(404);
  });
});
