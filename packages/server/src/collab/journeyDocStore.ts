import { isDeepStrictEqual } from 'node:util';
import { docToJourney, journeyToDoc } from '@waymark/collab';
import { validateJourney } from '@waymark/core';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { changeJourney } from '../commands/writeJourney.js';
import { now } from '../db/rows.js';
import type { Database, JourneyRow } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import { documentOf, requireJourney } from '../journeys/journeyStore.js';
import type { WorkspaceAccess } from '../policies/authorize.js';
import { liveEditAction } from './liveJourneys.js';
import { compactUpdateLog, loggedUpdates } from './updateLog.js';

/** How many times a store retries when a REST write moved the journey on in between. */
const storeAttempts = 3;

/** What loading found: whether the document holds more than the stored state and journey say. */
export interface LoadedJourneyDoc {
  /** Updates replayed from the log (acknowledged, not yet stored): the journey JSON lags behind. */
  readonly replayed: number;
  /** The journey row was newer than everything in the document, and was written into it. */
  readonly caughtUp: boolean;
}

/**
 * A journey's live document from the database: the stored Yjs state, then the update log (what
 * the server acknowledged after that store, e.g. before a crash), then — when a REST write moved
 * the journey past every revision the state and the log have seen — the journey row itself,
 * written in as the smallest change.
 */
export async function loadJourneyDoc(
  db: Kysely<Database>,
  row: JourneyRow,
  doc: Y.Doc,
): Promise<LoadedJourneyDoc> {
  const stored = await db
    .selectFrom('journeyYState')
    .select(['state', 'revision'])
    .where('journeyId', '=', row.id)
    .executeTakeFirst();
  if (stored !== undefined) Y.applyUpdate(doc, Buffer.from(stored.state, 'base64'));
  const log = await loggedUpdates(db, row.id);
  let seen = stored?.revision ?? 0;
  for (const entry of log) {
    Y.applyUpdate(doc, entry.update);
    seen = Math.max(seen, entry.revision ?? 0);
  }
  const caughtUp = seen < row.revision;
  if (caughtUp) journeyToDoc(documentOf(row), doc);
  return { replayed: log.length, caughtUp };
}

/**
 * Stores a live document: the journey it holds, checked by core, and its Yjs state, in one
 * transaction with a new revision (an unchanged journey keeps its revision), and the logged updates
 * that state now holds are deleted in the same transaction.
 */
export async function storeJourneyDoc(
  context: ServerContext,
  access: WorkspaceAccess,
  slug: string,
  doc: Y.Doc,
  name: string,
): Promise<void> {
  const checked = validateJourney(docToJourney(doc));
  if (!checked.ok)
    throw new Error(
      `live document ${name} does not hold a valid journey; not stored: ${checked.errors.map((d) => d.message).join('; ')}`,
    );
  const journey = checked.journey;
  const snapshot = Y.snapshot(doc);
  const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  const save = async (tx: Kysely<Database>, journeyId: string, revision: number) => {
    await saveState(tx, journeyId, state, revision);
    await compactUpdateLog(tx, journeyId, snapshot);
  };
  for (let attempt = 1; ; attempt++) {
    const row = await requireJourney(context.db, access.workspace.id, slug);
    if (isDeepStrictEqual(documentOf(row), journey)) {
      await context.db.transaction().execute((tx) => save(tx, row.id, row.revision));
      return;
    }
    try {
      await changeJourney(context, access, slug, row.revision, journey, liveEditAction, {}, (tx, saved) =>
        save(tx, saved.id, saved.revision),
      );
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409) || attempt >= storeAttempts) throw error;
    }
  }
}

async function saveState(
  db: Kysely<Database>,
  journeyId: string,
  state: string,
  revision: number,
): Promise<void> {
  const values = { state, revision, updatedAt: now() };
  await db
    .insertInto('journeyYState')
    .values({ journeyId, ...values })
    .onConflict((conflict) => conflict.column('journeyId').doUpdateSet(values))
    .execute();
}
