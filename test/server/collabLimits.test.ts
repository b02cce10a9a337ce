// The limits of live collaboration (collab/limits.ts): what a misbehaving client sends is refused,
// its socket closed, and the document — in memory and stored — and everyone else carry on.
import { applyCommandsToDoc, docToJourney, liveCloseKind } from '@waymark/collab';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';
import {
  type Connected,
  collabUrlOf,
  openProvider,
  openRawCollabSocket,
  type RawCollabSocket,
} from './liveClient.js';
import { makeTeam, type Team } from './teamFixture.js';

const waitOptions = { timeout: 20_000, interval: 50 };
const maxDocumentBytes = 64 * 1024;
const messagesPerSecond = 20;
const connectionsPerUser = 3;

describe.each(databaseKinds)('live collaboration limits on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  const open: { close(): void }[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind, {
      collab: { maxDocumentBytes, messagesPerSecond, connectionsPerUser },
    });
    team = await makeTeam(server, 'Limits');
  }, 120_000);
  afterEach(() => {
    for (const connection of open.splice(0)) connection.close();
  });
  afterAll(async () => server?.close());

  const name = () => `${team.slug}/parcel-return`;
  const tokenOf = async (client: ApiClient): Promise<string> => {
    const created = await client.post('/api/v1/me/tokens', { name: 'live' });
    expect(created.status, created.text).toBe(201);
    return created.json.token;
  };
  const provider = async (client: ApiClient): Promise<Connected> => {
    const connected = await openProvider(collabUrlOf(server.url), name(), { token: await tokenOf(client) });
    open.push(connected);
    expect(connected.refused).toBeUndefined();
    return connected;
  };
  const raw = async (): Promise<RawCollabSocket> => {
    const socket = await openRawCollabSocket(collabUrlOf(server.url), name(), await tokenOf(team.owner));
    open.push(socket);
    return socket;
  };
  const stored = async () => {
    const response = await team.owner.get(team.journeyPath);
    expect(response.status, response.text).toBe(200);
    const logged = await server.server.context.db
      .selectFrom('journeyYUpdate')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return { journey: response.json, etag: response.headers.get('etag'), logged: Number(logged.count) };
  };

  /** After a refusal: nothing stored or logged changed, and an honest editor still edits and is seen. */
  async function expectIntact(
    before: Awaited<ReturnType<typeof stored>>,
    watcher: Connected,
    editor: Connected,
    title: string,
  ) {
    expect(await stored()).toEqual(before);
    expect(docToJourney(watcher.doc)).toEqual(before.journey);
    applyCommandsToDoc(editor.doc, [{ op: 'journey.set', set: { title } }]);
    await vi.waitFor(async () => {
      expect(docToJourney(watcher.doc).title).toBe(title);
      expect((await stored()).journey.title).toBe(title);
    }, waitOptions);
  }

  it('refuses bytes that are not a Yjs update, closes that socket, and changes nothing', async () => {
    const watcher = await provider(team.viewer);
    const editor = await provider(team.editor);
    const before = await stored();
    const garbage = await raw();
    garbage.sendUpdate(Uint8Array.from({ length: 40 }, () => 0xff));
    const closed = await garbage.closed;
    expect(closed).toMatchObject({ code: 1008, reason: expect.stringMatching(/not a Yjs document update/) });
    expect(liveCloseKind(closed.code, closed.reason)).toBe('malformed');
    const truncated = await raw();
    truncated.sendRaw(Uint8Array.from([0, 2, 0x7f, 1, 2]));
    expect((await truncated.closed).code).toBe(1008);
    await expectIntact(before, watcher, editor, 'Still editable after garbage');
  });

  it('refuses an update that would make the document too large, and one too large to read', async () => {
    const watcher = await provider(team.viewer);
    const editor = await provider(team.editor);
    const before = await stored();
    const bigTitle = (length: number) => {
      const doc = new Y.Doc();
      doc.getMap('journey').set('title', new Y.Text('x'.repeat(length)));
      return Y.encodeStateAsUpdate(doc);
    };
    const large = await raw();
    large.sendUpdate(bigTitle(maxDocumentBytes));
    const closed = await large.closed;
    expect(closed).toMatchObject({ code: 1009, reason: expect.stringMatching(/larger than/) });
    expect(liveCloseKind(closed.code, closed.reason)).toBe('tooBig');
    const huge = await raw();
    huge.sendUpdate(bigTitle(maxDocumentBytes * 3));
    expect((await huge.closed).code).toBe(1009);
    await expectIntact(before, watcher, editor, 'Still editable after an oversized update');
  });

  it('closes a connection that sends faster than the message rate', async () => {
    const watcher = await provider(team.viewer);
    const editor = await provider(team.editor);
    const before = await stored();
    const flood = await raw();
    for (let i = 0; i < messagesPerSecond * 10; i++) flood.sendSyncStep1();
    const closed = await flood.closed;
    expect(closed).toMatchObject({ code: 1008, reason: expect.stringMatching(/messages a second/) });
    // The editor tells this apart from a malformed message, and says so (useLiveJourney).
    expect(liveCloseKind(closed.code, closed.reason)).toBe('flood');
    await expectIntact(before, watcher, editor, 'Still editable after a flood');
  });

  it('closes a person’s live connection beyond the limit, and takes a new one once one goes', async () => {
    const person = await server.signUp('Limits tabs');
    const invitation = await team.owner.post(`/api/v1/workspaces/${team.slug}/invitations`, {
      role: 'editor',
    });
    expect((await person.post(`/api/v1/invitations/${invitation.json.token}/accept`)).status).toBe(200);
    const tabs: Connected[] = [];
    for (let i = 0; i < connectionsPerUser; i++) tabs.push(await provider(person));
    // Closed by the server once connected: it may or may not have synced first.
    const extra = await openProvider(collabUrlOf(server.url), name(), { token: await tokenOf(person) });
    open.push(extra);
    const reasons: string[] = [];
    extra.provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
    await vi.waitFor(() => expect(extra.provider.isAuthenticated).toBe(false), waitOptions);
    if (extra.refused === undefined) await vi.waitFor(() => expect(reasons).not.toEqual([]), waitOptions);
    const reason = extra.refused?.replace(/^closed: /, '') ?? reasons[0] ?? '';
    expect(liveCloseKind(1000, reason)).toBe('tooManyConnections');
    for (const tab of tabs) expect(tab.provider.isAuthenticated).toBe(true);
    tabs[0]?.close();
    const again = await provider(person);
    await vi.waitFor(async () => {
      // Held: the new connection edits and the others see it.
      applyCommandsToDoc(again.doc, [{ op: 'journey.set', set: { description: 'From a new tab' } }]);
      expect(docToJourney(tabs[1]?.doc ?? new Y.Doc()).description).toBe('From a new tab');
    }, waitOptions);
    expect(again.provider.isAuthenticated).toBe(true);
  });
});
