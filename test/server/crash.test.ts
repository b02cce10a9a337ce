import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Journey, validateJourney } from '@waymark/core';
import { openDatabase } from '@waymark/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../support/databases.js';
import { buildServer, type ChildServer, setUpAdmin, startChildServer } from './fixtures/childServer.mjs';
import { databaseKinds } from './harness.js';

// Issue #3: a server killed with SIGKILL in the middle of writes loses no acknowledged write and
// leaves no half-written journey. The server runs in a child process (the built package) under
// concurrent If-Match writers; it is killed at a random moment, restarted on the same data, and the
// data is checked against every write it acknowledged. Several rounds on the same data.

const rounds = 4;
const journeyIds = ['alpha', 'bravo', 'charlie'];
const writersPerJourney = 3;
/** Each round kills the server only after this many acknowledged writes, then after a random pause. */
const acksBeforeKill = 6;
const workspace = 'crash';

/** A write the server answered 200 to: it must survive anything after that answer. */
interface Acknowledged {
  readonly journey: string;
  readonly revision: number;
  readonly marker: string;
}

/** What the writers have done so far, across rounds (the data outlives each server). */
interface Ledger {
  readonly acknowledged: Acknowledged[];
  /** Every marker sent in a PUT, acknowledged or not: a write in flight at the kill may land. */
  readonly sent: Set<string>;
}

beforeAll(() => buildServer(), 180_000);

describe.each(databaseKinds)('a server killed with SIGKILL under write load, on %s', (kind) => {
  let dataDir: string | undefined;
  let child: ChildServer | undefined;
  afterEach(async () => {
    await child?.kill();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and every journey whole, round after round', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waymark-crash-'));
    const databaseUrl = kind === 'postgres' ? await freshPostgresUrl() : undefined;
    const options = { dataDir, ...(databaseUrl === undefined ? {} : { databaseUrl }) };
    child = await startChildServer(options);
    const token = await setUpAdmin(child.url, child.setupUrl);
    const created = await call(child.url, token, 'POST', '/api/v1/workspaces', {
      name: 'Crash',
      slug: workspace,
    });
    expect(created.status, await created.text()).toBe(201);
    for (const id of journeyIds) {
      const response = await call(child.url, token, 'POST', journeysPath, initialJourney(id));
      expect(response.status, await response.text()).toBe(201);
    }

    const ledger: Ledger = { acknowledged: [], sent: new Set() };
    for (let round = 1; round <= rounds; round++) {
      const running = child;
      const load = startWriters(running.url, token, ledger, round);
      await load.acknowledgedAtLeast(acksBeforeKill);
      await sleep(Math.random() * 150);
      load.stopping();
      await running.kill();
      await load.finished();

      child = await startChildServer(options);
      await checkJourneys(child.url, token, ledger);
      await checkTables(options, ledger);
    }
    expect(ledger.acknowledged.length).toBeGreaterThanOrEqual(rounds * acksBeforeKill);
  }, 600_000);
});

const journeysPath = `/api/v1/workspaces/${workspace}/journeys`;

