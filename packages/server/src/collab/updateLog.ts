import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import { now } from '../db/rows.js';
import type { Database } from '../db/schema.js';
import { snapshotHolds } from './snapshotHolds.js';

/** One acknowledged live update on its way to the log. */
export interface LoggedUpdate {
  readonly journeyId: string;
  readonly update: Uint8Array;
  readonly userId: string | null;
  /** For a REST write written into the open document: the journey revision it made. */
  readonly revision?: number;
}

interface Waiting {
  readonly row: {
    journeyId: string;
    update: string;
    userId: string | null;
    revision: number | null;
    createdAt: string;
  };
  readonly done: () => void;
  readonly failed: (error: unknown) => void;
}

/** Rows per INSERT, well under SQLite's limit of bound parameters. */
const rowsPerInsert = 500;

/**
 * The update log: every live update a server accepts is committed here before Hocuspocus tells the
 * client it is synced, so an update a client saw acknowledged survives a SIGKILL between the
 * debounced stores. Appends are group-committed: what arrives while a write is running (or in the
 * same turn of the event loop) goes in the next single INSERT, one fsync for many editors.
 */
export class UpdateLog {
  private readonly queue: Waiting[] = [];
  private writing = false;

  constructor(private readonly db: Kysely<Database>) {}

  /** Resolves once the update is committed; rejects (and the update must be refused) when it is not. */
  append(entry: LoggedUpdate): Promise<void> {
    return new Promise((done, failed) => {
      this.queue.push({
        row: {
          journeyId: entry.journeyId,
          update: Buffer.from(entry.update).toString('base64'),
          userId: entry.userId,
          revision: entry.revision ?? null,
          createdAt: now(),
        },
        done,
        failed,
      });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, rowsPerInsert);
      try {
        await this.db
          .insertInto('journeyYUpdate')
          .values(batch.map((waiting) => waiting.row))
          .execute();
        for (const waiting of batch) waiting.done();
      } catch (error) {
        for (const waiting of batch) waiting.failed(error);
      }
    }
    this.writing = false;
  }
}

/** A row of the log, decoded. */
export interface LogEntry {
  readonly id: number;
  readonly update: Uint8Array;
  readonly userId: string | null;
  readonly revision: number | null;
}

/** The log of one journey, oldest first. */
export async function loggedUpdates(db: Kysely<Database>, journeyId: string): Promise<LogEntry[]> {
  const rows = await db
    .selectFrom('journeyYUpdate')
    .select(['id', 'update', 'userId', 'revision'])
    .where('journeyId', '=', journeyId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, update: Buffer.from(row.update, 'base64') }));
}

/**
 * Deletes the logged updates of a journey that a stored document state already holds (inside the
 * store's transaction). An update logged after the state was taken — by this process, or by
 * another one sharing the journey through Redis — stays for the next store.
 */
export async function compactUpdateLog(
  db: Kysely<Database>,
  journeyId: string,
  stored: Y.Snapshot,
): Promise<void> {
  const held = (await loggedUpdates(db, journeyId))
    .filter((logged) => snapshotHolds(stored, logged.update))
    .map((logged) => logged.id);
  for (let start = 0; start < held.length; start += rowsPerInsert)
    await db
      .deleteFrom('journeyYUpdate')
      .where('id', 'in', held.slice(start, start + rowsPerInsert))
      .execute();
}
