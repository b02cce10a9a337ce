import { isDeepStrictEqual } from 'node:util';
import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { docToJourney, journeyToDoc } from '@waymark/collab';
import { validateJourney } from '@waymark/core';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { changeJourney } from '../commands/writeJourney.js';
import { now } from '../db/rows.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import { documentOf, requireJourney } from '../journeys/journeyStore.js';
import { collabContextOf } from './collabContext.js';
import { liveEditAction } from './liveJourneys.js';

/** How many times a store retries when a REST write moved the journey on in between. */
const storeAttempts = 3;

/**
 * Live documents in the database. Load: the stored Yjs state, brought up to the journey's current
 * document when a REST write happened while no one was connected (the state's revision is then
 * behind), or a document built from the journey. Store (debounced by Hocuspocus): the journey the
 * document holds, checked by core, and the Yjs state, in one transaction with a new revision, so
 * GET, search, lint and renders see the latest content; an unchanged journey keeps its revision.
 */
export function persistence(context: ServerContext): Extension {
  return {
    extensionName: 'waymark-persistence',
    async onLoadDocument(data: onLoadDocumentPayload): Promise<void> {
      const { access, address } = collabContextOf(data.context);
      const row = await requireJourney(context.db, access.workspace.id, address.journey);
      const stored = await context.db
        .selectFrom('journeyYState')
        .select(['state', 'revision'])
        .where('journeyId', '=', row.id)
        .executeTakeFirst();
      if (stored !== undefined) Y.applyUpdate(data.document, Buffer.from(stored.state, 'base64'));
      if (stored?.revision !== row.revision) journeyToDoc(documentOf(row), data.document);
    },

    async onStoreDocument(data: onStoreDocumentPayload): Promise<void> {
      const { access, address } = collabContextOf(data.context);
      const checked = validateJourney(docToJourney(data.document));
      if (!checked.ok)
        throw new Error(
          `live document ${data.documentName} does not hold a valid journey; not stored: ${checked.errors.map((d) => d.message).join('; ')}`,
        );
      const journey = checked.journey;
      const state = Buffer.from(Y.encodeStateAsUpdate(data.document)).toString('base64');
      for (let attempt = 1; ; attempt++) {
        const row = await requireJourney(context.db, access.workspace.id, address.journey);
        if (isDeepStrictEqual(documentOf(row), journey)) {
          await saveState(context.db, row.id, state, row.revision);
          return;
        }
        try {
          await changeJourney(
            context,
            access,
            address.journey,
            row.revision,
            journey,
            liveEditAction,
            {},
            (tx, saved) => saveState(tx, saved.id, state, saved.revision),
          );
          return;
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409) || attempt >= storeAttempts) throw error;
        }
      }
    },
  };
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
