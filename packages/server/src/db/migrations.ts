import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  sql,
} from 'kysely';
import { writePostgresPassages, writeSqliteEntry } from '../journeys/searchIndex.js';
import type { DatabaseKind } from './openDatabase.js';

// Waymark's schema, as an ordered list of migrations that run on start. Never edit a
// migration that has shipped: add the next one.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

function initial(kind: DatabaseKind): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('workspace')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('createdBy', 'text')
        .execute();
      await db.schema
        .createTable('workspaceMember')
        .addColumn('workspaceId', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
        .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('workspaceMember_pk', ['workspaceId', 'userId'])
        .execute();
      await db.schema.createIndex('workspaceMember_user').on('workspaceMember').column('userId').execute();
      await db.schema
        .createTable('invitation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspaceId', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('tokenHash', 'text', (c) => c.notNull().unique())
        .addColumn('email', 'text')
        .addColumn('createdBy', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('expiresAt', 'text', (c) => c.notNull())
        .addColumn('acceptedBy', 'text')
        .addColumn('acceptedAt', 'text')
        .addColumn('revokedAt', 'text')
        .execute();
      await db.schema
        .createTable('apiToken')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('tokenHash', 'text', (c) => c.notNull().unique())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('expiresAt', 'text')
        .addColumn('lastUsedAt', 'text')
        .addColumn('revokedAt', 'text')
        .execute();
      await db.schema
        .createTable('persona')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspaceId', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('updatedAt', 'text', (c) => c.notNull())
        .addUniqueConstraint('persona_slug', ['workspaceId', 'slug'])
        .execute();
      await db.schema
        .createTable('journey')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspaceId', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('personas', 'text', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('reviewDue', 'text')
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('createdBy', 'text')
        .addColumn('updatedAt', 'text', (c) => c.notNull())
        .addColumn('updatedBy', 'text')
        .addColumn('deletedAt', 'text')
        .addUniqueConstraint('journey_slug', ['workspaceId', 'slug'])
        .execute();
      await db.schema
        .createTable('journeyVersion')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('journeyId', 'text', (c) => c.notNull().references('journey.id').onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('createdBy', 'text')
        .addUniqueConstraint('journeyVersion_number', ['journeyId', 'number'])
        .execute();
      await db.schema
        .createTable('comment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('journeyId', 'text', (c) => c.notNull().references('journey.id').onDelete('cascade'))
        .addColumn('elementId', 'text')
        .addColumn('parentId', 'text', (c) => c.references('comment.id').onDelete('cascade'))
        .addColumn('authorId', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('mentions', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('updatedAt', 'text', (c) => c.notNull())
        .addColumn('resolvedAt', 'text')
        .addColumn('resolvedBy', 'text')
        .addColumn('deletedAt', 'text')
        .execute();
      await db.schema.createIndex('comment_journey').on('comment').column('journeyId').execute();
      await db.schema
        .createTable('shareLink')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('journeyId', 'text', (c) => c.notNull().references('journey.id').onDelete('cascade'))
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('tokenHash', 'text', (c) => c.notNull().unique())
        .addColumn('createdBy', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .addColumn('expiresAt', 'text')
        .addColumn('revokedAt', 'text')
        .execute();
      await db.schema
        .createTable('auditEvent')
        .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
          kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('workspaceId', 'text', (c) => c.notNull())
        .addColumn('actorId', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('targetType', 'text', (c) => c.notNull())
        .addColumn('targetId', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('auditEvent_workspace')
        .on('auditEvent')
        .columns(['workspaceId', 'id'])
        .execute();
      await createSearchIndex(db, kind);
    },
  };
}

/** Full-text search: an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL. */
async function createSearchIndex(db: AnyDb, kind: DatabaseKind): Promise<void> {
  if (kind === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE journeySearch USING fts5(journeyId UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    );
    return;
  }
  await sql`CREATE TABLE "journeySearch" (
    "journeyId" text PRIMARY KEY REFERENCES journey(id) ON DELETE CASCADE,
    title text NOT NULL,
    body text NOT NULL,
    vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
    ) STORED
  )`.execute(db);
  await sql`CREATE INDEX "journeySearch_vector" ON "journeySearch" USING gin (vector)`.execute(db);
}

/**
 * A comment restored from an archive that is not trusted with identities (backup/restoreWorkspace.ts)
 * is attributed to the person restoring it; this keeps the archived author's name for display.
 */
const commentImportedAuthor: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('comment').addColumn('importedAuthor', 'text').execute();
  },
};

/**
 * The live-collaboration state of a journey (collab/persistence.ts): its Yjs document, base64,
 * and the journey revision it was stored with, so a load can tell whether a REST write moved the
 * journey on since.
 */
const journeyYState: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('journeyYState')
      .addColumn('journeyId', 'text', (c) => c.primaryKey().references('journey.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('updatedAt', 'text', (c) => c.notNull())
      .execute();
  },
};

/**
 * The live updates a server has acknowledged but not yet compacted into `journeyYState`
 * (collab/updateLog.ts): each is appended, synchronously committed, before the client hears it is
 * synced, and deleted by the store that holds it; a load replays whatever is left after a crash.
 */
function journeyYUpdate(kind: DatabaseKind): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('journeyYUpdate')
        .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
          kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('journeyId', 'text', (c) => c.notNull().references('journey.id').onDelete('cascade'))
        .addColumn('update', 'text', (c) => c.notNull())
        .addColumn('userId', 'text')
        .addColumn('revision', 'integer')
        .addColumn('createdAt', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('journeyYUpdate_journey')
        .on('journeyYUpdate')
        .columns(['journeyId', 'id'])
        .execute();
    },
  };
}

/**
 * Each version's Yjs document state (collab/versionState.ts), beside the version's JSON, so a named
 * version is a snapshot of the live document too. Its own table: backups carry the JSON, and a
 * version restored from one gets its state built again from it.
 */
const journeyVersionYState: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('journeyVersionYState')
      .addColumn('versionId', 'text', (c) =>
        c.primaryKey().references('journeyVersion.id').onDelete('cascade'),
      )
      .addColumn('state', 'text', (c) => c.notNull())
      .execute();
  },
};

/**
 * Search snippets from short passages, and on SQLite a contentless index (journeys/searchIndex.ts):
 * ranking a common word no longer reads each matching journey's stored text. Filled from the old
 * index's text, which SQLite then drops.
 */
function journeySearchPassages(kind: DatabaseKind): Migration {
  return {
    async up(db: AnyDb) {
      const indexed = await sql<{ journeyId: string; title: string; body: string }>`
        SELECT ${sql.ref('journeyId')}, title, body FROM ${sql.table('journeySearch')}`.execute(db);
      if (kind === 'postgres') {
        await sql`CREATE TABLE "journeySearchPassage" (
          "journeyId" text NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
          ordinal integer NOT NULL,
          text text NOT NULL,
          vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
          PRIMARY KEY ("journeyId", ordinal)
        )`.execute(db);
        for (const row of indexed.rows) await writePostgresPassages(db, row.journeyId, row.title, row.body);
        return;
      }
      const tokenize = sql.raw(`tokenize = 'unicode61 remove_diacritics 2'`);
      await sql`CREATE VIRTUAL TABLE journeySearchIndex USING fts5(title, body, content = '', contentless_delete = 1, ${tokenize})`.execute(
        db,
      );
      await sql`CREATE VIRTUAL TABLE journeySearchPassage USING fts5(text, ${tokenize})`.execute(db);
      await sql`CREATE TABLE journeySearchEntry (
        entry INTEGER PRIMARY KEY AUTOINCREMENT,
        journeyId TEXT NOT NULL UNIQUE REFERENCES journey(id) ON DELETE CASCADE,
        textHash TEXT NOT NULL,
        firstPassage INTEGER NOT NULL,
        lastPassage INTEGER NOT NULL)`.execute(db);
      for (const row of indexed.rows) await writeSqliteEntry(db, row.journeyId, row.title, row.body);
      await sql`DROP TABLE journeySearch`.execute(db);
    },
  };
}

/**
 * Uploaded event logs and feedback exports (analytics/): each one's rows live in a DuckDB file
 * of its own under <data>/analytics/; this row says what loading it took and skipped.
 */
const dataset: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('dataset')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspaceId', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('message', 'text')
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addColumn('rowsTaken', 'bigint', (c) => c.notNull())
      .addColumn('rowsSkipped', 'bigint', (c) => c.notNull())
      .addColumn('skipped', 'text', (c) => c.notNull())
      .addColumn('columns', 'text', (c) => c.notNull())
      .addColumn('createdBy', 'text')
      .addColumn('createdAt', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('dataset_workspace')
      .on('dataset')
      .columns(['workspaceId', 'createdAt'])
      .execute();
  },
};

