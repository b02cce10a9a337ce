import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';
import { makeTeam, type Team } from './teamFixture.js';

const gone = 'this share link does not exist, has expired or was revoked';

describe.each(databaseKinds)('share links on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  let shares: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    team = await makeTeam(server, 'Sharing');
    shares = `${team.journeyPath}/shares`;
  }, 60_000);
  afterAll(async () => server?.close());

  async function share(body: unknown = {}) {
    const created = await team.editor.post(shares, body);
    expect(created.status, created.text).toBe(201);
    return created.json as { token: string; url: string; share: { id: string; prefix: string } };
  }

  async function expectGone(token: string) {
    const json = await server.anonymous.get(`/api/v1/shared/${token}`);
    expect(json.status).toBe(404);
    expect(json.json.error.message).toBe(gone);
    expect((await server.anonymous.get(`/api/v1/shared/${token}/map.svg`)).status).toBe(404);
    const page = await server.anonymous.get(`/s/${token}`);
    expect(page.status).toBe(404);
    expect(page.text).toContain(gone);
  }

  it('creates a link whose token is shown once and opens the journey without signing in', async () => {
    const created = await share();
    expect(created.token).toMatch(/^wms_/);
    expect(created.url).toBe(`${server.url}/s/${created.token}`);
    expect(created.share).toMatchObject({
      prefix: created.token.slice(0, 10),
      expiresAt: null,
      revokedAt: null,
    });

    const json = await server.anonymous.get(`/api/v1/shared/${created.token}`);
    expect(json.status, json.text).toBe(200);
    expect(json.json.title).toBe('Returning a parcel');
    expect(json.json.journey.stages[0].steps[0].id).toBe('read-policy');
    const svg = await server.anonymous.get(`/api/v1/shared/${created.token}/map.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(svg.text).toMatch(/^<svg[\s\S]*Read the returns policy[\s\S]*<\/svg>\s*$/);

    const list = await team.editor.get(shares);
    expect(list.json.shares[0]).toMatchObject({ id: created.share.id, prefix: created.share.prefix });
    expect(list.text).not.toContain(created.token);
    const stored = await server.server.context.db
      .selectFrom('shareLink')
      .select('tokenHash')
      .where('id', '=', created.share.id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(created.token);
  });

  it('serves the web app’s presentation with the title escaped, and the map as an image without script', async () => {
    const current = await team.editor.get(team.journeyPath);
    const saved = await team.editor.put(
      team.journeyPath,
      { ...current.json, title: "Returns <script>alert(1)</script> & more $& $'" },
      { headers: { 'if-match': current.headers.get('etag') ?? '' } },
    );
    expect(saved.status, saved.text).toBe(200);
    const { token } = await share();
    const page = await server.anonymous.get(`/s/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.text).toContain(
      '<title>Returns &lt;script&gt;alert(1)&lt;/script&gt; &amp; more $&amp; $&#39;',
    );
    expect(page.text).toContain('<meta name="robots" content="noindex">');
    expect(page.text).toContain(
      '<h1>Returns &lt;script&gt;alert(1)&lt;/script&gt; &amp; more $&amp; $&#39;</h1>',
    );
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain(`<img src="/api/v1/shared/${token}/map.svg"`);
  });

  it('opens nothing but its own journey: no comments, versions or other journeys', async () => {
    const { token } = await share();
    await team.commenter.post(`${team.journeyPath}/comments`, { body: 'Internal remark' });
    const json = await server.anonymous.get(`/api/v1/shared/${token}`);
    expect(json.text).not.toContain('Internal remark');
    for (const path of [
      `/api/v1/shared/${token}/comments`,
      `/api/v1/shared/${token}/versions`,
      `/api/v1/shared/${token}/journeys/other`,
    ])
      expect((await server.anonymous.get(path)).status).toBe(404);
    const asBearer = server.anonymous.withToken(token);
    expect((await asBearer.get(`${team.journeyPath}/comments`)).status).toBe(401);
    expect((await asBearer.get(team.journeyPath)).status).toBe(401);
  });

  it('treats unknown, revoked, expired and deleted-journey tokens alike', async () => {
    await expectGone('wms_thisisnotarealtokenbutitlookslikeoneyesitdoes12');
    await expectGone('nonsense');

    const revoked = await share();
    expect((await team.editor.delete(`${shares}/${revoked.share.id}`)).status).toBe(204);
    expect((await team.editor.delete(`${shares}/${revoked.share.id}`)).status).toBe(204);
    expect((await team.editor.delete(`${shares}/nope`)).status).toBe(404);
    await expectGone(revoked.token);
    const listed = (await team.editor.get(shares)).json.shares.find(
      (s: { id: string }) => s.id === revoked.share.id,
    );
    expect(listed.revokedAt).toEqual(expect.any(String));

    const expiring = await share({ expiresInDays: 7 });
    expect(Date.parse((await team.editor.get(shares)).json.shares[0].expiresAt)).toBeGreaterThan(Date.now());
    expect((await server.anonymous.get(`/api/v1/shared/${expiring.token}`)).status).toBe(200);
    await server.server.context.db
      .updateTable('shareLink')
      .set({ expiresAt: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', expiring.share.id)
      .execute();
    await expectGone(expiring.token);

    const other = await team.editor.post(`/api/v1/workspaces/${team.slug}/journeys/from-template`, {
      template: 'hotel-stay',
      id: 'doomed',
    });
    expect(other.status, other.text).toBe(201);
    const doomedShare = await team.editor.post(`/api/v1/workspaces/${team.slug}/journeys/doomed/shares`, {});
    expect((await server.anonymous.get(`/api/v1/shared/${doomedShare.json.token}`)).status).toBe(200);
    const deleted = await team.editor.delete(`/api/v1/workspaces/${team.slug}/journeys/doomed`, {
      headers: { 'if-match': '"1"' },
    });
    expect(deleted.status).toBe(204);
    await expectGone(doomedShare.json.token);
  });

  it('lets only editors and owners create, list and revoke links', async () => {
    const byCommenter = await team.commenter.post(shares, {});
    expect(byCommenter.status).toBe(403);
    expect(byCommenter.json.error.message).toMatch(/your role in .* is commenter, which cannot edit/);
    expect((await team.viewer.get(shares)).status).toBe(403);
    const { share: link } = await share();
    expect((await team.commenter.delete(`${shares}/${link.id}`)).status).toBe(403);
    expect((await team.stranger.post(shares, {})).status).toBe(404);
    expect((await team.stranger.delete(`${shares}/${link.id}`)).status).toBe(404);
    expect((await server.anonymous.post(shares, {})).status).toBe(401);
    const bad = await team.editor.post(shares, { expiresInDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toBe('body.expiresInDays');
  });

  it('records share.create and share.revoke in the audit log', async () => {
    const audit = await team.owner.get(`/api/v1/workspaces/${team.slug}/audit?action=share`);
    const actions = audit.json.events.map((e: { action: string }) => e.action);
    expect(actions).toContain('share.create');
    expect(actions.filter((a: string) => a === 'share.revoke')).toHaveLength(1);
  });
  it('draws the shared map again after the journey changes, never a stale copy', async () => {
    const created = (await team.editor.post(`${team.journeyPath}/shares`, {})).json;
    const before = await server.anonymous.get(`/api/v1/shared/${created.token}/map.svg`);
    expect(before.text).toContain('Read the returns policy');
    const current = await team.editor.get(team.journeyPath);
    const changed = await team.editor.post(
      `${team.journeyPath}/commands`,
      { commands: [{ op: 'update', id: 'read-policy', set: { name: 'Skim the returns policy' } }] },
      { headers: { 'if-match': current.headers.get('etag') ?? '' } },
    );
    expect(changed.status, changed.text).toBe(200);
    const after = await server.anonymous.get(`/api/v1/shared/${created.token}/map.svg`);
    expect(after.text).toContain('Skim the returns policy');
    expect(after.text).not.toContain('Read the returns policy');
  });
});
