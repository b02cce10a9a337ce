import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';
import { makeTeam, type Team } from './teamFixture.js';

describe.each(databaseKinds)('the audit log on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  let audit: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    team = await makeTeam(server, 'Audit');
    audit = `/api/v1/workspaces/${team.slug}/audit`;
    const version = await team.editor.post(`${team.journeyPath}/versions`, { name: 'Snapshot' });
    expect(version.status, version.text).toBe(201);
  }, 60_000);
  afterAll(async () => server?.close());

  it('lists what happened, newest first, with actor names', async () => {
    const log = await team.owner.get(audit);
    expect(log.status, log.text).toBe(200);
    const events = log.json.events as { id: number; action: string; actor: { name: string } | null }[];
    expect(events[0]).toMatchObject({
      action: 'version.create',
      targetType: 'journey',
      targetId: 'parcel-return',
      detail: { version: 1, name: 'Snapshot', revision: 1 },
      actor: { id: team.editor.userId, name: 'Audit editor' },
    });
    const ids = events.map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(events.map((event) => event.action)).toContain('journey.create');
    expect(events.at(-1)?.action).toBe('workspace.create');
    expect(log.json.next).toBeNull();
  });

  it('pages by id with limit and before', async () => {
    const all = (await team.owner.get(audit)).json.events as { id: number }[];
    const first = await team.owner.get(`${audit}?limit=2`);
    expect(first.json.events.map((e: { id: number }) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    expect(first.json.next).toBe(all[1]?.id);
    const second = await team.owner.get(`${audit}?limit=2&before=${first.json.next}`);
    expect(second.json.events.map((e: { id: number }) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    const rest = await team.owner.get(`${audit}?limit=500&before=${first.json.next}`);
    expect(rest.json.events).toHaveLength(all.length - 2);
    expect(rest.json.next).toBeNull();
  });

  it('filters by one action or a family of actions', async () => {
    const accepted = await team.owner.get(`${audit}?action=invitation.accept`);
    expect(accepted.json.events).toHaveLength(3);
    const family = await team.owner.get(`${audit}?action=invitation`);
    expect(new Set(family.json.events.map((e: { action: string }) => e.action))).toEqual(
      new Set(['invitation.create', 'invitation.accept']),
    );
    const bad = await team.owner.get(`${audit}?action=DROP TABLE`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toBe('querystring.action');
    const badLimit = await team.owner.get(`${audit}?limit=0`);
    expect(badLimit.status).toBe(400);
    expect(badLimit.json.error.errors[0].path).toBe('querystring.limit');
  });

  it('is for owners only, and invisible to non-members', async () => {
    for (const member of [team.editor, team.commenter, team.viewer]) {
      const response = await member.get(audit);
      expect(response.status).toBe(403);
      expect(response.json.error.message).toMatch(/which cannot manage members, sharing and settings/);
    }
    expect((await team.stranger.get(audit)).status).toBe(404);
    expect((await server.anonymous.get(audit)).status).toBe(401);
  });

  it('never shows another workspace’s events', async () => {
    await team.owner.post('/api/v1/workspaces', { name: 'Audit elsewhere' });
    const log = (await team.owner.get(`${audit}?limit=500`)).json.events as { targetId: string }[];
    expect(log.map((event) => event.targetId)).not.toContain('audit-elsewhere');
  });
});
