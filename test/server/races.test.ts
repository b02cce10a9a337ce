import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';
import { teamJourneyYaml } from './teamFixture.js';

// Requests racing to create the same thing: one wins, the others are told 409, never 500.

describe.each(databaseKinds)('racing writes on %s', (kind) => {
  let server: TestServer;
  const base = '/api/v1/workspaces/races/journeys';
  beforeAll(async () => {
    server = await startTestServer(kind);
    await server.admin.post('/api/v1/workspaces', { name: 'Races' });
    await server.admin.post(base, undefined, {
      raw: teamJourneyYaml,
      headers: { 'content-type': 'application/yaml' },
    });
  });
  afterAll(async () => server?.close());

  it('numbers versions taken at once in turn', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        server.admin.post(`${base}/parcel-return/versions`, { name: `v${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    const list = await server.admin.get(`${base}/parcel-return/versions`);
    const numbers = (list.json.versions ?? list.json)
      .map((v: { number: number }) => v.number)
      .sort((a: number, b: number) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lets one of several identical creates win and tells the rest 409', async () => {
    const journeys = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.admin.post(base, undefined, {
          raw: teamJourneyYaml.replace('id: parcel-return', 'id: twin'),
          headers: { 'content-type': 'application/yaml' },
        }),
      ),
    );
    expect(journeys.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const workspaces = await Promise.all(
      Array.from({ length: 6 }, () => server.admin.post('/api/v1/workspaces', { name: 'Same name' })),
    );
    expect(workspaces.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });
});