function call(url: string, token: string, method: string, path: string, body?: unknown, revision?: number) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (revision !== undefined) headers['if-match'] = `"${revision}"`;
  return fetch(`${url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A journey with enough in it that a torn write would show: the marker is in the title and a step. */
function initialJourney(id: string): Journey {
  const marker = `${id} initial`;
  return markJourney(
    {
      id,
      title: marker,
      status: 'draft',
      personas: [{ id: 'shopper', name: 'Shopper' }],
      stages: Array.from({ length: 4 }, (_, s) => ({
        name: `Stage ${s + 1}`,
        steps: Array.from({ length: 5 }, (_, t) => ({
          name: `Step ${t + 1} of stage ${s + 1}`,
          emotions: { shopper: ((s + t) % 5) - 2 },
        })),
      })),
    } as unknown as Journey,
    marker,
    'draft',
  );
}

/** The same journey with the marker written in two places (title, first step) and a status. */
function markJourney(journey: Journey, marker: string, status: 'draft' | 'published'): Journey {
  const [first, ...stages] = journey.stages;
  if (first === undefined) throw new Error(`journey ${journey.id} has no stages`);
  const [step, ...steps] = first.steps;
  if (step === undefined) throw new Error(`journey ${journey.id} has no steps in its first stage`);
  return {
    ...journey,
    title: marker,
    status,
    stages: [{ ...first, steps: [{ ...step, name: marker }, ...steps] }, ...stages],
  };
}

function revisionOf(response: Response): number {
  const etag = response.headers.get('etag') ?? '';
  const revision = Number(etag.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isInteger(revision) || revision < 1) throw new Error(`no revision in ETag "${etag}"`);
  return revision;
}

/**
 * Writers on every journey: read, change, PUT with If-Match, and on 409 read again. Every 200 goes in
 * the ledger. Errors are the test failing, except connection errors once the server is being killed.
 */
function startWriters(url: string, token: string, ledger: Ledger, round: number) {
  let stopping = false;
  let acksThisRound = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const waiter of waiting.splice(0))
      if (acksThisRound >= waiter.count) waiter.resolve();
      else waiting.push(waiter);
  };

  const writer = async (journey: string, writer: number): Promise<void> => {
    for (let n = 1; !stopping; n++) {
      try {
        const read = await call(url, token, 'GET', `${journeysPath}/${journey}`);
        if (read.status !== 200) throw new Error(`GET ${journey}: ${read.status} ${await read.text()}`);
        const revision = revisionOf(read);
        const current = (await read.json()) as Journey;
        const marker = `${journey} round ${round} writer ${writer} write ${n}`;
        const status = n % 3 === 0 ? 'published' : 'draft';
        ledger.sent.add(marker);
        const put = await call(
          url,
          token,
          'PUT',
          `${journeysPath}/${journey}`,
          markJourney(current, marker, status),
          revision,
        );
        const text = await put.text();
        if (put.status === 409) continue;
        if (put.status !== 200) throw new Error(`PUT ${journey}: ${put.status} ${text}`);
        const saved = JSON.parse(text) as { revision: number };
        if (saved.revision !== revision + 1 || revisionOf(put) !== saved.revision)
          throw new Error(`PUT ${journey} at ${revision} answered revision ${saved.revision}`);
        ledger.acknowledged.push({ journey, revision: saved.revision, marker });
        acksThisRound++;
        notify();
      } catch (error) {
        if (stopping) return; // the server is being killed: a refused or reset connection is expected
        throw error;
      }
    }
  };

  const writers = journeyIds.flatMap((journey) =>
    Array.from({ length: writersPerJourney }, (_, w) => writer(journey, w + 1)),
  );
  const all = Promise.all(writers);
  // A writer failing before the kill fails the round at once rather than leaving the wait hanging.
  const failed = all.then(
    () => new Promise<never>(() => {}),
    (error: unknown) => Promise.reject(error),
  );
  return {
    acknowledgedAtLeast: (count: number) =>
      Promise.race([
        failed,
        new Promise<void>((resolve) => {
          waiting.push({ count, resolve });
          notify();
        }),
      ]),
    stopping: () => {
      stopping = true;
    },
    finished: async () => {
      await all;
    },
  };
}

/** Through the restarted server's API: every journey valid, whole, and at least as new as acknowledged. */
async function checkJourneys(url: string, token: string, ledger: Ledger): Promise<void> {
  for (const id of journeyIds) {
    const read = await call(url, token, 'GET', `${journeysPath}/${id}`);
    expect(read.status).toBe(200);
    const revision = revisionOf(read);
    const document: unknown = await read.json();
    expect(errorsOf(document), `journey ${id} after the restart`).toEqual([]);
    const journey = document as Journey;
    expect(journey.stages[0]?.steps[0]?.name, `journey ${id} is one write, not parts of two`).toBe(
      journey.title,
    );
    expect(journey.title === `${id} initial` || ledger.sent.has(journey.title)).toBe(true);

    const acks = ledger.acknowledged.filter((ack) => ack.journey === id);
    const revisions = acks.map((ack) => ack.revision);
    expect(new Set(revisions).size, `two acknowledged writes of ${id} at one revision`).toBe(
      revisions.length,
    );
    const latest = acks.reduce<Acknowledged | undefined>(
      (best, ack) => (best === undefined || ack.revision > best.revision ? ack : best),
      undefined,
    );
    if (latest === undefined) continue;
    expect(revision, `journey ${id} went back before an acknowledged write`).toBeGreaterThanOrEqual(
      latest.revision,
    );
    if (revision === latest.revision) expect(journey.title).toBe(latest.marker);
  }
}

/**
 * Straight from the tables: one audit line per revision of each journey (2…current, none past it), and
 * versions numbered 1…n, none past the journey's revision, each a valid document whose marker is the
 * acknowledged write's at that revision.
 */
async function checkTables(
  options: { dataDir: string; databaseUrl?: string },
  ledger: Ledger,
): Promise<void> {
  const database = openDatabase(options);
  try {
    const { db } = database;
    for (const id of journeyIds) {
      const row = await db
        .selectFrom('journey')
        .select(['id', 'revision', 'document'])
        .where('slug', '=', id)
        .executeTakeFirstOrThrow();
      const audit = await db
        .selectFrom('auditEvent')
        .select(['action', 'detail'])
        .where('targetType', '=', 'journey')
        .where('targetId', '=', id)
        .execute();
      const audited = audit
        .filter((event) => event.action === 'journey.update')
        .map((event) => (JSON.parse(event.detail) as { revision: number }).revision)
        .sort((a, b) => a - b);
      expect(audited, `audit lines of ${id}`).toEqual(
        Array.from({ length: row.revision - 1 }, (_, i) => i + 2),
      );

      const versions = await db
        .selectFrom('journeyVersion')
        .select(['number', 'revision', 'document'])
        .where('journeyId', '=', row.id)
        .orderBy('number')
        .execute();
      expect(
        versions.map((version) => version.number),
        `version numbers of ${id}`,
      ).toEqual(versions.map((_, i) => i + 1));
      for (const version of versions) {
        expect(version.revision, `a version of ${id} past its revision`).toBeLessThanOrEqual(row.revision);
        const document: unknown = JSON.parse(version.document);
        expect(errorsOf(document), `version ${version.number} of ${id}`).toEqual([]);
        const journey = document as Journey;
        expect(journey.status).toBe('published');
        expect(journey.stages[0]?.steps[0]?.name).toBe(journey.title);
        const ack = ledger.acknowledged.find((a) => a.journey === id && a.revision === version.revision);
        if (ack !== undefined) expect(journey.title).toBe(ack.marker);
      }
    }
  } finally {
    await database.close();
  }
}

/** What core's validator finds wrong with a stored document (nothing, for a whole journey). */
function errorsOf(document: unknown) {
  const parsed = validateJourney(document);
  return parsed.ok ? [] : parsed.errors;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
