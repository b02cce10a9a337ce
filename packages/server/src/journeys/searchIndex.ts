import { createHash } from 'node:crypto';
import { type Expression, type QueryExecutorProvider, sql } from 'kysely';
import type { DatabaseKind } from '../db/openDatabase.js';

// The write side of full-text search (the read side is searchJourneys.ts). Each journey's search
// text (journeyRecord.ts) is indexed whole, for matching and ranking — every word of a search must
// be in the journey, not in one passage — and cut into short passages, for snippets: a result's
// snippet comes from its first matching passage, so the engine tokenises under a kilobyte instead
// of the whole journey (some 110 KB for the 1,000-touchpoint map).
//
// SQLite (FTS5):
//   journeySearchIndex    contentless fts5(title, body), rowid = the journey's entry. Contentless,
//                         so ranking every match never reads a stored row: reading one column of
//                         a 110 KB row cost ~0.3 ms, and a common word matches many rows.
//   journeySearchEntry    journeyId ⇄ entry, a hash of the indexed text (a write whose words did
//                         not change leaves the index alone) and the rowid range of its passages.
//   journeySearchPassage  fts5(text) with its content, for snippet(); one journey's passages have
//                         consecutive rowids, so FTS5 finds a match inside one range directly.
// PostgreSQL: "journeySearch" (title, body, a weighted tsvector with a GIN index, and the
// journey's workspace, slug and deletion time, so ranking reads no other table) and
// "journeySearchPassage" (journeyId, ordinal, text, tsvector); both cascade from the journey.

/** A passage ends at the first line break after this many characters… */
const passageChars = 600;
/** …and a single line longer than this is cut at a space (or hard) to keep passages short. */
const maxPassageChars = 1200;

/**
 * The passages of a journey's search text: the title first, then the body's lines gathered into
 * runs of about `passageChars`. Every word of the body is in exactly one passage, in order.
 */
export function searchPassages(title: string, body: string): string[] {
  const passages = [title];
  let current = '';
  for (const line of body.split('\n').flatMap(cutLongLine)) {
    current = current === '' ? line : `${current}\n${line}`;
    if (current.length >= passageChars) {
      passages.push(current);
      current = '';
    }
  }
  if (current !== '') passages.push(current);
  return passages;
}

function cutLongLine(line: string): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > maxPassageChars) {
    const space = rest.lastIndexOf(' ', maxPassageChars);
    const cut = space > passageChars / 2 ? space : maxPassageChars;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(space === cut ? cut + 1 : cut);
  }
  pieces.push(rest);
  return pieces;
}

/** What an entry's words are, in a few bytes: a write whose hash is unchanged leaves the entry be. */
function searchTextHash(title: string, body: string): string {
  return createHash('sha256').update(title).update('\0').update(body).digest('base64');
}

/** The journey row an index entry is for. */
export interface SearchEntryOf {
  readonly id: string;
  readonly workspaceId: string;
  readonly slug: string;
  readonly deletedAt: string | null;
}

/**
 * Puts a journey's title and search text into the index, in the caller's transaction. The text of
 * a big journey is long and re-tokenising it is a good part of a write, so an entry whose words
 * have not changed — most edits move scores, links or layout, not words — is left as it is.
 */
export async function writeSearchEntry(
  db: QueryExecutorProvider,
  kind: DatabaseKind,
  journey: SearchEntryOf,
  title: string,
  body: string,
): Promise<void> {
  const journeyId = journey.id;
  if (kind === 'postgres') {
    // The hash, not the text: reading back ~110 KB to compare cost more than hashing it here.
    const textHash = searchTextHash(title, body);
    const existing = await sql<{ textHash: string | null }>`
      SELECT "textHash" FROM "journeySearch" WHERE "journeyId" = ${journeyId}`.execute(db);
    if (existing.rows[0]?.textHash === textHash) return;
    await sql`INSERT INTO "journeySearch" ("journeyId", "workspaceId", slug, "deletedAt", title, body, "textHash")
      VALUES (${journeyId}, ${journey.workspaceId}, ${journey.slug}, ${journey.deletedAt}, ${title}, ${body}, ${textHash})
      ON CONFLICT ("journeyId") DO UPDATE
      SET title = excluded.title, body = excluded.body, "textHash" = excluded."textHash"`.execute(db);
    await writePostgresPassages(db, journeyId, title, body);
    return;
  }
  await writeSqliteEntry(db, journeyId, title, body);
}

