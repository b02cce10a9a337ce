// Scale-out (issue #4): two `waymark serve` processes sharing one database and a Redis serve the same
// live journey; an edit on either reaches the editor on the other, and the API of both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCommandsToDoc, docToJourney } from '@waymark/collab';
import type { Journey } from '@waymark/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import { buildServer, type ChildServer, setUpAdmin, startChildServer } from './fixtures/childServer.mjs';
import { ApiClient, databaseKinds } from './harness.js';
import { type Connected, collabUrlOf, openProvider } from './liveClient.js';
import { type RedisServer, startRedis } from './redisServer.js';

const waitOptions = { timeout: 30_000, interval: 100 };
const workspace = 'scale-out';
const journeyId = 'board';

beforeAll(() => buildServer(), 180_000);

describe.each(databaseKinds)('two server processes sharing live documents through Redis, on %s', (kind) => {
  let dataDir: string | undefined;
  let redis: RedisServer | undefined;
  const children: ChildServer[] = [];
  const connections: Connected[] = [];
  afterEach(async () => {
    for (const connection of connections.splice(0)) connection.close();
    await Promise.all(children.splice(0).map((child) => child.stop()));
    await redis?.stop();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes edits made on one process to the editors and the API of the other', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waymark-scale-out-'));
    redis = await startRedis();
    const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    const options = {
      dataDir,
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
      env: { REDIS_URL: redis.url },
    };
    // One after the other: the first migrates the database and holds the first-run setup.
    const first = await startChildServer(options);
    children.push(first);
    const token = await setUpAdmin(first.url, first.setupUrl);
    const second = await startChildServer(options);
    children.push(second);
    const created = await new ApiClient(first.url, { token }).post('/api/v1/workspaces', {
      name: 'Scale out',
      slug: workspace,
    });
    expect(created.status, created.text).toBe(201);
    const journey = await new ApiClient(first.url, { token }).post(
      `/api/v1/workspaces/${workspace}/journeys`,
      {
        id: journeyId,
        title: 'Shared board',
        stages: [{ id: 'decide', name: 'Decide', steps: [{ id: 'look', name: 'Look around' }] }],
      },
    );
    expect(journey.status, journey.text).toBe(201);

    const name = `${workspace}/${journeyId}`;
    const ann = await openProvider(collabUrlOf(first.url), name, { token });
    const bob = await openProvider(collabUrlOf(second.url), name, { token });
    connections.push(ann, bob);
    expect(ann.refused).toBeUndefined();
    expect(bob.refused).toBeUndefined();

    applyCommandsToDoc(ann.doc, [{ op: 'journey.set', set: { title: 'Edited on the first process' } }]);
    await vi.waitFor(
      () => expect(docToJourney(bob.doc).title).toBe('Edited on the first process'),
      waitOptions,
    );
    applyCommandsToDoc(bob.doc, [
      { op: 'update', id: 'look', set: { name: 'Edited on the second process' } },
    ]);
    await vi.waitFor(
      () => expect(docToJourney(ann.doc).stages[0]?.steps[0]?.name).toBe('Edited on the second process'),
      waitOptions,
    );
    expect(docToJourney(ann.doc)).toEqual(docToJourney(bob.doc));

    for (const child of [first, second])
      await vi.waitFor(async () => {
        const read = await new ApiClient(child.url, { token }).get(
          `/api/v1/workspaces/${workspace}/journeys/${journeyId}`,
        );
        const stored = read.json as Journey;
        expect(stored.title).toBe('Edited on the first process');
        expect(stored.stages[0]?.steps[0]?.name).toBe('Edited on the second process');
      }, waitOptions);

    // A REST write on the process where no one has the journey open reaches its editors elsewhere.
    const other = 'other-board';
    const made = await new ApiClient(first.url, { token }).post(`/api/v1/workspaces/${workspace}/journeys`, {
      id: other,
      title: 'Another board',
    });
    expect(made.status, made.text).toBe(201);
    const carol = await openProvider(collabUrlOf(first.url), `${workspace}/${other}`, { token });
    connections.push(carol);
    expect(carol.refused).toBeUndefined();
    const api = new ApiClient(second.url, { token });
    const current = await api.get(`/api/v1/workspaces/${workspace}/journeys/${other}`);
    const put = await api.put(
      `/api/v1/workspaces/${workspace}/journeys/${other}`,
      { ...current.json, objective: 'Written through the second process' },
      { headers: { 'if-match': current.headers.get('etag') ?? '' } },
    );
    expect(put.status, put.text).toBe(200);
    await vi.waitFor(
      () => expect(docToJourney(carol.doc).objective).toBe('Written through the second process'),
      waitOptions,
    );
  }, 180_000);
});
