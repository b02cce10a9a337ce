import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Persona } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from './harness.js';

const journey = (id: string, title: string) => ({
  id,
  title,
  stages: [{ id: 'buy', name: 'Buy', steps: [{ id: 'pay', name: 'Pay' }] }],
});

/** Fills workspace `slug` with journeys (several revisions, one deleted), versions, comments with replies, personas and share links. */
async function fill(server: TestServer, slug: string): Promise<void> {
  const admin = server.admin;
  expect((await admin.post('/api/v1/workspaces', { slug, name: `Team ${slug}` })).status).toBe(201);
  const base = `/api/v1/workspaces/${slug}/journeys`;
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
      document: JSON.stringify(Persona.parse({ id: 'shopper', name: 'Shopper' })),
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
async function snapshot(server: TestServer, slug: string) {
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
  return {
    name: workspace.name,
    members: (
      await db.selectFrom('workspaceMember').selectAll().where('workspaceId', '=', workspace.id).execute()
    )
      .map((m) => ({ who: who(m.userId), role: m.role }))
      .sort((a, b) => String(a.who).localeCompare(String(b.who))),
    personas: (
      await db.selectFrom('persona').selectAll().where('workspaceId', '=', workspace.id).execute()
    ).map(({ id: _i, workspaceId: _w, ...row }) => row),
    journeys: journeys.map(({ id: _i, workspaceId: _w, createdBy, updatedBy, ...row }) => ({
      ...row,
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
    ).map(({ id: _i, journeyId, createdBy, ...row }) => ({
      ...row,
      journey: slugOf.get(journeyId),
      createdBy: who(createdBy),
    })),
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
  });
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

/** A bearer header for the admin (the harness keeps its token private). */
async function tokenHeader(server: TestServer): Promise<string> {
  const created = await server.admin.post('/api/v1/me/tokens', { name: 'backup test' });
  return `Bearer ${created.json.token}`;
}
