import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { writeSample } from '@waymark/analytics';
import { type Journey, Persona } from '@waymark/core';
import { readConfig, startServer } from '@waymark/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import {
  ApiClient,
  cookieHeader,
  type DatabaseKindUnderTest,
  databaseKinds,
  freePort,
  startTestServer,
  type TestServer,
  testPassword,
} from './harness.js';

const journey = (id: string, title: string) => ({
  id,
  title,
  stages: [{ id: 'buy', name: 'Buy', steps: [{ id: 'pay', name: 'Pay' }] }],
});

// The smallest valid PNG: 1×1, one transparent pixel.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** An event log and a survey export of the winter-jacket template's journey, written once. */
let samples: { events: string; survey: string } | undefined;
async function sampleFiles(journey: Journey) {
  if (samples === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-sample-'));
    await writeSample(journey, dir, { customers: 40, seed: 3, formats: ['csv'] });
    samples = {
      events: readFileSync(join(dir, 'events.csv'), 'utf8'),
      survey: readFileSync(join(dir, 'survey.csv'), 'utf8'),
    };
    rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

/**
 * Fills workspace `slug` with journeys (several revisions, one deleted), versions, comments with
 * replies, personas (one with an uploaded avatar, also shown by a journey's copy), share links,
 * and datasets: an event log and a survey export loaded from uploads, one that failed, one still
 * loading (which a backup leaves out).
 */
async function fill(server: TestServer, slug: string): Promise<void> {
  const admin = server.admin;
  expect((await admin.post('/api/v1/workspaces', { slug, name: `Team ${slug}` })).status).toBe(201);
  const base = `/api/v1/workspaces/${slug}/journeys`;
  const avatar = await admin.post(`/api/v1/workspaces/${slug}/avatars`, undefined, {
    raw: png,
    headers: { 'content-type': 'image/png' },
  });
  expect(avatar.status, avatar.text).toBe(201);
  const shopper = Persona.parse({ id: 'shopper', name: 'Shopper', avatar: avatar.json.url });
  for (const id of ['checkout', 'returns', 'gone'])
    expect((await admin.post(base, journey(id, id))).status).toBe(201);
  for (const title of ['Checkout v2', 'Checkout v3']) {
    const current = await admin.get(`${base}/checkout`);
    const put = await admin.put(
      `${base}/checkout`,
      { ...current.json, title },
      { headers: { 'if-match': current.headers.get('etag') ?? '' } },
    );
    expect(put.status).toBe(200);
  }
  expect((await admin.delete(`${base}/gone`, { headers: { 'if-match': '"1"' } })).status).toBe(204);
  const returns = await admin.put(
    `${base}/returns`,
    { ...journey('returns', 'returns'), personas: [shopper] },
    { headers: { 'if-match': '"1"' } },
  );
  expect(returns.status, returns.text).toBe(200);
  const jacket = await admin.post(`${base}/from-template`, {
    template: 'retail-winter-jacket',
    id: 'jacket',
  });
  expect(jacket.status, jacket.text).toBe(201);
  const { events, survey } = await sampleFiles((await admin.get(`${base}/jacket`)).json);
  for (const [kind, name, body] of [
    ['events', 'events.csv', events],
    ['feedback', 'survey.csv', survey],
  ] as const) {
    const uploaded = await admin.post(
      `/api/v1/workspaces/${slug}/datasets?kind=${kind}&name=${name}`,
      undefined,
      {
        raw: body,
        headers: { 'content-type': 'text/csv' },
      },
    );
    expect(uploaded.status, uploaded.text).toBe(201);
  }
  const db = server.server.context.db;
  const workspace = await db
    .selectFrom('workspace')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const checkout = await db
    .selectFrom('journey')
    .selectAll()
    .where('workspaceId', '=', workspace.id)
    .where('slug', '=', 'checkout')
    .executeTakeFirstOrThrow();
  const at = '2026-01-02T03:04:05.000Z';
  await db
    .insertInto('persona')
    .values({
      id: randomUUID(),
      workspaceId: workspace.id,
      slug: 'shopper',
      name: 'Shopper',
      // Canonical, as the persona API stores it (restore stores documents in canonical form).
      document: JSON.stringify(shopper),
      revision: 2,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  for (const number of [1, 2])
    await db
      .insertInto('journeyVersion')
      .values({
        id: randomUUID(),
        journeyId: checkout.id,
        number,
        name: `v${number}`,
        reason: 'manual',
        revision: number,
        document: checkout.document,
        createdAt: at,
        createdBy: admin.userId || null,
      })
      .execute();
  const parent = randomUUID();
  const author = checkout.createdBy ?? '';
  await db
    .insertInto('comment')
    .values({
      id: parent,
      journeyId: checkout.id,
      elementId: 'pay',
      parentId: null,
      authorId: author,
      body: 'Why two steps?',
      mentions: JSON.stringify([author]),
      createdAt: at,
      updatedAt: at,
      resolvedAt: null,
      resolvedBy: null,
      deletedAt: null,
    })
    .execute();
  await db
    .insertInto('comment')
    .values({
      id: randomUUID(),
      journeyId: checkout.id,
      elementId: 'pay',
      parentId: parent,
      authorId: author,
      body: 'Fraud check.',
      mentions: '[]',
      createdAt: at,
      updatedAt: at,
      resolvedAt: at,
      resolvedBy: author,
      deletedAt: null,
    })
    .execute();
  for (const status of ['failed', 'loading'] as const)
    await db
      .insertInto('dataset')
      .values({
        id: randomUUID(),
        workspaceId: workspace.id,
        kind: 'events',
        name: `${status}.csv`,
        format: 'csv',
        status,
        message:
          status === 'failed' ? 'the server stopped while loading this dataset; upload it again' : null,
        bytes: 10,
        rowsTaken: 0,
        rowsSkipped: 0,
        skipped: '[]',
        columns: '{}',
        createdBy: admin.userId || null,
        createdAt: at,
      })
      .execute();
  await db
    .insertInto('shareLink')
    .values({
      id: randomUUID(),
      journeyId: checkout.id,
      prefix: 'abc',
      tokenHash: `hash-${randomUUID()}`,
      createdBy: author,
      createdAt: at,
      expiresAt: null,
      revokedAt: null,
    })
    .execute();
}

/** Every row of a workspace, with its own ids replaced by what they point at. */
async function snapshot(server: TestServer, slug: string, reader: ApiClient = server.admin) {
  const db = server.server.context.db;
  const workspace = await db
    .selectFrom('workspace')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const journeys = await db
    .selectFrom('journey')
    .selectAll()
    .where('workspaceId', '=', workspace.id)
    .orderBy('slug')
    .execute();
  const slugOf = new Map(journeys.map((j) => [j.id, j.slug]));
  const ids = journeys.map((j) => j.id);
  const emailOf = new Map(
    (await db.selectFrom('user').select(['id', 'email']).execute()).map((u) => [u.id, u.email]),
  );
  const who = (id: string | null) => (id === null ? null : emailOf.get(id));
  const comments = await db
    .selectFrom('comment')
    .selectAll()
    .where('journeyId', 'in', ids)
    .orderBy('body')
    .execute();
  const bodyOf = new Map(comments.map((c) => [c.id, c.body]));
  const audit = await db
    .selectFrom('auditEvent')
    .selectAll()
    .where('workspaceId', '=', workspace.id)
    .orderBy('id')
    .execute();
  const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
  const avatars = await db
    .selectFrom('personaAvatar')
    .selectAll()
    .where('workspaceId', '=', workspace.id)
    .execute();
  const avatarOf = new Map(avatars.map((a) => [a.id, `avatar:${sha256(a.data)}`]));
  // Avatar URLs hold the workspace's slug and the avatar's id; compare what they show instead.
  const shown = (document: string) =>
    document.replace(
      /\/api\/v1\/workspaces\/[^/"]+\/avatars\/([0-9a-f-]{36})/g,
      (_url, id: string) => avatarOf.get(id) ?? 'an avatar that is not there',
    );
  expect(avatars.length, 'the filled workspace has an avatar').toBeGreaterThan(0);
  const datasets = await db
    .selectFrom('dataset')
    .selectAll()
    .where('workspaceId', '=', workspace.id)
    .where('status', '!=', 'loading')
    .orderBy('name')
    .execute();
  const datasetDir = join(server.dataDir, 'analytics', workspace.id);
  const fileOf = (id: string) => join(datasetDir, `${id}.duckdb`);
  const eventsId = datasets.find((d) => d.name === 'events.csv')?.id;
  const feedbackId = datasets.find((d) => d.name === 'survey.csv')?.id;
  // An analysis of the restored datasets must give what the original's gives.
  const analysis = await reader.post(`/api/v1/workspaces/${slug}/journeys/jacket/analysis`, {
    events: eventsId,
    feedback: feedbackId,
  });
  expect(analysis.status, analysis.text).toBe(200);
  return {
    avatars: avatars
      .map(({ id: _i, workspaceId: _w, createdBy, ...row }) => ({ ...row, createdBy: who(createdBy) }))
      .sort((a, b) => a.data.localeCompare(b.data)),
    datasets: datasets.map(({ id, workspaceId: _w, createdBy, bytes, rowsTaken, rowsSkipped, ...row }) => ({
      ...row,
      bytes: Number(bytes),
      rowsTaken: Number(rowsTaken),
      rowsSkipped: Number(rowsSkipped),
      createdBy: who(createdBy),
      file: existsSync(fileOf(id)) ? sha256(readFileSync(fileOf(id))) : null,
    })),
    // Every file under the workspace's dataset directory is a dataset's: nothing orphaned, nothing half-written.
    datasetFiles: (existsSync(datasetDir) ? readdirSync(datasetDir) : []).length,
    analysis: { ...analysis.json, generatedAt: '' },
    name: workspace.name,
    members: (
      await db.selectFrom('workspaceMember').selectAll().where('workspaceId', '=', workspace.id).execute()
    )
      .map((m) => ({ who: who(m.userId), role: m.role }))
      .sort((a, b) => String(a.who).localeCompare(String(b.who))),
    personas: (
      await db.selectFrom('persona').selectAll().where('workspaceId', '=', workspace.id).execute()
    ).map(({ id: _i, workspaceId: _w, document, ...row }) => ({ ...row, document: shown(document) })),
    journeys: journeys.map(({ id: _i, workspaceId: _w, createdBy, updatedBy, document, ...row }) => ({
      ...row,
      document: shown(document),
      createdBy: who(createdBy),
      updatedBy: who(updatedBy),
    })),
    versions: (
      await db
        .selectFrom('journeyVersion')
        .selectAll()
        .where('journeyId', 'in', ids)
        .orderBy('number')
        .execute()
    )
      .map(({ id: _i, journeyId, createdBy, document, ...row }) => ({
        ...row,
        document: shown(document),
        journey: slugOf.get(journeyId),
        createdBy: who(createdBy),
      }))
      .sort((a, b) => String(a.journey).localeCompare(String(b.journey)) || a.number - b.number),
    comments: comments.map(({ id: _i, journeyId, parentId, authorId, resolvedBy, mentions, ...row }) => ({
      ...row,
      journey: slugOf.get(journeyId),
      parent: parentId === null ? null : bodyOf.get(parentId),
      author: who(authorId),
      resolvedBy: who(resolvedBy),
      mentions: (JSON.parse(mentions) as string[]).map(who),
    })),
    shareLinks: (await db.selectFrom('shareLink').selectAll().where('journeyId', 'in', ids).execute()).map(
      ({ id: _i, journeyId, createdBy, ...row }) => ({
        ...row,
        journey: slugOf.get(journeyId),
        createdBy: who(createdBy),
      }),
    ),
    audit: audit
      .filter((e) => e.action !== 'workspace.restore')
      .map(({ id: _i, workspaceId: _w, actorId, ...row }) => ({ ...row, actor: who(actorId) })),
  };
}

describe.each(databaseKinds)('backup and restore (%s)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await fill(server, 'original');
  }, 120_000);
  afterAll(() => server.close());

  it('restore reproduces every row of the workspace under a new slug', async () => {
    const backup = await server.admin.get('/api/v1/workspaces/original/backup');
    expect(backup.status).toBe(200);
    expect(backup.headers.get('content-type')).toContain('application/gzip');
    expect(backup.headers.get('content-disposition')).toMatch(
      /^attachment; filename="original-\d{4}-\d\d-\d\d\.waymark\.gz"; filename\*=UTF-8''original-/,
    );
    const bytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/v1/workspaces/original/backup`, {
          headers: { authorization: await tokenHeader(server) },
        })
      ).arrayBuffer(),
    );
    const restored = await server.admin.post('/api/v1/workspaces/restore?slug=copy', undefined, {
      raw: bytes,
      headers: { 'content-type': 'application/gzip' },
    });
    expect(restored.status, restored.text).toBe(201);
    expect(restored.json).toMatchObject({
      workspace: { slug: 'copy' },
      mode: 'full',
      signature: 'verified',
      membersNotRestored: 0,
      skippedMembers: [],
      revokedShareLinks: 1,
    });
    const before = await snapshot(server, 'original');
    const after = await snapshot(server, 'copy');
    // The share link's token already opens the original here, so the copy's is revoked.
    const strip = (s: typeof before) => ({
      ...s,
      shareLinks: s.shareLinks.map(({ tokenHash: _t, revokedAt: _r, ...l }) => l),
    });
    expect(strip(after)).toEqual(strip(before));
    expect(before.journeys.find((j) => j.slug === 'gone')?.deletedAt).not.toBeNull();
    expect(before.comments.find((c) => c.parent !== null)).toBeDefined();
    expect(before.journeys.find((j) => j.slug === 'checkout')?.revision).toBe(3);
  });

  it('refuses a truncated or corrupt archive with 400 and writes nothing', async () => {
    const bytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/v1/workspaces/original/backup`, {
          headers: { authorization: await tokenHeader(server) },
        })
      ).arrayBuffer(),
    );
    for (const broken of [bytes.slice(0, Math.floor(bytes.length / 2)), new Uint8Array([1, 2, 3])]) {
      const response = await server.admin.post('/api/v1/workspaces/restore?slug=broken', undefined, {
        raw: broken,
        headers: { 'content-type': 'application/gzip' },
      });
      expect(response.status).toBe(400);
      expect(response.json.error.message).toMatch(/truncated|damaged/);
    }
    expect((await server.admin.get('/api/v1/workspaces/broken/journeys')).status).toBe(404);
  });

  it('restores a crafted unsigned archive as content only: it adds no one and speaks for no one', async () => {
    const attacker = await server.signUp('Attacker');
    const victim = await server.signUp('Victim');
    const original = await download(server, 'original');
    // The attacker adds the victim as an editor and unsigns the archive.
    const crafted = rewrite(original, (records) => [
      { kind: 'user', row: { id: 'victim', email: victim.email, name: 'Victim' } },
      { kind: 'member', row: { userId: 'victim', role: 'editor', createdAt: '2026-01-01T00:00:00.000Z' } },
      ...records,
    ]);
    const restored = await restore(attacker, 'crafted', crafted);
    expect(restored.status, restored.text).toBe(201);
    expect(restored.json).toMatchObject({
      mode: 'content-only',
      signature: 'missing',
      membersNotRestored: 2,
      skippedMembers: [],
    });
    expect(restored.text).not.toContain(victim.email);
    expect(restored.text).not.toContain(server.admin.email || 'admin@example.com');

    const copy = await snapshot(server, 'crafted', attacker);
    expect(copy.members).toEqual([{ who: attacker.email, role: 'owner' }]);
    expect((await victim.get('/api/v1/workspaces/crafted/journeys')).status).toBe(404);
    expect(copy.journeys.map((j) => [j.createdBy, j.updatedBy])).toEqual(
      copy.journeys.map(() => [null, null]),
    );
    expect(copy.versions.every((v) => v.createdBy === null)).toBe(true);
    expect(copy.comments.map((c) => [c.author, c.resolvedBy, c.mentions])).toEqual([
      [attacker.email, null, []],
      [attacker.email, null, []],
    ]);
    expect(copy.shareLinks.map((l) => l.createdBy)).toEqual([attacker.email]);
    expect(copy.audit.length).toBeGreaterThan(0);
    for (const event of copy.audit) {
      expect(event.actor).toBeNull();
      expect(JSON.parse(event.detail).importedActor).toBe('admin@example.com');
    }
    // Comments show who wrote them, marked as imported.
    const threads = await attacker.get('/api/v1/workspaces/crafted/journeys/checkout/comments');
    expect(threads.status, threads.text).toBe(200);
    const authors = JSON.stringify(threads.json);
    expect(authors).toContain('"name":"Ada Admin (imported)"');
    expect(authors).toContain(`"id":"${attacker.userId}"`);
    // Content is all there.
    const before = await snapshot(server, 'original');
    expect(copy.journeys.map((j) => [j.slug, j.document, j.revision, j.deletedAt])).toEqual(
      before.journeys.map((j) => [j.slug, j.document, j.revision, j.deletedAt]),
    );
    expect(copy.comments.map((c) => [c.body, c.parent])).toEqual(
      before.comments.map((c) => [c.body, c.parent]),
    );
  });

  it('restores an archive of the previous format, which has no avatars and no datasets', async () => {
    const original = await download(server, 'original');
    const added = new Set(['avatar', 'dataset', 'datasetChunk']);
    const old = rewrite(
      original,
      (records) => records.filter((record) => !added.has(record.kind)),
      undefined,
      1,
    );
    const restored = await restore(server.admin, 'older', old);
    expect(restored.status, restored.text).toBe(201);
    const journeys = await server.admin.get('/api/v1/workspaces/older/journeys');
    expect(journeys.json.journeys.map((j: { id: string }) => j.id).sort()).toEqual([
      'checkout',
      'jacket',
      'returns',
    ]);
    expect((await server.admin.get('/api/v1/workspaces/older/datasets')).json).toEqual([]);
  });

  it('refuses an archive whose dataset file is damaged with 400, and writes no workspace and no file', async () => {
    const original = await download(server, 'original');
    const analytics = join(server.dataDir, 'analytics');
    const dirs = readdirSync(analytics).sort();
    const damaged = rewrite(original, (records) => {
      const chunk = records.find((record) => record.kind === 'datasetChunk');
      if (chunk === undefined) throw new Error('the backup has no dataset file');
      const data: string = chunk.row.data;
      // One base64 digit changed: the same length, other bytes.
      chunk.row.data = `${data.slice(0, 100)}${data[100] === 'A' ? 'B' : 'A'}${data.slice(101)}`;
      return records;
    });
    const response = await restore(server.admin, 'damaged', damaged);
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/\(dataset\): fileSha256: dataset .* is damaged/);
    expect((await server.admin.get('/api/v1/workspaces/damaged/journeys')).status).toBe(404);
    expect(readdirSync(analytics).sort()).toEqual(dirs);
  });

  it('trusts no identity in an archive signed by another server', async () => {
    const someone = await server.signUp('Someone');
    const original = await download(server, 'original');
    const foreign = rewrite(original, (records) => records, `hmac-sha256:${'A'.repeat(43)}`);
    const restored = await restore(someone, 'foreign', foreign);
    expect(restored.status, restored.text).toBe(201);
    expect(restored.json).toMatchObject({
      mode: 'content-only',
      signature: 'unverified',
      membersNotRestored: 1,
    });
    expect((await snapshot(server, 'foreign', someone)).members).toEqual([
      { who: someone.email, role: 'owner' },
    ]);
  });

  it('refuses an archive with a bad record with 400 naming the line and field, and writes nothing', async () => {
    const someone = await server.signUp('Careless');
    const original = await download(server, 'original');
    const bad = rewrite(original, (records) =>
      records.map((record) =>
        record.kind === 'journey' && record.row.slug === 'returns'
          ? { ...record, row: { ...record.row, slug: 'returns"\r\nX: 1' } }
          : record,
      ),
    );
    const response = await restore(someone, 'bad', bad);
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/^line \d+ \(journey\): slug: expected a short id/);
    expect((await someone.get('/api/v1/workspaces/bad/journeys')).status).toBe(404);
  });

  it('limits restores to 5 a minute per person', async () => {
    const eager = await server.signUp('Eager');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await restore(eager, 'never', new Uint8Array([1, 2, 3]))).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    // Someone else is not held back by it.
    expect((await restore(await server.signUp('Patient'), 'never', new Uint8Array([1]))).status).toBe(400);
  });

  it('refuses a gzip bomb with 413 before inflating it past the cap', async () => {
    const capped = await startCappedServer(kind, 256 * 1024);
    try {
      const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, ' '));
      const response = await capped.client.post('/api/v1/workspaces/restore?slug=bomb', undefined, {
        raw: bomb,
        headers: { 'content-type': 'application/gzip' },
      });
      expect(response.status).toBe(413);
      expect(response.json.error.message).toMatch(/decompresses to more than 262144 bytes/);
    } finally {
      await capped.close();
    }
  });

  it('only owners may back up; others get 404 (not a member)', async () => {
    const stranger = await server.signUp('Stranger');
    expect((await stranger.get('/api/v1/workspaces/original/backup')).status).toBe(404);
  });
});

