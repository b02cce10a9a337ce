import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

describe.each(databaseKinds)('workspaces, members and invitations on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    expect((await owner.post('/api/v1/workspaces', { name: 'CX Team' })).status).toBe(201);
  });
  afterAll(async () => server?.close());

  async function invite(role: string): Promise<ApiClient> {
    const invitation = await owner.post('/api/v1/workspaces/cx-team/invitations', { role });
    expect(invitation.status).toBe(201);
    expect(invitation.json.url).toBe(`${server.url}/invite/${invitation.json.token}`);
    const person = await server.signUp(`A ${role}`);
    const preview = await server.anonymous.get(`/api/v1/invitations/${invitation.json.token}`);
    expect(preview.json).toMatchObject({ workspace: 'CX Team', role });
    const accepted = await person.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    expect(accepted.status).toBe(200);
    return person;
  }

  it('creates a workspace with a slug from its name, owned by its creator', async () => {
    const list = await owner.get('/api/v1/workspaces');
    expect(list.json).toContainEqual(
      expect.objectContaining({ slug: 'cx-team', name: 'CX Team', role: 'owner' }),
    );
    const taken = await owner.post('/api/v1/workspaces', { name: 'CX team' });
    expect(taken.status).toBe(409);
    const bad = await owner.post('/api/v1/workspaces', { name: 'x', slug: 'Not A Slug' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toBe('body.slug');
  });

  it('lets an invited person join with the invitation’s role, once', async () => {
    const invitation = await owner.post('/api/v1/workspaces/cx-team/invitations', { role: 'commenter' });
    const first = await server.signUp('First');
    const second = await server.signUp('Second');
    expect((await first.post(`/api/v1/invitations/${invitation.json.token}/accept`)).status).toBe(200);
    const again = await second.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    expect(again.status).toBe(404);
    const members = await owner.get('/api/v1/workspaces/cx-team/members');
    expect(members.json).toContainEqual(expect.objectContaining({ userId: first.userId, role: 'commenter' }));
    expect(members.json.map((m: { userId: string }) => m.userId)).not.toContain(second.userId);
  });

  it('refuses revoked and made-up invitation links', async () => {
    const invitation = await owner.post('/api/v1/workspaces/cx-team/invitations', { role: 'viewer' });
    expect(
      (await owner.delete(`/api/v1/workspaces/cx-team/invitations/${invitation.json.invitation.id}`)).status,
    ).toBe(204);
    const person = await server.signUp('Late');
    expect((await person.post(`/api/v1/invitations/${invitation.json.token}/accept`)).status).toBe(404);
    expect((await person.post('/api/v1/invitations/wmi_madeup/accept')).status).toBe(404);
  });

  it('lets only owners change roles, and always keeps an owner', async () => {
    const editor = await invite('editor');
    const promote = await editor.patch(`/api/v1/workspaces/cx-team/members/${editor.userId}`, {
      role: 'owner',
    });
    expect(promote.status).toBe(403);
    expect(promote.json.error.message).toMatch(/your role in cx-team is editor/);
    const demoteSelf = await owner.patch(`/api/v1/workspaces/cx-team/members/${owner.userId}`, {
      role: 'viewer',
    });
    expect(demoteSelf.status).toBe(409);
    expect(
      (await owner.patch(`/api/v1/workspaces/cx-team/members/${editor.userId}`, { role: 'viewer' })).status,
    ).toBe(204);
    const asViewer = await editor.post('/api/v1/workspaces/cx-team/journeys/from-template', {
      template: 'hotel-stay',
    });
    expect(asViewer.status).toBe(403);
  });

  it('does not spend an invitation on someone who is already a member', async () => {
    const invitation = await owner.post('/api/v1/workspaces/cx-team/invitations', { role: 'viewer' });
    const accepted = await owner.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    expect(accepted.status).toBe(409);
    expect(accepted.json.error.message).toMatch(/already a member.*owner/);
    expect((await server.anonymous.get(`/api/v1/invitations/${invitation.json.token}`)).status).toBe(200);
  });

  it('lets a member leave, and hides the workspace from them afterwards', async () => {
    const viewer = await invite('viewer');
    expect((await viewer.delete(`/api/v1/workspaces/cx-team/members/${viewer.userId}`)).status).toBe(204);
    expect((await viewer.get('/api/v1/workspaces/cx-team')).status).toBe(404);
  });

  it('records membership changes in the audit log', async () => {
    const rows = await server.server.context.db
      .selectFrom('auditEvent')
      .select('action')
      .where('action', 'in', [
        'workspace.create',
        'invitation.create',
        'invitation.accept',
        'member.role',
        'member.leave',
      ])
      .execute();
    const actions = new Set(rows.map((row) => row.action));
    expect([...actions].sort()).toEqual([
      'invitation.accept',
      'invitation.create',
      'member.leave',
      'member.role',
      'workspace.create',
    ]);
  });

  it('deletes a workspace only when its slug is confirmed', async () => {
    await owner.post('/api/v1/workspaces', { name: 'Scratch' });
    expect((await owner.delete('/api/v1/workspaces/scratch')).status).toBe(400);
    expect((await owner.delete('/api/v1/workspaces/scratch?confirm=scratch')).status).toBe(204);
    expect((await owner.get('/api/v1/workspaces/scratch')).status).toBe(404);
  });

  it('leaves nothing of a deleted workspace behind, search text included', async () => {
    await owner.post('/api/v1/workspaces', { name: 'Ephemeral' });
    await owner.post('/api/v1/workspaces/ephemeral/journeys/from-template', {
      template: 'hotel-stay',
      id: 'gone',
    });
    expect((await owner.delete('/api/v1/workspaces/ephemeral?confirm=ephemeral')).status).toBe(204);
    const { sql } = await import('kysely');
    type RawBuilder<T> = ReturnType<typeof sql<T>>;
    const db = server.server.context.db;
    const journeys = await db.selectFrom('journey').select('id').execute();
    const count = async (query: RawBuilder<{ n: number }>) => Number((await query.execute(db)).rows[0]?.n);
    if (kind === 'sqlite') {
      expect(await count(sql`SELECT count(*) AS n FROM journeySearchEntry`)).toBe(journeys.length);
      expect(await count(sql`SELECT count(*) AS n FROM journeySearchIndex`)).toBe(journeys.length);
      // No passage outlives its journey: FTS5's rows are exactly the entries' ranges.
      expect(await count(sql`SELECT count(*) AS n FROM journeySearchPassage`)).toBe(
        await count(
          sql`SELECT coalesce(sum(lastPassage - firstPassage + 1), 0) AS n FROM journeySearchEntry`,
        ),
      );
    } else {
      expect(await count(sql`SELECT count(*) AS n FROM "journeySearch"`)).toBe(journeys.length);
      expect(await count(sql`SELECT count(DISTINCT "journeyId") AS n FROM "journeySearchPassage"`)).toBe(
        journeys.length,
      );
    }
    expect(await db.selectFrom('journey').select('id').where('slug', '=', 'gone').execute()).toEqual([]);
  });
});
