import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCommandsToDoc, docToJourney } from '@waymark/collab';
import { type Journey, validateJourney } from '@waymark/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import { buildServer, type ChildServer, setUpAdmin, startChildServer } from './fixtures/childServer.mjs';
import { ApiClient, databaseKinds } from './harness.js';
import { acknowledged, type Connected, collabUrlOf, openProvider } from './liveClient.js';

// Issue #4: a server killed with SIGKILL while people edit live loses no update it acknowledged.
// The server runs in a child process; headless editors (Hocuspocus providers) add insights through
// core's commands, one at a time, each waiting for the server's "synced". The server is killed at a
// random moment well inside the store debounce, restarted on the same data, and FRESH clients (new,
// empty documents, so no editor can quietly send its edits again) and the REST API must both hold
// every acknowledged edit, in a valid journey. Several rounds on the same data.

const rounds = 3;
const editors = 4;
/** Each round kills the server only after this many acknowledged edits, then after a random pause. */
const acksBeforeKill = 12;
const workspace = 'live-crash';
const journeyId = 'board';
const documentName = `${workspace}/${journeyId}`;

beforeAll(() => buildServer(), 180_000);

describe.each(databaseKinds)('a live server killed with SIGKILL while people edit, on %s', (kind) => {
  let dataDir: string | undefined;
  let child: ChildServer | undefined;
  const connections: Connected[] = [];
  afterEach(async () => {
    for (const connection of connections.splice(0)) connection.close();
    await child?.kill();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged edit, in the document and in the API, round after round', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waymark-live-crash-'));
    const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    const options = { dataDir, ...(databaseUrl === undefined ? {} : { databaseUrl }) };
    child = await startChildServer(options);
    const token = await setUpAdmin(child.url, child.setupUrl);
    const created = await new ApiClient(child.url, { token }).post('/api/v1/workspaces', {
      name: 'Live crash',
      slug: workspace,
    });
    expect(created.status, created.text).toBe(201);
    const journey = await new ApiClient(child.url, { token }).post(
      `/api/v1/workspaces/${workspace}/journeys`,
      {
        id: journeyId,
        title: 'Workshop board',
        stages: [{ id: 'decide', name: 'Decide', steps: [{ id: 'look', name: 'Look around' }] }],
      },
    );
    expect(journey.status, journey.text).toBe(201);

    const acked = new Set<string>();
    const sent = new Set<string>();
    for (let round = 1; round <= rounds; round++) {
      const running = child;
      let killed!: () => void;
      const kill = new Promise<void>((resolve) => {
        killed = resolve;
      });
      const clients = await Promise.all(
        Array.from({ length: editors }, async () => {
          const connected = await openProvider(collabUrlOf(running.url), documentName, { token });
          connections.push(connected);
          expect(connected.refused).toBeUndefined();
          return connected;
        }),
      );
      let ackedThisRound = 0;
      let enough!: () => void;
      const enoughAcks = new Promise<void>((resolve) => {
        enough = resolve;
      });
      const editing = clients.map(async (client, e) => {
        for (let n = 1; ; n++) {
          const id = `r${round}-e${e + 1}-n${n}`;
          sent.add(id);
          applyCommandsToDoc(client.doc, [{ op: 'add', kind: 'insight', item: { id, text: `edit ${id}` } }]);
          if (!(await acknowledged(client.provider, kill))) return;
          acked.add(id);
          if (++ackedThisRound >= acksBeforeKill) enough();
        }
      });
      await enoughAcks;
      await sleep(Math.random() * 300);
      await running.kill();
      killed();
      await Promise.all(editing);
      // The editors go before the restart: nothing they hold can reach the new server.
      for (const client of clients) client.close();

      child = await startChildServer(options);
      const fresh = await openProvider(collabUrlOf(child.url), documentName, { token });
      connections.push(fresh);
      expect(fresh.refused).toBeUndefined();
      const live = docToJourney(fresh.doc);
      fresh.close();
      const read = await new ApiClient(child.url, { token }).get(
        `/api/v1/workspaces/${workspace}/journeys/${journeyId}`,
      );
      expect(read.status).toBe(200);
      const stored: unknown = read.json;
      const checked = validateJourney(stored);
      expect(checked.ok ? [] : checked.errors, `the stored journey after round ${round}`).toEqual([]);
      for (const [where, held] of [
        ['the live document', live],
        ['the API', stored as Journey],
      ] as const) {
        const ids = new Set(held.insights.map((insight) => insight.id));
        const lost = [...acked].filter((id) => !ids.has(id));
        expect(lost, `acknowledged edits missing from ${where} after round ${round}`).toEqual([]);
        const unknown = [...ids].filter((id) => !sent.has(id));
        expect(unknown, `edits no one made in ${where}`).toEqual([]);
        for (const insight of held.insights) expect(insight.text).toBe(`edit ${insight.id}`);
      }
      expect((stored as Journey).insights.map((i) => i.id)).toEqual(live.insights.map((i) => i.id));
    }
    expect(acked.size).toBeGreaterThanOrEqual(rounds * acksBeforeKill);
  }, 600_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