/**
 * Uploaded persona avatars (routes/api/personas/avatars.ts): checked PNG, JPEG or WebP bytes,
 * base64 like the Yjs states, so both engines store them the same way.
 */
const personaAvatar: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('personaAvatar')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspaceId', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('createdAt', 'text', (c) => c.notNull())
      .addColumn('createdBy', 'text')
      .execute();
  },
};

/**
 * What the library shows of each journey without reading its document: persona names, the last
 * review and the health score with the day it was judged on (review and due-date rules depend on the day). Null
 * on rows written before; the list fills them in (journeys/journeySummaryColumns.ts).
 */
const journeyListSummary: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('journey').addColumn('personaNames', 'text').execute();
    await db.schema.alterTable('journey').addColumn('healthScore', 'integer').execute();
    await db.schema.alterTable('journey').addColumn('healthDay', 'text').execute();
    await db.schema.alterTable('journey').addColumn('lastReviewed', 'text').execute();
  },
};

/**
 * PostgreSQL ranks a search in "journeySearch" alone (journeys/searchJourneys.ts): each entry
 * carries its journey's workspace, id (slug) and deletion time, so a common word no longer joins
 * every matching journey row to learn whether it is in the workspace and not deleted — only the
 * page of results is. And a hash of its text, like SQLite's entries, so a write compares a hash
 * instead of reading the text back (null on older entries: their next write indexes them again).
 * SQLite's index is unchanged.
 */
