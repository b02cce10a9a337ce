import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const imports = '/api/v1/workspaces/lab/imports';
const journeys = '/api/v1/workspaces/lab/journeys';

const mermaid = [
  'journey',
  '  title Morning coffee',
  '  section Order',
  '    Choose a drink: 4: Me',
  '    Pay: 2: Me',
].join('\n');

const yaml = `title: Returning a parcel
id: parcel-return
personas:
  - id: shopper
    name: Online shopper
stages:
  - name: Decide
    steps:
      - name: Read the returns policy
`;

describe.each(databaseKinds)('imports on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  const send = (query: string, body: string | Uint8Array, type = 'text/plain') =>
    owner.post(`${imports}?${query}`, undefined, { raw: body, headers: { 'content-type': type } });
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    await owner.post('/api/v1/workspaces', { name: 'Lab' });
  });
  afterAll(async () => server?.close());

  it('creates a journey from a Mermaid diagram, with the id and title asked for', async () => {
    const response = await send('format=mermaid&id=coffee&title=Coffee%20run', mermaid);
    expect(response.status, response.text).toBe(201);
    expect(response.json).toMatchObject({ id: 'coffee', title: 'Coffee run', revision: 1 });
    expect(Array.isArray(response.json.notes)).toBe(true);
    expect(response.headers.get('etag')).toBe('"1"');
    const stored = await owner.get(`${journeys}/coffee`);
    expect(stored.json.stages[0].steps.map((s: { name: string }) => s.name)).toEqual([
      'Choose a drink',
      'Pay',
    ]);
  });

  it('round-trips YAML, JSON, CSV, XLSX and UJM through export and import', async () => {
    expect(
      (await owner.post(journeys, undefined, { raw: yaml, headers: { 'content-type': 'application/yaml' } }))
        .status,
    ).toBe(201);
    const token = (await owner.post('/api/v1/me/tokens', { name: 'bytes' })).json.token;
    const cases: [string, string][] = [
      ['yaml', 'application/yaml'],
      ['json', 'application/json'],
      ['csv', 'text/csv'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['ujm', 'application/json'],
    ];
    for (const [format, type] of cases) {
      const exported = await fetch(`${server.url}${journeys}/parcel-return/export?format=${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = new Uint8Array(await exported.arrayBuffer());
      const response = await send(`format=${format}&id=copy-${format}`, body, type);
      expect(response.status, `${format}: ${response.text}`).toBe(201);
      const copy = await owner.get(`${journeys}/copy-${format}`);
      expect(copy.json.title, format).toBe('Returning a parcel');
      expect(copy.json.stages[0].steps[0].name, format).toBe('Read the returns policy');
    }
  });

  it('reports a malformed Mermaid diagram with the line of each problem', async () => {
    const bad = ['journey', '  title Broken', '  section One', '    Make tea', '    Go: abc: Me'].join('\n');
    const response = await send('format=mermaid', bad);
    expect(response.status).toBe(400);
    expect(response.json.error.errors.map((e: { line: number }) => e.line)).toEqual([4, 5]);
    expect(response.json.error.message).toMatch(/:4/);
  });

  it('reports a malformed CSV with the line of the bad row', async () => {
    const exported = await owner.get(`${journeys}/parcel-return/export?format=csv`);
    const lines = exported.text.split(/\r?\n/);
    const last = lines.length - (lines.at(-1) === '' ? 1 : 0);
    const bad = `${exported.text.trimEnd()}\r\nwizard,,,,name,,Merlin\r\n`;
    const response = await send('format=csv&id=bad-csv', bad, 'text/csv');
    expect(response.status, response.text).toBe(400);
    expect(response.json.error.errors[0].line).toBe(last + 1);
  });

  it('reports a malformed JSON journey with its line', async () => {
    const response = await send('format=json', '{\n  "title": "x",\n  "stages": [1,\n}', 'application/json');
    expect(response.status).toBe(400);
    expect(response.json.error.errors[0].line).toBeGreaterThan(1);
  });

  it('refuses unknown formats by listing the importable ones, and bad ids by name', async () => {
    const unknown = await send('format=docx', 'x');
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toMatch(
      /format: cannot import from docx; choose one of .*mermaid.*csv/,
    );
    const markdown = await send('format=md', '# A journey');
    expect(markdown.status).toBe(400);
    expect(markdown.json.error.message).toMatch(/cannot import from md/);
    const badId = await send('format=mermaid&id=not%20an%20id', mermaid);
    expect(badId.status).toBe(400);
    expect(badId.json.error.errors[0].path).toBe('id');
    const xlsxAsText = await send('format=xlsx', 'not a spreadsheet');
    expect(xlsxAsText.status).toBe(400);
    const brokenXlsx = await send('format=xlsx', new Uint8Array([1, 2, 3]), 'application/octet-stream');
    expect(brokenXlsx.status).toBe(400);
  });

  it('refuses a second journey with the same id (409)', async () => {
    const again = await send('format=mermaid&id=coffee', mermaid);
    expect(again.status).toBe(409);
  });

  it('lets editors import, not viewers or strangers', async () => {
    const viewer = await server.signUp('Viewer');
    const invitation = await owner.post('/api/v1/workspaces/lab/invitations', { role: 'viewer' });
    await viewer.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    const denied = await viewer.post(`${imports}?format=mermaid&id=v`, undefined, {
      raw: mermaid,
      headers: { 'content-type': 'text/plain' },
    });
    expect(denied.status).toBe(403);
    const stranger = await server.signUp('Stranger');
    const hidden = await stranger.post(`${imports}?format=mermaid&id=s`, undefined, {
      raw: mermaid,
      headers: { 'content-type': 'text/plain' },
    });
    expect(hidden.status).toBe(404);
  });
});
