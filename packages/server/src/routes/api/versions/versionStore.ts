import type { Kysely } from 'kysely';
import type { Database, VersionRow } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';

/** A journey's versions, newest first, with who took them. */
export async function listVersions(db: Kysely<Database>, journeyId: string) {
  const rows = await db
    .selectFrom('journeyVersion')
    .leftJoin('user', 'user.id', 'journeyVersion.createdBy')
    .select([
      'journeyVersion.number',
      'journeyVersion.name',
      'journeyVersion.reason',
      'journeyVersion.revision',
      'journeyVersion.createdAt',
      'journeyVersion.createdBy',
      'user.name as createdByName',
    ])
    .where('journeyVersion.journeyId', '=', journeyId)
    .orderBy('journeyVersion.number', 'desc')
    .execute();
  return rows.map(({ createdByName, ...row }) => presentVersion(row, createdByName));
}

/** A version as the API shows it (without its document). */
export function presentVersion(
  row: Pick<VersionRow, 'number' | 'name' | 'reason' | 'revision' | 'createdAt' | 'createdBy'>,
  createdByName: string | null,
) {
  return {
    number: Number(row.number),
    name: row.name,
    reason: row.reason as 'manual' | 'publish' | 'restore',
    revision: Number(row.revision),
    createdAt: row.createdAt,
    createdBy: row.createdBy === null ? null : { id: row.createdBy, name: createdByName ?? '' },
  };
}

/** One version of a journey, or a 404 that says which versions there are. */
export async function requireVersion(
  db: Kysely<Database>,
  journeyId: string,
  slug: string,
  number: number,
): Promise<VersionRow> {
  const row = await db
    .selectFrom('journeyVersion')
    .selectAll()
    .where('journeyId', '=', journeyId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (row !== undefined) return row;
  const last = await db
    .selectFrom('journeyVersion')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('journeyId', '=', journeyId)
    .executeTakeFirst();
  const count = Number(last?.number ?? 0);
  throw ApiError.notFound(
    count === 0
      ? `journey ${slug} has no versions yet; POST …/journeys/${slug}/versions takes one`
      : `journey ${slug} has no version ${number}; its versions are 1 to ${count}`,
  );
}
