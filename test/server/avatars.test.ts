import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const avatars = '/api/v1/workspaces/lab/avatars';

// The smallest valid PNG: 1×1, one transparent pixel.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

describe.each(databaseKinds)('persona avatars on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  const upload = (client: ApiClient, bytes: Uint8Array | string, type: string) =>
    client.post(avatars, undefined, { raw: bytes, headers: { 'content-type': type } });
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    await owner.post('/api/v1/workspaces', { name: 'Lab' });
  });
  afterAll(async () => server?.close());

  it('stores a PNG or JPEG and serves the same bytes with its type and nosniff', async () => {
    const created = await upload(owner, png, 'image/png');
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ type: 'image/png', size: png.length });
    expect(created.json.url).toBe(`${avatars}/${created.json.id}`);
    const served = await fetch(`${server.url}${created.json.url}`, {
      headers: { cookie: (await server.signIn('admin@example.com')).cookie ?? '' },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const photo = await upload(owner, jpeg, 'application/octet-stream');
    expect(photo.json.type).toBe('image/jpeg');
  });

  it('refuses what is not a PNG, JPEG or WebP by its content, whatever it claims', async () => {
    const svg = await upload(
      owner,
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'image/png',
    );
    expect(svg.status).toBe(415);
    expect(svg.json.error.message).toContain('not a PNG, JPEG or WebP');
    const gif = await upload(owner, 'GIF89a\x01\x00\x01\x00', 'image/gif');
    expect(gif.status).toBe(415);
    const liar = await upload(owner, png, 'image/jpeg');
    expect(liar.status).toBe(415);
    expect(liar.json.error.message).toBe('the avatar is sent as image/jpeg but its content is image/png');
    const text = await upload(owner, 'hello', 'text/plain');
    expect(text.status).toBe(415);
    expect((await upload(owner, new Uint8Array(), 'image/png')).status).toBe(400);
  });

  it('refuses an image over 512 KB with 413 and a reason', async () => {
    const big = Buffer.alloc(512 * 1024 + 10);
    png.copy(big);
    const refused = await upload(owner, big, 'image/png');
    expect(refused.status).toBe(413);
    expect(refused.json.error.message).toContain('the largest accepted is 512 KB');
    const huge = Buffer.alloc(4 * 1024 * 1024);
    png.copy(huge);
    expect((await upload(owner, huge, 'image/png')).status).toBe(413);
  });

  it('keeps avatars inside their workspace, and viewers cannot upload', async () => {
    const created = await upload(owner, png, 'image/png');
    const stranger = await server.signUp('Stranger');
    expect((await stranger.get(created.json.url)).status).toBe(404);
    await stranger.post('/api/v1/workspaces', { name: 'Other' });
    expect((await stranger.get(`/api/v1/workspaces/other/avatars/${created.json.id}`)).status).toBe(404);
    const viewer = await server.signUp('Viewer');
    const invitation = await owner.post('/api/v1/workspaces/lab/invitations', { role: 'viewer' });
    await viewer.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    expect((await viewer.get(created.json.url)).status).toBe(200);
    expect((await upload(viewer, png, 'image/png')).status).toBe(403);
    expect((await owner.get(`${avatars}/not-an-id`)).status).toBe(400);
  });
  it('deletes a persona’s uploaded avatar with the persona, unless a journey still shows it', async () => {
    const library = '/api/v1/workspaces/lab/personas';
    const persona = async (id: string) => {
      const created = await upload(owner, png, 'image/png');
      const made = await owner.post(library, { id, name: id, avatar: created.json.url });
      expect(made.status, made.text).toBe(201);
      expect((await owner.get(created.json.url)).status).toBe(200);
      return created.json.url as string;
    };
    const alone = await persona('alone');
    expect((await owner.delete(`${library}/alone`, { headers: { 'if-match': '"1"' } })).status).toBe(204);
    expect((await owner.get(alone)).status).toBe(404);

    // A journey keeps its copy of a library persona, and the copy shows the same avatar.
    const shared = await persona('shared');
    const journeys = '/api/v1/workspaces/lab/journeys';
    const journey = { id: 'trip', title: 'Trip', stages: [{ id: 'go', name: 'Go', steps: [] }] };
    expect((await owner.post(journeys, journey)).status).toBe(201);
    const added = await owner.post(
      `${journeys}/trip/personas`,
      { persona: 'shared' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(added.status, added.text).toBe(200);
    expect((await owner.delete(`${library}/shared`, { headers: { 'if-match': '"1"' } })).status).toBe(204);
    expect((await owner.get(shared)).status).toBe(200);

    // Replacing a persona's avatar deletes the one it no longer shows.
    const replaced = await persona('replaced');
    const next = await upload(owner, png, 'image/png');
    const put = await owner.put(
      `${library}/replaced`,
      { id: 'replaced', name: 'replaced', avatar: next.json.url },
      { headers: { 'if-match': '"1"' } },
    );
    expect(put.status, put.text).toBe(200);
    expect((await owner.get(replaced)).status).toBe(404);
    expect((await owner.get(next.json.url)).status).toBe(200);
  });
});