describe('backup from SQLite, restore into PostgreSQL', () => {
  it('reproduces every row, share link hashes included, when the new server has the old one’s secret', async () => {
    const sqlite = await startTestServer('sqlite');
    // Moving servers: the new one is given the old one's data/secret (as WAYMARK_SECRET would).
    const postgresData = mkdtempSync(join(tmpdir(), 'waymark-test-'));
    copyFileSync(join(sqlite.dataDir, 'secret'), join(postgresData, 'secret'));
    const postgres = await startTestServer('postgres', { dataDir: postgresData });
    try {
      await fill(sqlite, 'team');
      const bytes = new Uint8Array(
        await (
          await fetch(`${sqlite.url}/api/v1/workspaces/team/backup`, {
            headers: { authorization: await tokenHeader(sqlite) },
          })
        ).arrayBuffer(),
      );
      const restored = await postgres.admin.post('/api/v1/workspaces/restore?slug=team', undefined, {
        raw: bytes,
        headers: { 'content-type': 'application/gzip' },
      });
      expect(restored.status, restored.text).toBe(201);
      expect(restored.json).toMatchObject({ mode: 'full', signature: 'verified', revokedShareLinks: 0 });
      expect(await snapshot(postgres, 'team')).toEqual(await snapshot(sqlite, 'team'));
    } finally {
      await sqlite.close();
      await postgres.close();
      rmSync(postgresData, { recursive: true, force: true });
    }
  });
});

