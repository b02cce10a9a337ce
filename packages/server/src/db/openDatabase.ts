import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import { redact } from '../config.js';
import type { Database } from './schema.js';

/** The two engines Waymark stores its data in. */
export type DatabaseKind = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which engine it is, and how to close it. */
export interface WaymarkDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** Where the data lives, for messages (a file path, or a URL without its password). */
  readonly location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…`; when absent, SQLite in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
}

/** The SQLite file inside a data directory. */
export const sqliteFileName = 'waymark.db';

/**
 * Opens SQLite (WAL, foreign keys on, full sync: a write acknowledged to a client survives a
 * crash) or PostgreSQL, by configuration alone.
 */
export function openDatabase(options: OpenDatabaseOptions): WaymarkDatabase {
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl);
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, sqliteFileName);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: reusingStatements(sqlite) }),
  });
  return { db, kind: 'sqlite', location: file, close: () => db.destroy() };
}

/**
 * Kysely's SQLite dialect with transactions that take the write lock when they begin (`BEGIN
 * IMMEDIATE`, waiting up to busy_timeout for it). A plain `BEGIN` reads first and upgrades at its
 * first write, and when another process sharing the file (several servers behind Redis) wrote in
 * between, SQLite refuses the upgrade at once (SQLITE_BUSY_SNAPSHOT) instead of waiting. Inside one
 * process nothing changes: Kysely runs one transaction at a time on its one connection.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** How many prepared statements are kept: more than the distinct queries Waymark sends. */
const preparedStatementsKept = 500;

/**
 * The database as Kysely's SQLite driver sees it, but `prepare` reuses the statement it compiled
 * for the same SQL before: Kysely prepares every query it runs, and compiling costs more than
 * running the small queries every request makes (token, membership, journey row). A statement
 * still being iterated (a streamed query) is busy, so a fresh one is compiled for that call.
 */
function reusingStatements(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      const kept = statements.get(sql);
      if (kept !== undefined && !kept.busy) return kept;
      const statement = sqlite.prepare(sql);
      if (kept === undefined) {
        if (statements.size >= preparedStatementsKept) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string): WaymarkDatabase {
  // Counts come back as strings from PostgreSQL's bigint; Waymark's counts fit in a number.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', location: redact(url), close: () => db.destroy() };
}
