import { journeyToDoc } from '@waymark/collab';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database, JourneyRow } from '../db/schema.js';
import { documentOf } from '../journeys/journeyStore.js';

/**
 * The Yjs state of a journey at a revision, for a version taken of it: the stored live state when
 * it was stored at exactly this revision (the same Yjs items editors hold), else a document built
 * from the journey's JSON.
 */
export async function yStateAtRevision(
  db: Kysely<Database>,
  row: Pick<JourneyRow, 'id' | 'revision' | 'document'>,
): Promise<string> {
  const stored = await db
    .selectFrom('journeyYState')
    .select(['state', 'revision'])
    .where('journeyId', '=', row.id)
    .executeTakeFirst();
  if (stored?.revision === row.revision) return stored.state;
  const doc = new Y.Doc();
  journeyToDoc(documentOf(row), doc);
  const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  doc.destroy();
  return state;
}
