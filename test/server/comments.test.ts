import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';
import { makeTeam, type Team } from './teamFixture.js';

describe.each(databaseKinds)('comments on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  let comments: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    team = await makeTeam(server, 'Comments');
    comments = `${team.journeyPath}/comments`;
  }, 60_000);
  afterAll(async () => server?.close());

  it('comments on the journey and on an element, and lists threads with author names', async () => {
    const onJourney = await team.commenter.post(comments, { body: 'Is this still current?' });
    expect(onJourney.status, onJourney.text).toBe(201);
    expect(onJourney.json).toMatchObject({
      elementId: null,
      parentId: null,
      author: { id: team.commenter.userId, name: 'Comments commenter' },
      body: 'Is this still current?',
      resolvedAt: null,
    });
    const onStep = await team.editor.post(comments, {
      body: 'Policy is hard to find',
      elementId: 'read-policy',
    });
    expect(onStep.status, onStep.text).toBe(201);
    expect(onStep.json.elementId).toBe('read-policy');

    const all = await team.viewer.get(comments);
    expect(all.status).toBe(200);
    expect(all.json.threads.map((t: { body: string }) => t.body)).toEqual([
      'Is this still current?',
      'Policy is hard to find',
    ]);
    const onlyStep = await team.viewer.get(`${comments}?elementId=read-policy`);
    expect(onlyStep.json.threads).toHaveLength(1);
    expect(onlyStep.json.threads[0].author.name).toBe('Comments editor');
  });

  it('refuses an element that is not in the journey, naming it with a suggestion', async () => {
    const typo = await team.commenter.post(comments, { body: 'Hm', elementId: 'read-polcy' });
    expect(typo.status).toBe(400);
    expect(typo.json.error.message).toBe(
      "elementId: journey parcel-return has no element with id read-polcy (did you mean 'read-policy'?)",
    );
    expect(typo.json.error.errors[0].path).toBe('elementId');
    const empty = await team.commenter.post(comments, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.json.error.errors[0].path).toBe('body.body');
  });

  it('keeps threads one level deep: a reply to a reply joins the root', async () => {
    const root = await team.commenter.post(comments, {
      body: 'Label printing fails',
      elementId: 'print-label',
    });
    const reply = await team.editor.post(comments, { body: 'Which printer?', parentId: root.json.id });
    expect(reply.status, reply.text).toBe(201);
    expect(reply.json).toMatchObject({ parentId: root.json.id, elementId: 'print-label' });
    const nested = await team.commenter.post(comments, { body: 'The office one', parentId: reply.json.id });
    expect(nested.json.parentId).toBe(root.json.id);
    const thread = (await team.viewer.get(`${comments}?elementId=print-label`)).json.threads[0];
    expect(thread.id).toBe(root.json.id);
    expect(thread.replies.map((r: { body: string }) => r.body)).toEqual(['Which printer?', 'The office one']);

    const unknownParent = await team.commenter.post(comments, { body: 'x', parentId: 'nope' });
    expect(unknownParent.status).toBe(400);
    expect(unknownParent.json.error.message).toMatch(/^parentId: no comment nope/);
    const otherElement = await team.commenter.post(comments, {
      body: 'x',
      parentId: root.json.id,
      elementId: 'read-policy',
    });
    expect(otherElement.status).toBe(400);
    expect(otherElement.json.error.message).toMatch(/^elementId: a reply belongs to its thread's element/);
  });

  it('mentions members by token or list, and refuses people outside the workspace', async () => {
    const tokens = await team.commenter.post(comments, {
      body: `@[Editor](${team.editor.userId}) please check`,
      mentions: [team.viewer.userId],
    });
    expect(tokens.status, tokens.text).toBe(201);
    expect(tokens.json.mentions).toEqual([
      { id: team.editor.userId, name: 'Comments editor' },
      { id: team.viewer.userId, name: 'Comments viewer' },
    ]);
    const outsider = await team.commenter.post(comments, {
      body: `@[Someone](${team.stranger.userId}) look`,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.json.error.message).toBe(
      `mentions: ${team.stranger.userId} is not a member of workspace ${team.slug}; only members can be mentioned`,
    );
    const listed = await team.commenter.post(comments, { body: 'look', mentions: ['made-up-user'] });
    expect(listed.status).toBe(400);
  });

  it('lets only the author edit a comment', async () => {
    const created = await team.commenter.post(comments, { body: 'Frist' });
    const path = `${comments}/${created.json.id}`;
    const edited = await team.commenter.patch(path, { body: 'First' });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json.body).toBe('First');
    const byOwner = await team.owner.patch(path, { body: 'Owner was here' });
    expect(byOwner.status).toBe(403);
    expect(byOwner.json.error.message).toBe('only its author can edit a comment');
    expect((await team.commenter.patch(`${comments}/nope`, { body: 'x' })).status).toBe(404);
  });

  it('resolves and reopens a whole thread from any of its comments', async () => {
    const root = await team.commenter.post(comments, { body: 'Resolve me' });
    const reply = await team.editor.post(comments, { body: 'Done', parentId: root.json.id });
    const resolved = await team.commenter.post(`${comments}/${reply.json.id}/resolve`);
    expect(resolved.status, resolved.text).toBe(200);
    expect(resolved.json).toMatchObject({
      id: root.json.id,
      resolvedBy: { id: team.commenter.userId, name: 'Comments commenter' },
    });
    const open = (await team.viewer.get(`${comments}?resolved=false`)).json.threads.map(
      (t: { id: string }) => t.id,
    );
    expect(open).not.toContain(root.json.id);
    const closed = (await team.viewer.get(`${comments}?resolved=true`)).json.threads;
    expect(closed.map((t: { id: string }) => t.id)).toEqual([root.json.id]);
    expect((await team.viewer.post(`${comments}/${root.json.id}/reopen`)).status).toBe(403);
    const reopened = await team.commenter.post(`${comments}/${root.json.id}/reopen`);
    expect(reopened.json.resolvedAt).toBeNull();
    expect((await team.viewer.get(`${comments}?resolved=true`)).json.threads).toEqual([]);
  });

  it('deletes softly: by the author or an owner, never by someone else', async () => {
    const mine = await team.commenter.post(comments, { body: 'Delete me' });
    const path = `${comments}/${mine.json.id}`;
    const byEditor = await team.editor.delete(path);
    expect(byEditor.status).toBe(403);
    expect(byEditor.json.error.message).toBe('only its author or a workspace owner can delete a comment');
    expect((await team.commenter.delete(path)).status).toBe(204);
    expect((await team.commenter.delete(path)).status).toBe(404);
    const theirs = await team.editor.post(comments, { body: 'Owner removes this' });
    expect((await team.owner.delete(`${comments}/${theirs.json.id}`)).status).toBe(204);
    const bodies = (await team.viewer.get(comments)).json.threads.map((t: { body: string }) => t.body);
    expect(bodies).not.toContain('Delete me');
    expect(bodies).not.toContain('Owner removes this');
    const row = await server.server.context.db
      .selectFrom('comment')
      .select('deletedAt')
      .where('id', '=', mine.json.id)
      .executeTakeFirst();
    expect(row?.deletedAt).toEqual(expect.any(String));
  });

  it('lets viewers read but not comment, and hides comments from non-members', async () => {
    expect((await team.viewer.get(comments)).status).toBe(200);
    const byViewer = await team.viewer.post(comments, { body: 'Can I?' });
    expect(byViewer.status).toBe(403);
    expect(byViewer.json.error.message).toMatch(/your role in .* is viewer, which cannot comment/);
    expect((await team.stranger.get(comments)).status).toBe(404);
    expect((await team.stranger.post(comments, { body: 'Hi' })).status).toBe(404);
    expect((await server.anonymous.get(comments)).status).toBe(401);
    expect((await team.viewer.get(`/api/v1/workspaces/${team.slug}/journeys/nope/comments`)).status).toBe(
      404,
    );
  });

  it('records comment.create, comment.resolve and comment.delete in the audit log', async () => {
    const audit = await team.owner.get(`/api/v1/workspaces/${team.slug}/audit?action=comment&limit=500`);
    const actions = new Set(audit.json.events.map((e: { action: string }) => e.action));
    expect(actions).toEqual(
      new Set(['comment.create', 'comment.resolve', 'comment.reopen', 'comment.delete']),
    );
  });
});
