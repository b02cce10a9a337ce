import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';

const journey = '/api/v1/workspaces/edits/journeys/hotel-stay';

describe.each(databaseKinds)('fine-grained edits on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await server.admin.post('/api/v1/workspaces', { name: 'Edits' });
    await server.admin.post('/api/v1/workspaces/edits/journeys/from-template', {
      template: 'hotel-stay',
      id: 'hotel-stay',
    });
  });
  afterAll(async () => server?.close());

  async function revision(): Promise<string> {
    return (await server.admin.get(journey)).headers.get('etag') ?? '';
  }

  it('applies a batch of commands to the revision in If-Match, and allocates ids', async () => {
    const before = (await server.admin.get(journey)).json;
    const stage = before.stages[0];
    const step = stage.steps[0];
    const persona = before.personas[0].id;
    const response = await server.admin.post(
      `${journey}/commands`,
      {
        commands: [
          { op: 'update', id: stage.id, set: { name: 'Dreaming of a trip' } },
          { op: 'add', kind: 'step', parent: stage.id, item: { name: 'Ask friends for tips' } },
          { op: 'emotion.set', step: step.id, persona, score: 2 },
          { op: 'add', kind: 'painPoint', item: { title: 'Too many tabs open', at: step.id, severity: 2 } },
        ],
      },
      { headers: { 'if-match': await revision() } },
    );
    expect(response.status, response.text).toBe(200);
    expect(response.json.journey.revision).toBe(2);
    expect(Object.values(response.json.allocated)).toEqual(expect.arrayContaining(['ask-friends-for-tips']));
    const after = (await server.admin.get(journey)).json;
    expect(after.stages[0].name).toBe('Dreaming of a trip');
    expect(after.stages[0].steps.at(-1).name).toBe('Ask friends for tips');
    expect(after.stages[0].steps[0].emotions[persona].score).toBe(2);
    expect(after.painPoints.at(-1).title).toBe('Too many tabs open');
  });

  it('applies nothing when one command fails, and says which', async () => {
    const before = await server.admin.get(journey);
    const response = await server.admin.post(
      `${journey}/commands`,
      {
        commands: [
          { op: 'update', id: before.json.stages[0].id, set: { name: 'Never saved' } },
          { op: 'remove', id: 'no-such-step' },
        ],
      },
      { headers: { 'if-match': before.headers.get('etag') ?? '' } },
    );
    expect(response.status).toBe(400);
    expect(response.json.error.errors[0].path).toMatch(/^commands\[1\]/);
    const after = await server.admin.get(journey);
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(after.json.stages[0].name).toBe(before.json.stages[0].name);
  });

  it('refuses commands against a stale revision', async () => {
    const response = await server.admin.post(
      `${journey}/commands`,
      { commands: [{ op: 'journey.set', set: { title: 'Stale' } }] },
      { headers: { 'if-match': '"1"' } },
    );
    expect(response.status).toBe(409);
    expect(response.json.error.currentRevision).toBeGreaterThan(1);
  });

  it('refuses an empty or malformed command list', async () => {
    const etag = await revision();
    expect(
      (await server.admin.post(`${journey}/commands`, { commands: [] }, { headers: { 'if-match': etag } }))
        .status,
    ).toBe(400);
    const bad = await server.admin.post(
      `${journey}/commands`,
      { commands: [{ op: 'explode' }] },
      { headers: { 'if-match': etag } },
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toMatch(/^commands\[0\]/);
  });
  it('answers 400, not 500, to commands that are not objects, and to too many commands', async () => {
    const etag = await revision();
    for (const commands of [[null], [42], ['add'], [[]]]) {
      const response = await server.admin.post(
        `${journey}/commands`,
        { commands },
        { headers: { 'if-match': etag } },
      );
      expect(response.status, JSON.stringify(commands)).toBe(400);
    }
    const many = Array.from({ length: 1001 }, () => ({ op: 'journey.set', set: { title: 'x' } }));
    const tooMany = await server.admin.post(
      `${journey}/commands`,
      { commands: many },
      { headers: { 'if-match': etag } },
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.message).toMatch(/at most 1000/);
  });
});
