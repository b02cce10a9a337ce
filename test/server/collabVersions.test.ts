// Versions and live documents (issue #4): a named version keeps the Yjs state beside its JSON, and
// restoring one is a new edit that everyone connected sees.
import { applyCommandsToDoc, docToJourney } from '@waymark/collab';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';
import { type Connected, collabUrlOf, openProvider } from './liveClient.js';
import { makeTeam, type Team } from './teamFixture.js';

const waitOptions = { timeout: 20_000, interval: 50 };

describe.each(databaseKinds)('versions of live documents on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  const connections: Connected[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    team = await makeTeam(server, 'Versions live');
  }, 120_000);
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.close();
  });
  afterAll(async () => server?.close());

  const connect = async (client: ApiClient): Promise<Connected> => {
    const created = await client.post('/api/v1/me/tokens', { name: 'live' });
    expect(created.status, created.text).toBe(201);
    const connected = await openProvider(collabUrlOf(server.url), `${team.slug}/parcel-return`, {
      token: created.json.token,
    });
    connections.push(connected);
    expect(connected.refused).toBeUndefined();
    return connected;
  };

  it('keeps the Yjs state with a version, and restoring it is an edit both editors see live', async () => {
    const ann = await connect(team.owner);
    const bob = await connect(team.editor);
    applyCommandsToDoc(ann.doc, [{ op: 'journey.set', set: { title: 'The workshop version' } }]);
    await vi.waitFor(async () => {
      expect((await team.owner.get(team.journeyPath)).json.title).toBe('The workshop version');
    }, waitOptions);
    const taken = await team.owner.post(`${team.journeyPath}/versions`, { name: 'After the workshop' });
    expect(taken.status, taken.text).toBe(201);

    const versionRow = await server.server.context.db
      .selectFrom('journeyVersion')
      .innerJoin('journeyVersionYState', 'journeyVersionYState.versionId', 'journeyVersion.id')
      .select(['journeyVersion.document', 'journeyVersionYState.state'])
      .where('journeyVersion.number', '=', taken.json.number)
      .where('journeyVersion.journeyId', '=', (eb) =>
        eb.selectFrom('journey').select('id').where('slug', '=', 'parcel-return').limit(1),
      )
      .executeTakeFirstOrThrow();
    const snapshot = new Y.Doc();
    Y.applyUpdate(snapshot, Buffer.from(versionRow.state, 'base64'));
    expect(docToJourney(snapshot)).toEqual(JSON.parse(versionRow.document));
    expect(docToJourney(snapshot).title).toBe('The workshop version');

    applyCommandsToDoc(bob.doc, [
      { op: 'journey.set', set: { title: 'Changed after the version' } },
      { op: 'update', id: 'print-label', set: { name: 'Print it somewhere' } },
    ]);
    let etag = '';
    await vi.waitFor(async () => {
      const current = await team.owner.get(team.journeyPath);
      expect(current.json.title).toBe('Changed after the version');
      etag = current.headers.get('etag') ?? '';
    }, waitOptions);

    const restored = await team.owner.post(
      `${team.journeyPath}/versions/${taken.json.number}/restore`,
      undefined,
      {
        headers: { 'if-match': etag },
      },
    );
    expect(restored.status, restored.text).toBe(200);
    const expected = JSON.parse(versionRow.document);
    await vi.waitFor(() => {
      expect(docToJourney(ann.doc)).toEqual(expected);
      expect(docToJourney(bob.doc)).toEqual(expected);
    }, waitOptions);
    // Both keep editing on top of the restored map.
    applyCommandsToDoc(ann.doc, [
      { op: 'update', id: 'read-policy', set: { name: 'Read the policy, again' } },
    ]);
    await vi.waitFor(async () => {
      expect(docToJourney(bob.doc).stages[0]?.steps[0]?.name).toBe('Read the policy, again');
      const after = (await team.owner.get(team.journeyPath)).json;
      expect(after.stages[0]?.steps[0]?.name).toBe('Read the policy, again');
      expect(after.title).toBe('The workshop version');
    }, waitOptions);
  });
});
