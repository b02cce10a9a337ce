import type { Kysely } from 'kysely';
import { hashToken, looksLikeToken } from '../../../auth/secretToken.js';
import { now } from '../../../db/rows.js';
import type { Database, JourneyRow } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';

/** Said of every share token that does not work, so none can be told from another. */
export const unknownShare = 'this share link does not exist, has expired or was revoked';

/**
 * The journey a share token opens: the link unrevoked and unexpired, the journey not deleted.
 * Anything else is the same 404. A token opens one journey's document and map, nothing more.
 */
export async function findSharedJourney(
  db: Kysely<Database>,
  token: string,
): Promise<Pick<JourneyRow, 'id' | 'title' | 'document' | 'revision'>> {
  if (!looksLikeToken('share', token)) throw ApiError.notFound(unknownShare);
  const row = await db
    .selectFrom('shareLink')
    .innerJoin('journey', 'journey.id', 'shareLink.journeyId')
    .select(['journey.id', 'journey.title', 'journey.document', 'journey.revision', 'shareLink.expiresAt'])
    .where('shareLink.tokenHash', '=', hashToken(token))
    .where('shareLink.revokedAt', 'is', null)
    .where('journey.deletedAt', 'is', null)
    .executeTakeFirst();
  if (row === undefined || (row.expiresAt !== null && row.expiresAt <= now()))
    throw ApiError.notFound(unknownShare);
  return { id: row.id, title: row.title, document: row.document, revision: row.revision };
}
