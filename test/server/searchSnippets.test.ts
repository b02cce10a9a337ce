import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';

/** A journey whose searchable text is long (some 40 KB), with one rare word near its end. */
function longJourney(rareWord: string) {
  const steps = Array.from({ length: 400 }, (_, index) => ({
    name: `Step ${index}: the shopper reads another paragraph of the returns policy`,
    emotions: { shopper: 0 },
  }));
  steps[390] = { name: `Step 390: the shopper finds the ${rareWord} form at last`, emotions: { shopper: 1 } };
  return {
    id: 'long-policy',
    title: 'Reading the whole policy',
    personas: [{ id: 'shopper', name: 'Shopper' }],
    stages: [{ name: 'Read', steps }],
  };
}

describe.each(databaseKinds)('search snippets of long journeys on %s', (kind) => {
  let server: TestServer;
  let editor: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = server.admin;
    await editor.post('/api/v1/workspaces', { name: 'Snippets', slug: 'snippets' });
    const created = await editor.post('/api/v1/workspaces/snippets/journeys', longJourney('Quitclaim'));
    expect(created.status, created.text).toBe(201);
  });
  afterAll(async () => server?.close());

  it('marks a word that occurs only far into a long text', async () => {
    for (const q of ['quitclaim', 'QUITCLA', 'quitclaim form']) {
      const found = await editor.get(`/api/v1/workspaces/snippets/search?q=${encodeURIComponent(q)}`);
      expect(found.status, found.text).toBe(200);
      expect(
        found.json.results.map((hit: { id: string }) => hit.id),
        q,
      ).toEqual(['long-policy']);
      expect(found.json.results[0].snippet, q).toContain('«Quitclaim»');
    }
  });

  it('finds words spread far apart in one journey, and marks one of them', async () => {
    const found = await editor.get('/api/v1/workspaces/snippets/search?q=step%207%3A%20quitclaim');
    expect(found.json.results.map((hit: { id: string }) => hit.id)).toEqual(['long-policy']);
    expect(found.json.results[0].snippet).toMatch(/«(Step|7|Quitclaim)»/);
  });

  it('cuts the snippet from the passage around the match, not from the top of the journey', async () => {
    const found = await editor.get('/api/v1/workspaces/snippets/search?q=quitclaim');
    const snippet: string = found.json.results[0].snippet;
    expect(snippet).toContain('finds the «Quitclaim» form');
    expect(snippet).not.toContain('Step 0:');
    expect(snippet.length).toBeLessThan(400);
  });

  it('builds the passages of journeys indexed before passages existed, on start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-passages-'));
    const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    const options = { dataDir, ...(databaseUrl === undefined ? {} : { databaseUrl }) };
    const before = await startTestServer(kind, options);
    await before.admin.post('/api/v1/workspaces', { name: 'Old', slug: 'old' });
    expect((await before.admin.post('/api/v1/workspaces/old/journeys', longJourney('Easement'))).status).toBe(
      201,
    );
    // The schema as it was before migration 0006: one full-text table with the text, no passages.
    const db = before.server.context.db;
    if (kind === 'sqlite') {
      await sql`CREATE VIRTUAL TABLE journeySearch USING fts5(journeyId UNINDEXED, title, body)`.execute(db);
      await sql`INSERT INTO journeySearch (journeyId, title, body)
        SELECT e.journeyId, (SELECT text FROM journeySearchPassage WHERE rowid = e.firstPassage),
          (SELECT group_concat(text, char(10)) FROM (SELECT text FROM journeySearchPassage
            WHERE rowid > e.firstPassage AND rowid <= e.lastPassage ORDER BY rowid))
        FROM journeySearchEntry e`.execute(db);
      for (const table of ['journeySearchIndex', 'journeySearchPassage', 'journeySearchEntry'])
        await sql`DROP TABLE ${sql.table(table)}`.execute(db);
    } else await sql`DROP TABLE "journeySearchPassage"`.execute(db);
    await sql`DELETE FROM ${sql.table('waymarkMigration')} WHERE name = '0006-journey-search-passages'`.execute(
      db,
    );
    await before.close();

    const after = await startTestServer(kind, options);
    try {
      const admin = await after.signIn('admin@example.com');
      const found = await admin.get('/api/v1/workspaces/old/search?q=easement');
      expect(found.json.results[0].snippet).toContain('finds the «Easement» form');
      expect(found.json.results[0].snippet).not.toContain('Step 0:');
    } finally {
      await after.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps the index in step when a write changes only words, or changes no words', async () => {
    const path = '/api/v1/workspaces/snippets/journeys/long-policy';
    const renamed = await editor.put(path, longJourney('Waiver'), { headers: { 'if-match': '"1"' } });
    expect(renamed.status, renamed.text).toBe(200);
    const unchangedWords = { ...longJourney('Waiver'), status: 'in-review' };
    const again = await editor.put(path, unchangedWords, { headers: { 'if-match': '"2"' } });
    expect(again.status, again.text).toBe(200);
    const old = await editor.get('/api/v1/workspaces/snippets/search?q=quitclaim');
    expect(old.json.results).toEqual([]);
    const found = await editor.get('/api/v1/workspaces/snippets/search?q=waiver');
    expect(found.json.results.map((hit: { id: string; status: string }) => [hit.id, hit.status])).toEqual([
      ['long-policy', 'in-review'],
    ]);
  });
});
