import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';
import { makeTeam, type Team } from './teamFixture.js';

describe.each(databaseKinds)('versions on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  beforeAll(async () => {
    server = await startTestServer(kind);
    team = await makeTeam(server, 'Versions');
  }, 60_000);
  afterAll(async () => server?.close());

  /** Replaces the journey's title (and optionally status) at its current revision. */
  async function retitle(title: string, status?: string) {
    const current = await team.editor.get(team.journeyPath);
    const etag = current.headers.get('etag') ?? '';
    const saved = await team.editor.put(
      team.journeyPath,
      { ...current.json, title, ...(status === undefined ? {} : { status }) },
      { headers: { 'if-match': etag } },
    );
    expect(saved.status, saved.text).toBe(200);
    return saved;
  }

  it('takes named versions, lists them newest first and serves each one’s document', async () => {
    const first = await team.editor.post(`${team.journeyPath}/versions`, { name: 'Before the workshop' });
    expect(first.status, first.text).toBe(201);
    expect(first.json).toMatchObject({
      number: 1,
      name: 'Before the workshop',
      reason: 'manual',
      revision: 1,
      createdBy: { id: team.editor.userId, name: 'Versions editor' },
    });
    await retitle('Returning a parcel, revised');
    const second = await team.editor.post(`${team.journeyPath}/versions`, { name: 'After' });
    expect(second.json).toMatchObject({ number: 2, revision: 2 });

    const list = await team.viewer.get(`${team.journeyPath}/versions`);
    expect(list.status).toBe(200);
    expect(list.json.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);

    const one = await team.viewer.get(`${team.journeyPath}/versions/1`);
    expect(one.status).toBe(200);
    expect(one.json.title).toBe('Returning a parcel');
    const yaml = await team.viewer.get(`${team.journeyPath}/versions/1`, {
      headers: { accept: 'application/yaml' },
    });
    expect(yaml.headers.get('content-type')).toMatch(/application\/yaml/);
    expect(yaml.text).toMatch(/^title: Returning a parcel$/m);
  });

  it('names what is wrong with a version request', async () => {
    const missing = await team.viewer.get(`${team.journeyPath}/versions/99`);
    expect(missing.status).toBe(404);
    expect(missing.json.error.message).toMatch(/has no version 99; its versions are 1 to \d+/);
    const notNumber = await team.viewer.get(`${team.journeyPath}/versions/latest`);
    expect(notNumber.status).toBe(400);
    expect(notNumber.json.error.errors[0].path).toBe('params.number');
    const noName = await team.editor.post(`${team.journeyPath}/versions`, { name: '  ' });
    expect(noName.status).toBe(400);
    expect(noName.json.error.errors[0].path).toBe('body.name');
    const otherJourney = await team.viewer.get(`/api/v1/workspaces/${team.slug}/journeys/nope/versions`);
    expect(otherJourney.status).toBe(404);
  });

  it('lets viewers and commenters read versions but only editors take them', async () => {
    const byCommenter = await team.commenter.post(`${team.journeyPath}/versions`, { name: 'Mine' });
    expect(byCommenter.status).toBe(403);
    expect(byCommenter.json.error.message).toMatch(/your role in .* is commenter/);
    expect((await team.viewer.post(`${team.journeyPath}/versions`, { name: 'Mine' })).status).toBe(403);
    expect((await team.stranger.get(`${team.journeyPath}/versions`)).status).toBe(404);
    expect((await team.stranger.get(`${team.journeyPath}/versions/1`)).status).toBe(404);
    expect((await server.anonymous.get(`${team.journeyPath}/versions`)).status).toBe(401);
  });

  it('diffs two versions, or a version and the current journey, as JSON or text', async () => {
    const json = await team.viewer.get(`${team.journeyPath}/diff?from=1&to=current`);
    expect(json.status, json.text).toBe(200);
    expect(json.json.from).toBe('1');
    expect(json.json.to).toBe('current');
    expect(json.json.counts.changed).toBeGreaterThan(0);
    expect(JSON.stringify(json.json.changes)).toMatch(/Returning a parcel, revised/);
    const same = await team.viewer.get(`${team.journeyPath}/diff?from=2&to=current`);
    expect(same.json.changes).toEqual([]);
    const text = await team.viewer.get(`${team.journeyPath}/diff?from=1&to=2&format=text`);
    expect(text.headers.get('content-type')).toMatch(/text\/plain/);
    expect(text.text).toMatch(/^1 change: 0 added, 0 removed, 0 moved, 1 changed/);
    const nothing = await team.viewer.get(`${team.journeyPath}/diff?from=2&to=2&format=text`);
    expect(nothing.text.trim()).toBe('No differences.');
  });

  it('refuses a diff against a side that is not a version', async () => {
    const bad = await team.viewer.get(`${team.journeyPath}/diff?from=first`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toBe('querystring.from');
    const none = await team.viewer.get(`${team.journeyPath}/diff?to=1`);
    expect(none.status).toBe(400);
    const missing = await team.viewer.get(`${team.journeyPath}/diff?from=1&to=42`);
    expect(missing.status).toBe(404);
    expect(missing.json.error.message).toMatch(/no version 42/);
  });

  it('restores a version as a new revision and marks it with a restore version', async () => {
    const before = await team.editor.get(team.journeyPath);
    const revision = Number((before.headers.get('etag') ?? '').replaceAll('"', ''));
    const noIfMatch = await team.editor.post(`${team.journeyPath}/versions/1/restore`);
    expect(noIfMatch.status).toBe(428);
    const stale = await team.editor.post(`${team.journeyPath}/versions/1/restore`, undefined, {
      headers: { 'if-match': `"${revision - 1}"` },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.currentRevision).toBe(revision);
    expect(
      (
        await team.commenter.post(`${team.journeyPath}/versions/1/restore`, undefined, {
          headers: { 'if-match': `"${revision}"` },
        })
      ).status,
    ).toBe(403);

    const restored = await team.editor.post(`${team.journeyPath}/versions/1/restore`, undefined, {
      headers: { 'if-match': `"${revision}"` },
    });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.json).toMatchObject({ title: 'Returning a parcel', revision: revision + 1 });
    expect(restored.headers.get('etag')).toBe(`"${revision + 1}"`);
    expect((await team.viewer.get(team.journeyPath)).json.title).toBe('Returning a parcel');

    const list = await team.viewer.get(`${team.journeyPath}/versions`);
    expect(list.json.versions[0]).toMatchObject({
      name: 'Restored version 1',
      reason: 'restore',
      revision: revision + 1,
    });
    const audit = await team.owner.get(`/api/v1/workspaces/${team.slug}/audit?action=version.restore`);
    expect(audit.json.events[0]).toMatchObject({
      action: 'version.restore',
      targetId: 'parcel-return',
      detail: { version: 1, revision: revision + 1 },
    });
  });

  it('takes a version automatically when a journey is published', async () => {
    const before = await team.viewer.get(`${team.journeyPath}/versions`);
    await retitle('Returning a parcel', 'published');
    const after = await team.viewer.get(`${team.journeyPath}/versions`);
    expect(after.json.versions).toHaveLength(before.json.versions.length + 1);
    expect(after.json.versions[0]).toMatchObject({
      reason: 'publish',
      name: expect.stringMatching(/^Published /),
    });
    await retitle('Still published');
    const again = await team.viewer.get(`${team.journeyPath}/versions`);
    expect(again.json.versions).toHaveLength(after.json.versions.length);
  });
  it('answers 400, not 500, to version numbers beyond any version', async () => {
    for (const path of ['/versions/99999999999', '/diff?from=99999999999', '/versions/99999999999/restore']) {
      const method = path.endsWith('restore') ? 'POST' : 'GET';
      const response = await team.editor.request(method, `${team.journeyPath}${path}`, {
        headers: { 'if-match': '"1"' },
      });
      expect(response.status, path).toBe(400);
    }
  });
});
