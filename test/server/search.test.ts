import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const journeys = '/api/v1/workspaces/lab/journeys';
const search = (q: string, limit?: number) =>
  `/api/v1/workspaces/lab/search?q=${encodeURIComponent(q)}${limit === undefined ? '' : `&limit=${limit}`}`;

const journeyYaml = (id: string, title: string, step: string) => `title: ${title}
id: ${id}
personas:
  - id: shopper
    name: Online shopper
stages:
  - name: Decide
    steps:
      - name: ${step}
`;

describe.each(databaseKinds)('search on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    await owner.post('/api/v1/workspaces', { name: 'Lab' });
    for (const [id, title, step] of [
      ['parcel-return', 'Returning a parcel', 'Print the returns label'],
      ['hotel-stay', 'Hotel stay', 'Check in at the reception desk'],
      ['café-visit', 'Café visit', 'Order a crème brûlée'],
    ] as const) {
      const created = await owner.post(journeys, undefined, {
        raw: journeyYaml(id.replace('é', 'e'), title, step),
        headers: { 'content-type': 'application/yaml' },
      });
      expect(created.status, created.text).toBe(201);
    }
  });
  afterAll(async () => server?.close());

  it('finds journeys by words in their steps, with the match marked in a plain-text snippet', async () => {
    const response = await owner.get(search('returns label'));
    expect(response.status, response.text).toBe(200);
    expect(response.json.results).toHaveLength(1);
    const [hit] = response.json.results;
    expect(hit).toMatchObject({ id: 'parcel-return', title: 'Returning a parcel', status: 'draft' });
    expect(hit.snippet).toContain('«label»');
    expect(hit.snippet).not.toMatch(/<\/?b>/);
    expect(typeof hit.rank).toBe('number');
  });

  it('matches the last word as a prefix and needs every word', async () => {
    const prefix = await owner.get(search('recep'));
    expect(prefix.json.results.map((r: { id: string }) => r.id)).toEqual(['hotel-stay']);
    const both = await owner.get(search('reception parcel'));
    expect(both.json.results).toEqual([]);
  });

  it('ranks a title match above a body match', async () => {
    await owner.post(journeys, undefined, {
      raw: journeyYaml('desk-move', 'Desk move', 'Carry a box'),
      headers: { 'content-type': 'application/yaml' },
    });
    const response = await owner.get(search('desk'));
    expect(response.json.results.map((r: { id: string }) => r.id)).toEqual(['desk-move', 'hotel-stay']);
  });

  it('finds words with accents and in other scripts', async () => {
    const response = await owner.get(search('crème'));
    expect(response.json.results.map((r: { id: string }) => r.id)).toEqual(['cafe-visit']);
  });

  it('follows changes and forgets deleted journeys', async () => {
    const path = `${journeys}/hotel-stay`;
    const current = await owner.get(path);
    const changed = {
      ...current.json,
      stages: [
        {
          ...current.json.stages[0],
          steps: [{ ...current.json.stages[0].steps[0], name: 'Ring the concierge' }],
        },
      ],
    };
    expect((await owner.put(path, changed, { headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await owner.get(search('concierge'))).json.results).toHaveLength(1);
    expect((await owner.get(search('reception'))).json.results).toEqual([]);
    expect((await owner.delete(path, { headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await owner.get(search('concierge'))).json.results).toEqual([]);
    expect((await owner.post(`${path}/restore`)).status).toBe(200);
    expect((await owner.get(search('concierge'))).json.results.map((r: { id: string }) => r.id)).toEqual([
      'hotel-stay',
    ]);
  });

  it('honours the limit and refuses a bad one by name', async () => {
    expect((await owner.get(search('a', 1))).json.results.length).toBeLessThanOrEqual(1);
    const bad = await owner.get(search('parcel', 0));
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/limit/);
  });

  it('never breaks on query syntax, quotes, operators or odd characters', async () => {
    const nasty = [
      '"',
      '""',
      "'",
      '*',
      '-',
      '- parcel',
      'parcel*',
      'NOT parcel',
      'parcel OR hotel',
      'parcel AND',
      'NEAR(parcel label)',
      'title:parcel',
      '^parcel',
      '(parcel',
      'parcel)',
      "'; DROP TABLE journey; --",
      '\\',
      '&|!:*',
      '🚀 parcel',
      '中文',
      'e\u0301',
      '\u0000',
      '   ',
      '',
    ];
    for (const q of nasty) {
      const response = await owner.get(search(q));
      expect(response.status, `${JSON.stringify(q)}: ${response.text}`).toBe(200);
      expect(Array.isArray(response.json.results)).toBe(true);
    }
    expect((await owner.get(search('"parcel"'))).json.results.map((r: { id: string }) => r.id)).toEqual([
      'parcel-return',
    ]);
    expect((await owner.get(search('- parcel'))).json.results).toHaveLength(1);
  });

  it('never fails on any string (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (q) => {
        const response = await owner.get(search(q));
        expect(response.status, `${JSON.stringify(q)}: ${response.text}`).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('answers members only: 404 to strangers, 401 to no one', async () => {
    const stranger = await server.signUp('Stranger');
    expect((await stranger.get(search('parcel'))).status).toBe(404);
    expect((await server.anonymous.get(search('parcel'))).status).toBe(401);
    await stranger.post('/api/v1/workspaces', { name: 'Other' });
    await stranger.post('/api/v1/workspaces/other/journeys', undefined, {
      raw: journeyYaml('secret-plan', 'Secret parcel plan', 'Hide'),
      headers: { 'content-type': 'application/yaml' },
    });
    const mine = await owner.get(search('secret'));
    expect(mine.json.results).toEqual([]);
  });
});
