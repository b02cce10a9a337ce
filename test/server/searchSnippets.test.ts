import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