function journeySearchScope(kind: DatabaseKind): Migration {
  return {
    async up(db: AnyDb) {
      if (kind === 'sqlite') return;
      await sql`ALTER TABLE "journeySearch" ADD COLUMN "workspaceId" text, ADD COLUMN slug text,
        ADD COLUMN "deletedAt" text, ADD COLUMN "textHash" text`.execute(db);
      await sql`UPDATE "journeySearch" s SET "workspaceId" = j."workspaceId", slug = j.slug,
        "deletedAt" = j."deletedAt" FROM journey j WHERE j.id = s."journeyId"`.execute(db);
      await sql`ALTER TABLE "journeySearch" ALTER COLUMN "workspaceId" SET NOT NULL,
        ALTER COLUMN slug SET NOT NULL`.execute(db);
    },
  };
}

/**
 * PostgreSQL tells every server process of a change to a journey row: a trigger NOTIFYs
 * `waymark_journey` with `["<workspaceId>","<slug>"]` on each insert, update and delete, inside the
 * writing transaction, so the notification is delivered when (and only if) it commits
 * (journeys/journeyChanges.ts keeps the per-process head cache by it). SQLite has no such thing.
 */
function journeyChangeNotification(kind: DatabaseKind): Migration {
  return {
    async up(db: AnyDb) {
      if (kind === 'sqlite') return;
      await sql`CREATE FUNCTION "waymarkJourneyChanged"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('waymark_journey', json_build_array(OLD."workspaceId", OLD.slug)::text);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('waymark_journey', json_build_array(NEW."workspaceId", NEW.slug)::text);
          END IF;
          RETURN NULL;
        END $$`.execute(db);
      await sql`CREATE TRIGGER "journeyChanged" AFTER INSERT OR UPDATE OR DELETE ON journey
        FOR EACH ROW EXECUTE FUNCTION "waymarkJourneyChanged"()`.execute(db);
    },
  };
}

function provider(kind: DatabaseKind): MigrationProvider {
  return {
    getMigrations: async () => ({
      '0001-initial': initial(kind),
      '0002-comment-imported-author': commentImportedAuthor,
      '0003-journey-y-state': journeyYState,
      '0004-journey-y-update': journeyYUpdate(kind),
      '0005-journey-version-y-state': journeyVersionYState,
      '0006-journey-search-passages': journeySearchPassages(kind),
      '0007-dataset': dataset,
      '0008-persona-avatar': personaAvatar,
      '0009-journey-list-summary': journeyListSummary,
      '0010-journey-search-scope': journeySearchScope(kind),
      '0011-journey-change-notification': journeyChangeNotification(kind),
    }),
  };
}

/** Brings the database schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: AnyDb, kind: DatabaseKind): Promise<void> {
  await migrate(db, kind, (migrator) => migrator.migrateToLatest());
}

/**
 * Brings a new database's schema up to the given migration only — for tests that write data the
 * way an older release did and check what the later migrations make of it.
 */
export async function migrateTo(db: AnyDb, kind: DatabaseKind, migration: string): Promise<void> {
  await migrate(db, kind, (migrator) => migrator.migrateTo(migration));
}

async function migrate(
  db: AnyDb,
  kind: DatabaseKind,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<void> {
  const migrator = new Migrator({ db, provider: provider(kind), migrationTableName: 'waymarkMigration' });
  const { error, results } = await run(migrator);
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
  throw new Error(
    `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
