import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import { redact } from '../config.js';
import { type ChannelListener, type Listening, listenChannel } from './listenChannel.js';
import type { Database } from './schema.js';

/** The two engines Waymark stores its data in. */
export type DatabaseKind = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which engine it is, and how to close it. */
export interface WaymarkDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** Where the data lives, for messages (a file path, or a URL without its password). */
  readonly location: string;
  /**
   * Says the schema is final for this process (migrations ran): from now on PostgreSQL keeps each
   * query's parsed statement and plan per connection (see namingStatements). SQLite reuses its
   * statements from the start, since it prepares them again by itself when the schema changes.
   */
  migrated(): void;
  /**
   * PostgreSQL only: listens on a notification channel over a connection of its own, until
   * stopped or the database is closed (db/listenChannel.ts). Undefined on SQLite.
   */
  readonly listen?: (channel: string, listener: ChannelListener) => Listening;
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
  return { db, kind: 'sqlite', location: file, migrated: () => {}, close: () => db.destroy() };
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
  const names = new StatementNames();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingStatements(pool, names) }) });
  const listening = new Set<Listening>();
  return {
    db,
    kind: 'postgres',
    location: redact(url),
    migrated: () => names.start(),
    listen: (channel, listener) => {
      const started = listenChannel(url, channel, listener);
      const stoppable: Listening = {
        stop: () => {
          listening.delete(stoppable);
          return started.stop();
        },
      };
      listening.add(stoppable);
      return stoppable;
    },
    close: async () => {
      await Promise.all([...listening].map((each) => each.stop()));
      await db.destroy();
    },
  };
}

/** How many distinct statements are named: more than the distinct queries Waymark sends. */
const namedStatementsKept = 500;

/**
 * A name for each distinct SQL text, once started: a query sent with a name is parsed and planned
 * by PostgreSQL once per connection and then only bound and executed — parsing and planning cost
 * more than running the small queries every request makes (token, membership, journey row), and
 * the ranking query of a search spends milliseconds planning. Not before the migrations ran: a
 * statement prepared before a table changes shape fails when run after it ("cached plan must not
 * change result type"). The names are bounded, so SQL built with a varying shape (IN lists) cannot
 * pile up statements in the server; past the bound, new texts are sent unnamed as before.
 */
class StatementNames {
  readonly #names = new Map<string, string>();
  #started = false;

  start(): void {
    this.#started = true;
  }

  nameOf(sql: string): string | undefined {
    if (!this.#started) return undefined;
    const known = this.#names.get(sql);
    if (known !== undefined || this.#names.size >= namedStatementsKept) return known;
    const name = `waymark_${this.#names.size + 1}`;
    this.#names.set(sql, name);
    return name;
  }
}

/** The pool as Kysely's PostgreSQL driver sees it, sending each query under its statement's name. */
function namingStatements(pool: pg.Pool, names: StatementNames): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      const query = ((sql: unknown, parameters?: readonly unknown[]) => {
        if (typeof sql !== 'string') return client.query(sql as pg.Submittable);
        const name = names.nameOf(sql);
        const values = parameters === undefined ? [] : [...parameters];
        return name === undefined ? client.query(sql, values) : client.query({ name, text: sql, values });
      }) as unknown as PostgresPoolClient['query'];
      return { query, release: (destroy?: boolean) => client.release(destroy) };
    },
    end: () => pool.end(),
  };
}
