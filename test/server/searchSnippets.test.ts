import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateJourney } from '@waymark/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../packages/server/src/db/migrations.js';
import { openDatabase } from '../../packages/server/src/db/openDatabase.js';
import { journeySearchText } from '../../packages/server/src/journeys/journeyRecord.js';
import { searchJourneys } from '../../packages/server/src/journeys/searchJourneys.js';
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

  it('builds the passages of journeys indexed before passages existed, when migrating', async () => {
    // A database as the release before migration 0006 wrote it: one full-text table with the text.
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-passages-'));
    const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    const database = openDatabase({ dataDir, ...(databaseUrl === undefined ? {} : { databaseUrl }) });
    try {
      const db = database.db;
      // better-auth creates its `user` table before Waymark's migrations run (they refer to it).
      await sql`CREATE TABLE ${sql.table('user')} (id text PRIMARY KEY, name text NOT NULL, email text NOT NULL)`.execute(
        db,
      );
      await migrateTo(db, database.kind, '0005-journey-version-y-state');
      const journey = validateJourney(longJourney('Easement'));
      if (!journey.ok) throw new Error('the long journey does not validate');
      const at = new Date().toISOString();
      await sql`INSERT INTO workspace (id, slug, name, ${sql.ref('createdAt')}) VALUES ('w-old', 'old', 'Old', ${at})`.execute(
        db,
      );
      await sql`INSERT INTO journey (id, ${sql.ref('workspaceId')}, slug, title, status, tags, personas, document,
          revision, ${sql.ref('createdAt')}, ${sql.ref('updatedAt')})
        VALUES ('j-old', 'w-old', 'long-policy', ${journey.journey.title}, 'draft', '[]', '[]',
          ${JSON.stringify(journey.journey)}, 1, ${at}, ${at})`.execute(db);
      await sql`INSERT INTO ${sql.table('journeySearch')} (${sql.ref('journeyId')}, title, body)
        VALUES ('j-old', ${journey.journey.title}, ${journeySearchText(journey.journey)})`.execute(db);
      // A deleted one, which no migration may bring back into results.
      await sql`INSERT INTO journey (id, ${sql.ref('workspaceId')}, slug, title, status, tags, personas, document,
          revision, ${sql.ref('createdAt')}, ${sql.ref('updatedAt')}, ${sql.ref('deletedAt')})
        VALUES ('j-gone', 'w-old', 'gone-policy', ${journey.journey.title}, 'draft', '[]', '[]',
          ${JSON.stringify({ ...journey.journey, id: 'gone-policy' })}, 2, ${at}, ${at}, ${at})`.execute(db);
      await sql`INSERT INTO ${sql.table('journeySearch')} (${sql.ref('journeyId')}, title, body)
        VALUES ('j-gone', ${journey.journey.title}, ${journeySearchText(journey.journey)})`.execute(db);

      await migrateToLatest(db, database.kind);
      const hits = await searchJourneys(db, database.kind, 'w-old', 'easement', 10);
      expect(hits.map((found) => found.id)).toEqual(['long-policy']);
      const [hit] = hits;
      expect(hit?.id).toBe('long-policy');
      expect(hit?.snippet).toContain('finds the «Easement» form');
      expect(hit?.snippet).not.toContain('Step 0:');
    } finally {
      await database.close();
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