/** Restores `bytes` as `slug`, as `client`. */
function restore(client: ApiClient, slug: string, bytes: Uint8Array) {
  return client.post(`/api/v1/workspaces/restore?slug=${slug}`, undefined, {
    raw: bytes,
    headers: { 'content-type': 'application/gzip' },
  });
}

/** The admin's backup of workspace `slug`, as bytes. */
async function download(server: TestServer, slug: string): Promise<Uint8Array> {
  const response = await fetch(`${server.url}/api/v1/workspaces/${slug}/backup`, {
    headers: { authorization: await tokenHeader(server) },
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

interface ArchiveRecord {
  kind: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests rewrite archived rows freely
  row: any;
}

/**
 * An archive with its records changed by `change`, counts made right again, and the end line
 * unsigned (or carrying `signature`): what anyone could write by hand.
 */
function rewrite(
  bytes: Uint8Array,
  change: (records: ArchiveRecord[]) => ArchiveRecord[],
  signature?: string,
  formatVersion?: number,
): Uint8Array {
  const lines = gunzipSync(bytes)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  const manifest = lines[0];
  const records = change(lines.slice(1, -1) as ArchiveRecord[]);
  const counts: Record<string, number> = {};
  for (const record of records) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  const end = { kind: 'end', records: records.length, ...(signature === undefined ? {} : { signature }) };
  const text = [
    { ...manifest, counts, formatVersion: formatVersion ?? manifest.formatVersion },
    ...records,
    end,
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');
  return gzipSync(`${text}\n`);
}

/** A server whose restores may decompress to at most `restoreMaxBytes`, and its first account. */
async function startCappedServer(kind: DatabaseKindUnderTest, restoreMaxBytes: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-test-'));
  const port = await freePort();
  const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(
    readConfig(
      {
        port,
        host: '127.0.0.1',
        dataDir,
        publicUrl: url,
        sample: false,
        logLevel: 'silent',
        restoreMaxBytes,
        ...(databaseUrl === undefined ? {} : { databaseUrl }),
      },
      {},
    ),
    { authRateLimit: { window: 60, max: 10_000 } },
  );
  const token = new URL(server.setupUrl ?? '').searchParams.get('token') ?? '';
  const email = 'capped@example.com';
  const setup = await new ApiClient(url).post('/api/v1/setup', {
    token,
    name: 'Cap',
    email,
    password: testPassword,
  });
  expect(setup.status, setup.text).toBe(200);
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: testPassword }),
  });
  expect(signIn.status).toBe(200);
  return {
    client: new ApiClient(url, { cookie: cookieHeader(signIn) }),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A bearer header for the admin (the harness keeps its token private). */
async function tokenHeader(server: TestServer): Promise<string> {
  const created = await server.admin.post('/api/v1/me/tokens', { name: 'backup test' });
  return `Bearer ${created.json.token}`;
}
