import type { Kysely } from 'kysely';
import { fromJson } from '../../../db/rows.js';
import type { CommentRow, Database } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';

/** A comment of a journey that is not deleted, or a 404. */
export async function requireComment(
  db: Kysely<Database>,
  journeyId: string,
  commentId: string,
): Promise<CommentRow> {
  const row = await db
    .selectFrom('comment')
    .selectAll()
    .where('journeyId', '=', journeyId)
    .where('id', '=', commentId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (row === undefined) throw ApiError.notFound(`no comment ${commentId} on this journey`);
  return row;
}

/** The names of these people, by id (one query for a whole page of comments). */
async function namesOf(db: Kysely<Database>, ids: ReadonlySet<string>): Promise<Map<string, string>> {
  if (ids.size === 0) return new Map();
  const users = await db
    .selectFrom('user')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(users.map((user) => [user.id, user.name]));
}

/** Comments as the API shows them: people with their names, mentions parsed. */
export async function presentComments(db: Kysely<Database>, rows: readonly CommentRow[]) {
  const ids = new Set<string>();
  for (const row of rows) {
    ids.add(row.authorId);
    if (row.resolvedBy !== null) ids.add(row.resolvedBy);
    for (const id of fromJson<string[]>(row.mentions)) ids.add(id);
  }
  const names = await namesOf(db, ids);
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return rows.map((row) => ({
    id: row.id,
    elementId: row.elementId,
    parentId: row.parentId,
    // A comment restored from an untrusted archive belongs to whoever restored it, but shows who wrote it.
    author:
      row.importedAuthor === null
        ? person(row.authorId)
        : { id: row.authorId, name: `${row.importedAuthor} (imported)` },
    body: row.body,
    mentions: fromJson<string[]>(row.mentions).map(person),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    resolvedAt: row.resolvedAt,
    resolvedBy: row.resolvedBy === null ? null : person(row.resolvedBy),
  }));
}

export type PresentedComment = Awaited<ReturnType<typeof presentComments>>[number];

/**
 * Groups comments into threads: each root with its replies, oldest first. Replies whose root is
 * deleted go with it — deleting a thread's first comment takes the thread out of the list.
 */
export function threadsOf(comments: readonly PresentedComment[]) {
  const threads = comments
    .filter((comment) => comment.parentId === null)
    .map((root) => ({ ...root, replies: [] as PresentedComment[] }));
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  for (const comment of comments)
    if (comment.parentId !== null) byId.get(comment.parentId)?.replies.push(comment);
  return threads;
}

/** One comment as the API shows it. */
export async function presentComment(db: Kysely<Database>, row: CommentRow): Promise<PresentedComment> {
  const [presented] = await presentComments(db, [row]);
  if (presented === undefined) throw new Error('presentComments returned nothing for one row');
  return presented;
}