/** SQLite's half of writeSearchEntry (also used by the migration that added passages). */
export async function writeSqliteEntry(
  db: QueryExecutorProvider,
  journeyId: string,
  title: string,
  body: string,
): Promise<void> {
  const textHash = searchTextHash(title, body);
  const existing = await sql<{ entry: number; textHash: string }>`
    SELECT entry, textHash FROM journeySearchEntry WHERE journeyId = ${journeyId}`.execute(db);
  const current = existing.rows[0];
  if (current?.textHash === textHash) return;
  if (current !== undefined) await removeSqliteEntries(db, sql`SELECT ${journeyId}`, { keepEntry: true });
  const passages = searchPassages(title, body);
  // After the last passage FTS5 holds, not the last range: a journey removed some other way may
  // leave passages behind, which then belong to no entry but keep their rowids.
  const last = await sql<{ rowid: number }>`
    SELECT rowid FROM journeySearchPassage ORDER BY rowid DESC LIMIT 1`.execute(db);
  const firstPassage = (last.rows[0]?.rowid ?? 0) + 1;
  for (const [index, text] of passages.entries())
    await sql`INSERT INTO journeySearchPassage (rowid, text) VALUES (${firstPassage + index}, ${text})`.execute(
      db,
    );
  const lastPassage = firstPassage + passages.length - 1;
  const entry =
    current?.entry ??
    (
      await sql<{ entry: number }>`
        INSERT INTO journeySearchEntry (journeyId, textHash, firstPassage, lastPassage)
        VALUES (${journeyId}, ${textHash}, ${firstPassage}, ${lastPassage}) RETURNING entry`.execute(db)
    ).rows[0]?.entry;
  if (current !== undefined)
    await sql`UPDATE journeySearchEntry SET textHash = ${textHash}, firstPassage = ${firstPassage},
      lastPassage = ${lastPassage} WHERE entry = ${current.entry}`.execute(db);
  await sql`INSERT INTO journeySearchIndex (rowid, title, body) VALUES (${entry}, ${title}, ${body})`.execute(
    db,
  );
}

/**
 * Keeps a journey's deletion (or restoration) in its index entry, in the caller's transaction.
 * PostgreSQL only: SQLite's search reads it from the journey row.
 */
export async function markSearchEntryDeleted(
  db: QueryExecutorProvider,
  kind: DatabaseKind,
  journeyId: string,
  deletedAt: string | null,
): Promise<void> {
  if (kind === 'postgres')
    await sql`UPDATE "journeySearch" SET "deletedAt" = ${deletedAt} WHERE "journeyId" = ${journeyId}`.execute(
      db,
    );
}

/** Replaces a journey's passages on PostgreSQL (also used by the migration that added them). */
export async function writePostgresPassages(
  db: QueryExecutorProvider,
  journeyId: string,
  title: string,
  body: string,
): Promise<void> {
  await sql`DELETE FROM "journeySearchPassage" WHERE "journeyId" = ${journeyId}`.execute(db);
  for (const [index, text] of searchPassages(title, body).entries())
    await sql`INSERT INTO "journeySearchPassage" ("journeyId", ordinal, text)
      VALUES (${journeyId}, ${index}, ${text})`.execute(db);
}

/**
 * Removes the index entries of the journeys a subquery selects (`SELECT id …`). SQLite only: on
 * PostgreSQL the rows cascade from the journey. `keepEntry` keeps the entry row (and so its
 * number) for a journey about to be indexed again.
 */
export async function removeSqliteEntries(
  db: QueryExecutorProvider,
  journeyIds: Expression<unknown>,
  { keepEntry = false } = {},
): Promise<void> {
  const entries = await sql<{ entry: number; firstPassage: number; lastPassage: number }>`
    SELECT entry, firstPassage, lastPassage FROM journeySearchEntry WHERE journeyId IN (${journeyIds})`.execute(
    db,
  );
  for (const { entry, firstPassage, lastPassage } of entries.rows) {
    await sql`DELETE FROM journeySearchIndex WHERE rowid = ${entry}`.execute(db);
    await sql`DELETE FROM journeySearchPassage WHERE rowid >= ${firstPassage} AND rowid <= ${lastPassage}`.execute(
      db,
    );
  }
  if (!keepEntry) await sql`DELETE FROM journeySearchEntry WHERE journeyId IN (${journeyIds})`.execute(db);
}
