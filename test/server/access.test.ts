import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';
import { makeTeam, type Team, teamJourneyYaml } from './teamFixture.js';

// Every route × every role × a foreign workspace. The table below is the product's rule of who
// may do what; a route missing from it fails the test, so each new route gets a decision.

type Permission = 'read' | 'comment' | 'edit' | 'manage';

interface Rule {
  readonly permission: Permission;
  /** A body that passes validation, so the answer shows the role check, not a 400. */
  readonly body?: unknown;
  readonly raw?: string;
  readonly contentType?: string;
  readonly query?: string;
}

const yaml = {
  raw: teamJourneyYaml.replace('id: parcel-return', 'id: matrix-copy'),
  contentType: 'application/yaml',
};

const rules: Readonly<Record<string, Rule>> = {
  'GET /workspaces/{workspace}': { permission: 'read' },
  'PATCH /workspaces/{workspace}': { permission: 'manage', body: { name: 'Renamed' } },
  'DELETE /workspaces/{workspace}': { permission: 'manage', query: 'confirm=x' },
  'GET /workspaces/{workspace}/members': { permission: 'read' },
  'PATCH /workspaces/{workspace}/members/{userId}': { permission: 'manage', body: { role: 'viewer' } },
  'DELETE /workspaces/{workspace}/members/{userId}': { permission: 'manage' },
  'POST /workspaces/{workspace}/invitations': { permission: 'manage', body: { role: 'viewer' } },
  'GET /workspaces/{workspace}/invitations': { permission: 'manage' },
  'DELETE /workspaces/{workspace}/invitations/{invitationId}': { permission: 'manage' },
  'GET /workspaces/{workspace}/backup': { permission: 'manage' },
  'GET /workspaces/{workspace}/audit': { permission: 'manage' },
  'GET /workspaces/{workspace}/journeys': { permission: 'read' },
  'POST /workspaces/{workspace}/journeys': { permission: 'edit', ...yaml },
  'POST /workspaces/{workspace}/journeys/from-template': {
    permission: 'edit',
    body: { template: 'hotel-stay', id: 'matrix-hotel' },
  },
  'GET /workspaces/{workspace}/journeys/{journey}': { permission: 'read' },
  'PUT /workspaces/{workspace}/journeys/{journey}': { permission: 'edit', ...yaml },
  'DELETE /workspaces/{workspace}/journeys/{journey}': { permission: 'edit' },
  'POST /workspaces/{workspace}/journeys/{journey}/restore': { permission: 'edit' },
  'POST /workspaces/{workspace}/journeys/{journey}/commands': {
    permission: 'edit',
    body: { commands: [{ op: 'journey.set', set: { title: 'Matrix' } }] },
  },
  'GET /workspaces/{workspace}/journeys/{journey}/versions': { permission: 'read' },
  'POST /workspaces/{workspace}/journeys/{journey}/versions': {
    permission: 'edit',
    body: { name: 'Matrix' },
  },
  'GET /workspaces/{workspace}/journeys/{journey}/versions/{number}': { permission: 'read' },
  'POST /workspaces/{workspace}/journeys/{journey}/versions/{number}/restore': { permission: 'edit' },
  'GET /workspaces/{workspace}/journeys/{journey}/diff': { permission: 'read', query: 'from=1' },
  'GET /workspaces/{workspace}/journeys/{journey}/comments': { permission: 'read' },
  'POST /workspaces/{workspace}/journeys/{journey}/comments': {
    permission: 'comment',
    body: { body: 'Hello' },
  },
  'PATCH /workspaces/{workspace}/journeys/{journey}/comments/{commentId}': {
    permission: 'comment',
    body: { body: 'Edited' },
  },
  'DELETE /workspaces/{workspace}/journeys/{journey}/comments/{commentId}': { permission: 'comment' },
  'POST /workspaces/{workspace}/journeys/{journey}/comments/{commentId}/resolve': { permission: 'comment' },
  'POST /workspaces/{workspace}/journeys/{journey}/comments/{commentId}/reopen': { permission: 'comment' },
  'POST /workspaces/{workspace}/journeys/{journey}/shares': { permission: 'edit', body: {} },
  'GET /workspaces/{workspace}/journeys/{journey}/shares': { permission: 'edit' },
  'DELETE /workspaces/{workspace}/journeys/{journey}/shares/{shareId}': { permission: 'edit' },
  'GET /workspaces/{workspace}/search': { permission: 'read', query: 'q=parcel' },
  'GET /workspaces/{workspace}/journeys/{journey}/lint': { permission: 'read' },
  'GET /workspaces/{workspace}/journeys/{journey}/export': { permission: 'read', query: 'format=json' },
  'POST /workspaces/{workspace}/imports': { permission: 'edit', query: 'format=yaml', ...yaml },
  'GET /workspaces/{workspace}/personas': { permission: 'read' },
  'POST /workspaces/{workspace}/personas': {
    permission: 'edit',
    body: { id: 'matrix', name: 'Matrix persona' },
  },
  'GET /workspaces/{workspace}/personas/{persona}': { permission: 'read' },
  'PUT /workspaces/{workspace}/personas/{persona}': {
    permission: 'edit',
    body: { id: 'matrix', name: 'Matrix' },
  },
  'DELETE /workspaces/{workspace}/personas/{persona}': { permission: 'edit' },
  'POST /workspaces/{workspace}/avatars': {
    permission: 'edit',
    raw: 'not an image',
    contentType: 'image/png',
  },
  'GET /workspaces/{workspace}/avatars/{avatar}': { permission: 'read' },
  'POST /workspaces/{workspace}/journeys/{journey}/personas': {
    permission: 'edit',
    body: { persona: 'matrix' },
  },
  'POST /workspaces/{workspace}/datasets': {
    permission: 'edit',
    query: 'kind=events&name=matrix.csv',
    raw: 'customer_id,timestamp,event\na,2024-01-01T10:00:00Z,visit\n',
    contentType: 'text/csv',
  },
  'GET /workspaces/{workspace}/datasets': { permission: 'read' },
  'GET /workspaces/{workspace}/datasets/{dataset}': { permission: 'read' },
  'DELETE /workspaces/{workspace}/datasets/{dataset}': { permission: 'edit' },
  'POST /workspaces/{workspace}/journeys/{journey}/analysis': {
    permission: 'read',
    body: { events: 'f0e1d2c3-0000-4000-8000-000000000000' },
  },
  'POST /workspaces/{workspace}/journeys/{journey}/analysis/accept': {
    permission: 'edit',
    body: {
      analysis: { journey: 'parcel-return', generatedAt: '2024-01-01T00:00:00Z', inputs: {}, customers: 0 },
      items: 'all',
    },
  },
};

