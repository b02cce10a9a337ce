import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const journeys = '/api/v1/workspaces/lab/journeys';

const yaml = `title: Returning a parcel
id: parcel-return
review: { cadence: quarterly, lastReviewed: 2024-01-01 }
personas:
  - id: shopper
    name: Online shopper
stages:
  - name: Decide
    steps:
      - name: Read the returns policy
  - name: Empty stage
`;

/** A member of the lab workspace with this role. */
async function member(server: TestServer, owner: ApiClient, role: string): Promise<ApiClient> {
  const person = await server.signUp(`A ${role}`);
  const invitation = await owner.post('/api/v1/workspaces/lab/invitations', { role });
  expect((await person.post(`/api/v1/invitations/${invitation.json.token}/accept`)).status).toBe(200);
  return person;
}

describe.each(databaseKinds)('lint on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    await owner.post('/api/v1/workspaces', { name: 'Lab' });
    const created = await owner.post(journeys, undefined, {
      raw: yaml,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(created.status, created.text).toBe(201);
  });
  afterAll(async () => server?.close());

  it('reports findings with advice and the health score', async () => {
    const response = await owner.get(`${journeys}/parcel-return/lint?today=2024-02-01`);
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
    const rules = response.json.findings.map((f: { rule: string }) => f.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(response.json.findings[0]).toMatchObject({
      rule: expect.any(String),
      severity: expect.stringMatching(/^(error|warning|info)$/),
      message: expect.any(String),
      advice: expect.any(String),
      category: expect.any(String),
    });
    expect(response.json.health.score).toBeGreaterThanOrEqual(0);
    expect(response.json.health.score).toBeLessThan(100);
    expect(response.json.health.breakdown.length).toBeGreaterThan(0);
    const total = response.json.counts.error + response.json.counts.warning + response.json.counts.info;
    expect(total).toBe(response.json.findings.length);
  });

  it('judges the review against ?today', async () => {
    const early = await owner.get(`${journeys}/parcel-return/lint?today=2024-02-01`);
    const late = await owner.get(`${journeys}/parcel-return/lint?today=2030-01-01`);
    const messages = (r: typeof early) =>
      r.json.findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages(late)).toMatch(/review/i);
    expect(late.json.findings.length).toBeGreaterThan(early.json.findings.length);
  });

  it('refuses a malformed date, naming the parameter', async () => {
    for (const today of ['2024-13-01', 'yesterday', '2024-2-1']) {
      const response = await owner.get(`${journeys}/parcel-return/lint?today=${today}`);
      expect(response.status).toBe(400);
      expect(response.json.error.message).toMatch(/today/);
    }
  });

  it('answers 404 for a missing journey and to strangers; viewers may read', async () => {
    expect((await owner.get(`${journeys}/nope/lint`)).status).toBe(404);
    const stranger = await server.signUp('Stranger');
    expect((await stranger.get(`${journeys}/parcel-return/lint`)).status).toBe(404);
    const viewer = await member(server, owner, 'viewer');
    expect((await viewer.get(`${journeys}/parcel-return/lint`)).status).toBe(200);
  });
});
