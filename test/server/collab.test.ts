// Live collaboration through `waymark serve`'s /collab socket: Hocuspocus providers (the editor's
// client library) against a real server, on both engines.
import { rmSync } from 'node:fs';
import { applyCommandsToDoc, docToJourney } from '@waymark/collab';
import type { Journey } from '@waymark/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';
import { type Connected, openProvider } from './liveClient.js';
import { makeTeam, type Team, teamJourneyYaml } from './teamFixture.js';

/** Long enough for Hocuspocus's store debounce and a busy 2-core machine. */
const waitOptions = { timeout: 20_000, interval: 50 };

async function tokenOf(client: ApiClient): Promise<string> {
  const created = await client.post('/api/v1/me/tokens', { name: 'live' });
  expect(created.status, created.text).toBe(201);
  return created.json.token;
}

const journeyIn = (doc: Y.Doc): Journey => docToJourney(doc);

describe.each(databaseKinds)('live collaboration on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  const connections: Connected[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    team = await makeTeam(server, 'Live');
  }, 120_000);
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.close();
  });
  afterAll(async () => server?.close());

  const collabUrl = () => `${server.url.replace(/^http/, 'ws')}/collab`;

  /** A provider on a journey with the client's API token; resolves once synced, or refused. */
  async function connect(client: ApiClient, journey = 'parcel-return'): Promise<Connected> {
    const connected = await openProvider(collabUrl(), `${team.slug}/${journey}`, {
      token: await tokenOf(client),
    });
    connections.push(connected);
    return connected;
  }

  const apiJourney = async () => {
    const response = await team.owner.get(team.journeyPath);
    expect(response.status, response.text).toBe(200);
    return {
      journey: response.json as Journey,
      revision: Number(response.headers.get('etag')?.replaceAll('"', '')),
    };
  };

  it('brings two editors to the same document, and their edit to the API with a new revision', async () => {
    const before = await apiJourney();
    const ann = await connect(team.owner);
    const bob = await connect(team.editor);
    expect(ann.refused).toBeUndefined();
    expect(bob.refused).toBeUndefined();
    expect(journeyIn(ann.doc)).toEqual(before.journey);

    applyCommandsToDoc(ann.doc, [{ op: 'journey.set', set: { title: 'Returning a parcel, live' } }]);
    applyCommandsToDoc(bob.doc, [
      { op: 'update', id: 'print-label', set: { name: 'Print or show the label' } },
    ]);
    await vi.waitFor(() => {
      expect(journeyIn(ann.doc)).toEqual(journeyIn(bob.doc));
      expect(journeyIn(ann.doc).title).toBe('Returning a parcel, live');
      expect(journeyIn(ann.doc).stages[0]?.steps[1]?.name).toBe('Print or show the label');
    }, waitOptions);

    await vi.waitFor(async () => {
      const after = await apiJourney();
      expect(after.journey).toEqual(journeyIn(ann.doc));
      expect(after.revision).toBeGreaterThan(before.revision);
    }, waitOptions);
  });

  it('writes a REST PUT into the documents of connected editors', async () => {
    const ann = await connect(team.owner);
    const current = await apiJourney();
    const put = await team.owner.put(
      team.journeyPath,
      { ...current.journey, objective: 'Send a parcel back without a printer' },
      { headers: { 'if-match': `"${current.revision}"` } },
    );
    expect(put.status, put.text).toBe(200);
    await vi.waitFor(() => {
      expect(journeyIn(ann.doc).objective).toBe('Send a parcel back without a printer');
    }, waitOptions);
  });

  it('refuses a viewer’s and a commenter’s document updates on the server', async () => {
    const before = await apiJourney();
    const viewer = await connect(team.viewer);
    const commenter = await connect(team.commenter);
    expect(viewer.refused).toBeUndefined();
    expect(commenter.refused).toBeUndefined();
    applyCommandsToDoc(viewer.doc, [{ op: 'journey.set', set: { title: 'Changed by a viewer' } }]);
    applyCommandsToDoc(commenter.doc, [
      { op: 'update', id: 'read-policy', set: { name: 'Changed by a commenter' } },
    ]);

    // An editor's later edit reaches the API and the read-only clients; theirs reach no one.
    const editor = await connect(team.editor);
    applyCommandsToDoc(editor.doc, [{ op: 'journey.set', set: { description: 'Edited by the editor' } }]);
    await vi.waitFor(async () => {
      expect((await apiJourney()).journey.description).toBe('Edited by the editor');
      expect(journeyIn(viewer.doc).description).toBe('Edited by the editor');
    }, waitOptions);
    const after = await apiJourney();
    expect(after.journey.title).toBe(before.journey.title);
    expect(after.journey.stages[0]?.steps[0]?.name).toBe(before.journey.stages[0]?.steps[0]?.name);
    expect(journeyIn(editor.doc).title).toBe(before.journey.title);
    expect(journeyIn(editor.doc).stages[0]?.steps[0]?.name).toBe(before.journey.stages[0]?.steps[0]?.name);
  });

  it('does not let a stranger, or anyone, open a journey that is not theirs or does not exist', async () => {
    const stranger = await connect(team.stranger);
    expect(stranger.refused).toBeDefined();
    expect(journeyIn(stranger.doc).stages).toEqual([]);
    const missing = await connect(team.owner, 'no-such-journey');
    expect(missing.refused).toBeDefined();
  });

  it('takes the session cookie from Waymark’s own pages, and refuses it from another site', async () => {
    const session = await server.signIn(team.editor.email);
    const cookie = session.cookie ?? '';
    const name = `${team.slug}/parcel-return`;
    const own = await openProvider(collabUrl(), name, { headers: { cookie, origin: server.url } });
    const foreign = await openProvider(collabUrl(), name, {
      headers: { cookie, origin: 'https://evil.example' },
    });
    connections.push(own, foreign);
    expect(own.refused).toBeUndefined();
    expect(journeyIn(own.doc)).toEqual((await apiJourney()).journey);
    expect(foreign.refused).toBeDefined();
  });
});