const rank: Readonly<Record<Permission, number>> = { read: 0, comment: 1, edit: 2, manage: 3 };
const roles = [
  { role: 'viewer', holds: 0 },
  { role: 'commenter', holds: 1 },
  { role: 'editor', holds: 2 },
] as const;

interface Operation {
  readonly method: string;
  readonly template: string;
}

describe.each(databaseKinds)('who may call what, on %s', (kind) => {
  let server: TestServer;
  let home: Team;
  let foreign: { slug: string; owner: ApiClient };
  let operations: Operation[];

  beforeAll(async () => {
    server = await startTestServer(kind);
    home = await makeTeam(server, 'Home');
    const outsider = await server.signUp('Outsider');
    const created = await outsider.post('/api/v1/workspaces', { name: 'Elsewhere' });
    await outsider.post(`/api/v1/workspaces/${created.json.slug}/journeys`, undefined, {
      raw: teamJourneyYaml,
      headers: { 'content-type': 'application/yaml' },
    });
    foreign = { slug: created.json.slug, owner: outsider };
    const doc = (await server.anonymous.get('/api/openapi.json')).json;
    operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) =>
        Object.keys(methods).map((method) => ({
          method: method.toUpperCase(),
          template: path.replace(/^\/api\/v1/, ''),
        })),
    );
  }, 120_000);
  afterAll(async () => server?.close());

  const workspaceOperations = () =>
    operations.filter((op) => op.template.startsWith('/workspaces/{workspace}'));

  function url(op: Operation, workspace: string, rule: Rule | undefined): string {
    const path = op.template
      .replace('{workspace}', workspace)
      .replace('{journey}', 'parcel-return')
      .replace('{number}', '1')
      .replace('{userId}', home.owner.userId)
      .replace('{persona}', 'shopper')
      .replace(/\{[A-Za-z]+\}/g, 'f0e1d2c3-0000-4000-8000-000000000000');
    return `/api/v1${path}${rule?.query === undefined ? '' : `?${rule.query}`}`;
  }

  function call(client: ApiClient, op: Operation, workspace: string) {
    const rule = rules[`${op.method} ${op.template}`];
    const headers: Record<string, string> = { 'if-match': '"1"' };
    if (rule?.contentType !== undefined) headers['content-type'] = rule.contentType;
    return client.request(op.method, url(op, workspace, rule), {
      headers,
      ...(rule?.raw === undefined ? {} : { raw: rule.raw }),
      ...(rule?.body === undefined ? {} : { body: rule.body }),
    });
  }

  it('has a rule for every workspace route', () => {
    const missing = workspaceOperations()
      .map((op) => `${op.method} ${op.template}`)
      .filter((key) => rules[key] === undefined);
    expect(missing).toEqual([]);
    expect(workspaceOperations().length).toBeGreaterThan(30);
  });

  it('answers 404 on every route of a workspace I am not in, never revealing it', async () => {
    for (const op of workspaceOperations()) {
      const response = await call(home.owner, op, foreign.slug);
      expect(response.status, `${op.method} ${op.template}: ${response.text}`).toBe(404);
      expect(response.text).not.toContain('Returning a parcel');
    }
  });

  it('answers 401 on every workspace route without credentials', async () => {
    for (const op of workspaceOperations()) {
      const response = await call(server.anonymous, op, home.slug);
      expect(response.status, `${op.method} ${op.template}`).toBe(401);
    }
  });

  it('answers 403 to every role below what a route needs', async () => {
    for (const op of workspaceOperations()) {
      const rule = rules[`${op.method} ${op.template}`];
      if (rule === undefined) continue;
      for (const { role, holds } of roles) {
        if (holds >= rank[rule.permission]) continue;
        const response = await call(home[role], op, home.slug);
        expect(response.status, `${role} ${op.method} ${op.template}: ${response.text}`).toBe(403);
        expect(response.json.error.message).toContain(role);
      }
    }
  });

  it('never answers 500, whoever calls whatever', async () => {
    for (const op of workspaceOperations()) {
      for (const client of [home.viewer, home.commenter, home.editor]) {
        const response = await call(client, op, home.slug);
        expect(response.status, `${op.method} ${op.template}: ${response.text}`).toBeLessThan(500);
      }
    }
  });

  it('leaves the foreign workspace untouched', async () => {
    const journey = await foreign.owner.get(`/api/v1/workspaces/${foreign.slug}/journeys/parcel-return`);
    expect(journey.status).toBe(200);
    expect(journey.headers.get('etag')).toBe('"1"');
    expect(journey.json.title).toBe('Returning a parcel');
    const members = await foreign.owner.get(`/api/v1/workspaces/${foreign.slug}/members`);
    expect(members.json).toHaveLength(1);
  });
});
