import type { Journey } from '@waymark/core';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/openDatabase.js';
import { newId, now } from '../db/rows.js';
import type { Database, JourneyRow } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import { staleRevision } from '../http/revision.js';
import type { DocumentCache } from './documentCache.js';
import type { JourneyHeadCache } from './journeyHeadCache.js';
import { journeyColumns, journeySearchText } from './journeyRecord.js';
import { type SearchEntryOf, writeSearchEntry } from './searchIndex.js';

/** Reading and writing journey rows; callers own the transaction. */

export async function findJourney(
  db: Kysely<Database>,
  workspaceId: string,
  slug: string,
): Promise<JourneyRow | undefined> {
  return db
    .selectFrom('journey')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** A journey that exists and is not deleted, or a 404 (a deleted one says how to restore it). */
export async function requireJourney(
  db: Kysely<Database>,
  workspaceId: string,
  slug: string,
): Promise<JourneyRow> {
  return live(await findJourney(db, workspaceId, slug), slug);
}

/** A journey row without its document: what a request needs before it knows it wants the text. */
export type JourneyHead = Omit<JourneyRow, 'document'>;

const headColumns = [
  'id',
  'workspaceId',
  'slug',
  'title',
  'status',
  'owner',
  'tags',
  'personas',
  'reviewDue',
  'personaNames',
  'healthScore',
  'healthDay',
  'lastReviewed',
  'revision',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
] as const satisfies readonly (keyof JourneyHead)[];

/** Like requireJourney, without reading the document (which can be hundreds of kilobytes). */
export async function requireJourneyHead(
  db: Kysely<Database>,
  workspaceId: string,
  slug: string,
): Promise<JourneyHead> {
  const head = await db
    .selectFrom('journey')
    .select(headColumns)
    .where('workspaceId', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return live(head, slug);
}

/**
 * requireJourneyHead through the head cache: no round trip while the cache holds the journey
 * (PostgreSQL, listening for changes; see journeyHeadCache.ts), else read and kept.
 */
export async function currentJourneyHead(
  db: Kysely<Database>,
  heads: JourneyHeadCache,
  workspaceId: string,
  slug: string,
): Promise<JourneyHead> {
  const cached = heads.get(workspaceId, slug);
  if (cached !== undefined) return cached;
  const epoch = heads.begin();
  const head = await requireJourneyHead(db, workspaceId, slug);
  heads.keep(epoch, head);
  return head;
}

function live<Row extends Pick<JourneyRow, 'deletedAt'>>(row: Row | undefined, slug: string): Row {
  if (row === undefined) throw ApiError.notFound(`no journey ${slug} in this workspace`);
  if (row.deletedAt !== null)
    throw ApiError.notFound(
      `journey ${slug} was deleted on ${row.deletedAt}; POST …/journeys/${slug}/restore brings it back`,
    );
  return row;
}

/**
 * A journey's document as UTF-8 JSON, and the revision it is at: from the cache when it holds
 * this revision, else read (with the revision it has by then, which a write may have moved on)
 * and cached.
 */
export async function readDocumentBytes(
  db: Kysely<Database>,
  cache: DocumentCache,
  head: Pick<JourneyHead, 'id' | 'slug' | 'revision'>,
): Promise<{ bytes: Buffer; revision: number }> {
  const cached = cache.get(head.id, head.revision);
  if (cached !== undefined) return { bytes: cached, revision: head.revision };
  const row = live(
    await db
      .selectFrom('journey')
      .select(['document', 'revision', 'deletedAt'])
      .where('id', '=', head.id)
      .executeTakeFirst(),
    head.slug,
  );
  const bytes = Buffer.from(row.document, 'utf8');
  cache.set(head.id, row.revision, bytes);
  return { bytes, revision: row.revision };
}

export function documentOf(row: Pick<JourneyRow, 'document'>): Journey {
  return JSON.parse(row.document) as Journey;
}

export async function insertJourney(
  db: Kysely<Database>,
  kind: DatabaseKind,
  workspaceId: string,
  journey: Journey,
  actorId: string | null,
): Promise<JourneyRow> {
  const existing = await findJourney(db, workspaceId, journey.id);
  if (existing !== undefined)
    throw ApiError.conflict(
      existing.deletedAt === null
        ? `a journey with id ${journey.id} already exists in this workspace; choose another id or update that one`
        : `a deleted journey has the id ${journey.id}; restore it, or choose another id`,
    );
  const at = now();
  const row: JourneyRow = {
    id: newId(),
    workspaceId,
    ...journeyColumns(journey),
    revision: 1,
    createdAt: at,
    createdBy: actorId,
    updatedAt: at,
    updatedBy: actorId,
    deletedAt: null,
  };
  await db.insertInto('journey').values(row).execute();
  await indexForSearch(db, kind, row, journey);
  return row;
}

/**
 * Replaces a journey's document if it is still at `expectedRevision`; the check and the write
 * are one statement, so two writers can never both succeed from the same revision.
 */
export async function updateJourney(
  db: Kysely<Database>,
  kind: DatabaseKind,
  row: JourneyHead,
  journey: Journey,
  expectedRevision: number,
  actorId: string | null,
): Promise<JourneyRow> {
  if (journey.id !== row.slug)
    throw ApiError.invalid(
      `the journey's id is ${row.slug} and cannot change (it is its address); got ${journey.id}. To rename it, create a copy with the new id.`,
      [{ severity: 'error', path: 'id', message: `expected ${row.slug}, got ${journey.id}` }],
    );
  const changes = {
    ...journeyColumns(journey),
    revision: expectedRevision + 1,
    updatedAt: now(),
    updatedBy: actorId,
  };
  const result = await db
    .updateTable('journey')
    .set(changes)
    .where('id', '=', row.id)
    .where('revision', '=', expectedRevision)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const current = await db
      .selectFrom('journey')
      .select('revision')
      .where('id', '=', row.id)
      .executeTakeFirst();
    throw staleRevision(`journey ${row.slug}`, expectedRevision, current?.revision ?? row.revision);
  }
  await indexForSearch(db, kind, row, journey);
  return { ...row, ...changes };
}

/** Keeps the full-text index in step with the document (same transaction as the write). */
export async function indexForSearch(
  db: Kysely<Database>,
  kind: DatabaseKind,
  row: SearchEntryOf,
  journey: Journey,
): Promise<void> {
  await writeSearchEntry(db, kind, row, journey.title, journeySearchText(journey));
}
