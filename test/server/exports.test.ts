import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderLimit } from '../../packages/server/src/render/renderLimit.js';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

const journeys = '/api/v1/workspaces/lab/journeys';
const exportPath = (query: string) => `${journeys}/parcel-return/export?${query}`;

const yaml = `title: "<script>alert(1)</script> & returns"
id: parcel-return
personas:
  - id: shopper
    name: Online shopper
  - id: gifter
    name: Gift buyer
stages:
  - name: Decide
    steps:
      - name: Read the "returns" policy <b>now</b>
        emotions: { shopper: -1, gifter: 1 }
        touchpoints: [web]
`;

describe.each(databaseKinds)('exports on %s', (kind) => {
  let server: TestServer;
  let owner: ApiClient;
  let token: string;
  /** The body as bytes (the test client reads text). */
  const bytes = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { response, body: new Uint8Array(await response.arrayBuffer()) };
  };
  beforeAll(async () => {
    server = await startTestServer(kind);
    owner = server.admin;
    await owner.post('/api/v1/workspaces', { name: 'Lab' });
    const created = await owner.post(journeys, undefined, {
      raw: yaml,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(created.status, created.text).toBe(201);
    token = (await owner.post('/api/v1/me/tokens', { name: 'bytes' })).json.token;
  });
  afterAll(async () => server?.close());

  it('draws an SVG download in which user text is escaped', async () => {
    const response = await owner.get(exportPath('format=svg&theme=dark'));
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="parcel-return.svg"; filename*=UTF-8''parcel-return.svg`,
    );
    expect(response.text).toMatch(/^<svg|^<\?xml/);
    expect(response.text).not.toContain('<script');
    expect(response.text).not.toContain('<b>');
    expect(response.text).toContain('&lt;script&gt;');
  });

  it('draws a PNG and a PDF', async () => {
    const png = await bytes(exportPath('format=png&scale=0.5&theme=print'));
    expect(png.response.status).toBe(200);
    expect(png.response.headers.get('content-type')).toBe('image/png');
    expect([...png.body.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const pdf = await bytes(exportPath('format=pdf&page=a4&personas=shopper'));
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.response.headers.get('content-disposition')).toBe(
      `attachment; filename="parcel-return.pdf"; filename*=UTF-8''parcel-return.pdf`,
    );
    expect(new TextDecoder().decode(pdf.body.slice(0, 5))).toBe('%PDF-');
  });

  it('draws several PNGs at once (the render limit queues them)', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => bytes(exportPath('format=png&scale=0.25'))),
    );
    for (const { response, body } of results) {
      expect(response.status).toBe(200);
      expect(body[1]).toBe(0x50);
    }
  });

  it('filters personas and lanes as `waymark render` does', async () => {
    const one = await owner.get(exportPath('format=svg&personas=shopper'));
    const both = await owner.get(exportPath('format=svg'));
    expect(one.status).toBe(200);
    expect(one.text.length).toBeLessThan(both.text.length);
    const lanes = await owner.get(exportPath('format=svg&lanes=actions,emotions'));
    expect(lanes.status, lanes.text).toBe(200);
  });

  it('refuses unknown personas, lanes, themes and scales, naming the parameter', async () => {
    const persona = await owner.get(exportPath('format=svg&personas=shoper'));
    expect(persona.status).toBe(400);
    expect(persona.json.error.message).toMatch(/^personas: .*shoper.*did you mean shopper/);
    const lane = await owner.get(exportPath('format=png&lanes=actions,nope'));
    expect(lane.status).toBe(400);
    expect(lane.json.error.message).toMatch(/^lanes: unknown lane nope/);
    const twice = await owner.get(exportPath('format=svg&lanes=actions,actions'));
    expect(twice.json.error.message).toMatch(/listed twice/);
    const theme = await owner.get(exportPath('format=svg&theme=neon'));
    expect(theme.status).toBe(400);
    expect(theme.json.error.message).toMatch(/theme/);
    const scale = await owner.get(exportPath('format=png&scale=20'));
    expect(scale.status).toBe(400);
    expect(scale.json.error.message).toMatch(/scale/);
  });

  it('writes every data format with its type and file name', async () => {
    const expected: Record<string, [RegExp, string]> = {
      csv: [/^text\/csv/, 'csv'],
      md: [/^text\/markdown/, 'md'],
      mermaid: [/^text\/plain/, 'mmd'],
      yaml: [/^application\/yaml/, 'yaml'],
      json: [/^application\/json/, 'json'],
      ujm: [/^application\/ld\+json/, 'ujm.json'],
      xlsx: [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/, 'xlsx'],
    };
    for (const [format, [type, extension]] of Object.entries(expected)) {
      const { response, body } = await bytes(exportPath(`format=${format}`));
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type'), format).toMatch(type);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="parcel-return.${extension}"; filename*=UTF-8''parcel-return.${extension}`,
      );
      expect(body.length, format).toBeGreaterThan(0);
    }
    const json = await owner.get(exportPath('format=json'));
    expect(json.json.id).toBe('parcel-return');
    const mermaid = await owner.get(exportPath('format=mermaid'));
    expect(mermaid.text).toMatch(/^journey/m);
    const xlsx = await bytes(exportPath('format=xlsx'));
    expect(new TextDecoder().decode(xlsx.body.slice(0, 2))).toBe('PK');
  });

  it('refuses an unknown format with 400 listing the formats', async () => {
    const response = await owner.get(exportPath('format=docx'));
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/format: unknown format docx/);
    expect(response.json.error.message).toContain('svg, png, pdf');
    expect(response.json.error.message).toContain('xlsx');
    const missing = await owner.get(`${journeys}/parcel-return/export`);
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toMatch(/format/);
  });

  it('lets viewers export and hides the journey from strangers', async () => {
    const viewer = await server.signUp('Viewer');
    const invitation = await owner.post('/api/v1/workspaces/lab/invitations', { role: 'viewer' });
    await viewer.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    expect((await viewer.get(exportPath('format=csv'))).status).toBe(200);
    const stranger = await server.signUp('Stranger');
    expect((await stranger.get(exportPath('format=svg'))).status).toBe(404);
    expect((await owner.get(`${journeys}/nope/export?format=svg`)).status).toBe(404);
  });
});

describe('the render limit', () => {
  it('runs at most `concurrency` renders at once, queues a few and refuses the rest with 503', async () => {
    const limit = new RenderLimit(2, 1);
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      limit.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return 'drawn';
      });
    const first = work();
    const second = work();
    const queued = work();
    await expect(work()).rejects.toMatchObject({ status: 503, code: 'busy' });
    while (releases.length < 2) await new Promise((resolve) => setImmediate(resolve));
    for (const release of releases.splice(0)) release();
    while (releases.length < 1) await new Promise((resolve) => setImmediate(resolve));
    for (const release of releases.splice(0)) release();
    await expect(Promise.all([first, second, queued])).resolves.toEqual(['drawn', 'drawn', 'drawn']);
    expect(peak).toBe(2);
    const later = work();
    while (releases.length < 1) await new Promise((resolve) => setImmediate(resolve));
    for (const release of releases.splice(0)) release();
    await expect(later).resolves.toBe('drawn');
  });
});