describe.each(databaseKinds)('live documents across a restart on %s', (kind) => {
  it('keeps what a closing server stored, and loads a REST write made while no one was connected', async () => {
    const first = await startTestServer(kind);
    const { dataDir } = first;
    const { databaseUrl } = first.server.context.config;
    let second: TestServer | undefined;
    try {
      const workspace = (await first.admin.post('/api/v1/workspaces', { name: 'Restart' })).json.slug;
      const path = `/api/v1/workspaces/${workspace}/journeys/parcel-return`;
      const created = await first.admin.post(`/api/v1/workspaces/${workspace}/journeys`, undefined, {
        raw: teamJourneyYaml,
        headers: { 'content-type': 'application/yaml' },
      });
      expect(created.status, created.text).toBe(201);
      const name = `${workspace}/parcel-return`;
      const wsUrl = (url: string) => `${url.replace(/^http/, 'ws')}/collab`;
      const live = await openProvider(wsUrl(first.url), name, { token: await tokenOf(first.admin) });
      applyCommandsToDoc(live.doc, [{ op: 'journey.set', set: { title: 'Edited just before the restart' } }]);
      await vi.waitFor(() => expect(live.provider.hasUnsyncedChanges).toBe(false), waitOptions);
      // Closing stores the edit at once, without waiting for the debounce.
      await first.server.close();
      live.close();

      second = await startTestServer(kind, {
        dataDir,
        ...(databaseUrl === undefined ? {} : { databaseUrl }),
      });
      const admin = await second.signIn('admin@example.com');
      const stored = await admin.get(path);
      expect(stored.json.title).toBe('Edited just before the restart');
      const put = await admin.put(
        path,
        { ...stored.json, objective: 'Written while no one was connected' },
        { headers: { 'if-match': stored.headers.get('etag') ?? '' } },
      );
      expect(put.status, put.text).toBe(200);

      const again = await openProvider(wsUrl(second.url), name, {
        headers: { cookie: admin.cookie ?? '', origin: second.url },
      });
      again.close();
      expect(again.refused).toBeUndefined();
      expect(journeyIn(again.doc)).toEqual((await admin.get(path)).json);
    } finally {
      await second?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
