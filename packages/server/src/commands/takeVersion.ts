import type { Kysely } from 'kysely';
import { yStateAtRevision } from '../collab/versionState.js';
import { newId, now } from '../db/rows.js';
import type { Database, JourneyRow, VersionRow } from '../db/schema.js';

export const versionReasons = ['manual', 'publish', 'restore'] as const;
export type VersionReason = (typeof versionReasons)[number];

/**
 * Snapshots a journey row as its next numbered version (inside the caller's transaction): its JSON
 * and its Yjs document state.
 */
export async function takeVersion(
  db: Kysely<Database>,
  row: Pick<JourneyRow, 'id' | 'revision' | 'document'>,
  name: string,
  reason: VersionReason,
  actorId: string | null,
): Promise<VersionRow> {
  // Lock the journey row first (a no-op update), so two snapshots taken at once are numbered in turn.
  await db
    .updateTable('journey')
    .set((eb) => ({ revision: eb.ref('revision') }))
    .where('id', '=', row.id)
    .execute();
  const last = await db
    .selectFrom('journeyVersion')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('journeyId', '=', row.id)
    .executeTakeFirst();
  const version: VersionRow = {
    id: newId(),
    journeyId: row.id,
    number: Number(last?.number ?? 0) + 1,
    name,
    reason,
    revision: row.revision,
    document: row.document,
    createdAt: now(),
    createdBy: actorId,
  };
  await db.insertInto('journeyVersion').values(version).execute();
  await db
    .insertInto('journeyVersionYState')
    .values({ versionId: version.id, state: await yStateAtRevision(db, row) })
    .execute();
  return version;
}
