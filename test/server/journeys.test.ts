import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const base = '/api/v1/workspaces/lab/journeys';

const yamlJourney = `title: Returning a parcel
id: parcel-return
status: draft
tags: [returns, logistics]
owner: Rosa
review: { cadence: quarterly, lastReviewed: 2020-01-01 }
personas:
  - id: shopper
    name: Online shopper
stages:
  - name: Decide
    steps:
      - name: Read the returns policy
        emotions: { shopper: -1 }
`;

describe.each(databaseKinds)('journeys on %s', (kind) => {
  let server: TestServer;
  let editor: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = server.admin;
    await editor.post('/api/v1/workspaces', { name: 'Lab' });
  });
  afterAll(async () => server?.close());

  it('creates a journey from YAML and serves it back as JSON or YAML', async () => {
    const created = await editor.post(base, undefined, {
      raw: yamlJourney,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({
      id: 'parcel-return',
      revision: 1,
      tags: ['returns', 'logistics'],
      stale: true,
    });
    expect(created.headers.get('etag')).toBe('"1"');
    const json = await editor.get(`${base}/parcel-return`);
    expect(json.json.stages[0].steps[0].emotions.shopper.score).toBe(-1);
    const yaml = await editor.get(`${base}/parcel-return`, { headers: { accept: 'application/yaml' } });
    expect(yaml.headers.get('content-type')).toMatch(/application\/yaml/);
    expect(yaml.text).toMatch(/^title: Returning a parcel/m);
  });

  it('reports every problem of a bad YAML body with its line and column', async () => {
    const bad = yamlJourney.replace('emotions: { shopper: -1 }', 'emotions: { shopper: 7, nobody: 1 }');
    const response = await editor.post(base, undefined, {
      raw: bad,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(response.status).toBe(400);
    const errors = response.json.error.errors as { path: string; line: number; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['stages[0].steps[0].emotions.shopper', 'stages[0].steps[0].emotions.nobody']),
    );
    expect(errors.every((e) => typeof e.line === 'number')).toBe(true);
    expect((await editor.get(`${base}?tag=returns`)).json.total).toBe(1);
  });

  it('reports schema errors of a JSON body by path, and malformed JSON plainly', async () => {
    const response = await editor.post(base, { title: 'x', id: 'x', status: 'finished' });
    expect(response.status).toBe(400);
    expect(response.json.error.errors[0].path).toBe('status');
    const malformed = await editor.post(base, undefined, {
      raw: '{"title": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.message).toMatch(/not valid JSON/);
  });

  it('refuses a body over the limit with 413 and an unknown media type with 415', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(11 * 1024 * 1024) });
    const tooBig = await editor.post(base, undefined, {
      raw: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(tooBig.status).toBe(413);
    const weird = await editor.post(base, undefined, {
      raw: '<xml/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(weird.status).toBe(415);
  });

  it('creates from a template, with a new id and title', async () => {
    const created = await editor.post(`${base}/from-template`, {
      template: 'hotel-stay',
      id: 'hotel-2',
      title: 'Hotel, take two',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: 'hotel-2', title: 'Hotel, take two' });
    const again = await editor.post(`${base}/from-template`, { template: 'hotel-stay', id: 'hotel-2' });
    expect(again.status).toBe(409);
    const unknown = await editor.post(`${base}/from-template`, { template: 'hotel-stai' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.message).toMatch(/did you mean hotel-stay/);
  });

  it('needs If-Match to write, and never lets the id change', async () => {
    const doc = (await editor.get(`${base}/hotel-2`)).json;
    const missing = await editor.put(`${base}/hotel-2`, doc);
    expect(missing.status).toBe(428);
    const renamed = await editor.put(
      `${base}/hotel-2`,
      { ...doc, id: 'hotel-3' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(renamed.status).toBe(400);
    expect(renamed.json.error.errors[0].path).toBe('id');
    const garbage = await editor.put(`${base}/hotel-2`, doc, { headers: { 'if-match': 'yesterday' } });
    expect(garbage.status).toBe(400);
  });

  it('filters the list by status, owner, tag, persona and staleness', async () => {
    const doc = (await editor.get(`${base}/hotel-2`)).json;
    await editor.put(
      `${base}/hotel-2`,
      { ...doc, status: 'published', owner: 'Ines', tags: ['hotel'] },
      { headers: { 'if-match': '"1"' } },
    );
    const ids = async (query: string) =>
      (await editor.get(`${base}?${query}`)).json.journeys.map((j: { id: string }) => j.id).sort();
    expect(await ids('status=published')).toEqual(['hotel-2']);
    expect(await ids('owner=Rosa')).toEqual(['parcel-return']);
    expect(await ids('tag=hotel')).toEqual(['hotel-2']);
    expect(await ids('persona=shopper')).toEqual(['parcel-return']);
    expect(await ids('stale=true')).toEqual(['parcel-return']);
    expect(await ids('tag=ret')).toEqual([]); // whole tags only
    const bad = await editor.get(`${base}?status=finished`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toBe('querystring.status');
  });

  it('lists persona names and the health score of …/lint, kept up to date by writes', async () => {
    const listed = async () =>
      (await editor.get(base)).json.journeys.find((j: { id: string }) => j.id === 'parcel-return');
    const lint = (await editor.get(`${base}/parcel-return/lint`)).json;
    const before = await listed();
    expect(before.personaNames).toEqual(['Online shopper']);
    expect(before.lastReviewed).toBe('2020-01-01');
    expect(before.health).toBe(Math.round(lint.health.score));
    const current = await editor.get(`${base}/parcel-return`);
    const doc = current.json;
    const renamed = {
      ...doc,
      personas: [
        { ...doc.personas[0], name: 'Parcel sender' },
        { id: 'courier', name: 'Courier' },
      ],
    };
    const put = await editor.put(`${base}/parcel-return`, renamed, {
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.json.personaNames).toEqual(['Parcel sender', 'Courier']);
    const after = await listed();
    expect(after.personaNames).toEqual(['Parcel sender', 'Courier']);
    expect(after.health).toBe(Math.round((await editor.get(`${base}/parcel-return/lint`)).json.health.score));
  });

  it('fills in the summary of rows judged on an earlier day or never', async () => {
    const db = server.server.context.db;
    await db
      .updateTable('journey')
      .set({ personaNames: null, healthScore: null, healthDay: null, lastReviewed: null })
      .where('slug', '=', 'parcel-return')
      .execute();
    await db
      .updateTable('journey')
      .set({ healthScore: 1, healthDay: '2001-01-01' })
      .where('slug', '=', 'hotel-2')
      .execute();
    const journeys = (await editor.get(base)).json.journeys as {
      id: string;
      health: number;
      personaNames: string[];
    }[];
    const lint = async (id: string) => Math.round((await editor.get(`${base}/${id}/lint`)).json.health.score);
    expect(journeys.find((j) => j.id === 'parcel-return')).toMatchObject({
      personaNames: ['Parcel sender', 'Courier'],
      lastReviewed: '2020-01-01',
      health: await lint('parcel-return'),
    });
    expect(journeys.find((j) => j.id === 'hotel-2')?.health).toBe(await lint('hotel-2'));
    const stored = await db
      .selectFrom('journey')
      .select(['healthDay', 'personaNames'])
      .where('slug', '=', 'parcel-return')
      .executeTakeFirstOrThrow();
    expect(stored.healthDay).toBe(new Date().toISOString().slice(0, 10));
    expect(stored.personaNames).toBe('["Parcel sender","Courier"]');
  });

  it('deletes softly and restores', async () => {
    const current = await editor.get(`${base}/parcel-return`);
    const etag = current.headers.get('etag') ?? '';
    expect((await editor.delete(`${base}/parcel-return`, { headers: { 'if-match': etag } })).status).toBe(
      204,
    );
    const gone = await editor.get(`${base}/parcel-return`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.message).toMatch(/restore/);
    expect((await editor.get(`${base}?deleted=true`)).json.journeys.map((j: { id: string }) => j.id)).toEqual(
      ['parcel-return'],
    );
    const restored = await editor.post(`${base}/parcel-return/restore`);
    expect(restored.status).toBe(200);
    expect((await editor.get(`${base}/parcel-return`)).json.title).toBe('Returning a parcel');
  });

  it('keeps concurrent writers from losing each other’s updates', async () => {
    const doc = (await editor.get(`${base}/hotel-2`)).json;
    const revision = (await editor.get(`${base}/hotel-2`)).headers.get('etag') ?? '';
    const writes = await Promise.all(
      ['A', 'B', 'C', 'D'].map((who) =>
        editor.put(
          `${base}/hotel-2`,
          { ...doc, title: `Written by ${who}` },
          { headers: { 'if-match': revision } },
        ),
      ),
    );
    const statuses = writes.map((w) => w.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const winner = writes.find((w) => w.status === 200);
    const now = await editor.get(`${base}/hotel-2`);
    expect(now.headers.get('etag')).toBe(`"${winner?.json.revision}"`);
  });
  it('revokes share links on delete, so a restore does not bring them back', async () => {
    await editor.post(`${base}/from-template`, { template: 'clinic-visit', id: 'clinic' });
    const document = (await editor.get(`${base}/clinic`)).json;
    const share = await editor.post(`${base}/clinic/shares`, {});
    expect(share.status).toBe(201);
    expect((await server.anonymous.get(`/api/v1/shared/${share.json.token}`)).status).toBe(200);
    expect((await editor.delete(`${base}/clinic`, { headers: { 'if-match': '"1"' } })).status).toBe(204);
    expect((await editor.put(`${base}/clinic`, document, { headers: { 'if-match': '"1"' } })).status).toBe(
      404,
    );
    const restored = await editor.post(`${base}/clinic/restore`);
    expect(restored.json.revision).toBe(3); // created 1, deleted 2, restored 3
    expect((await server.anonymous.get(`/api/v1/shared/${share.json.token}`)).status).toBe(404);
  });
});
