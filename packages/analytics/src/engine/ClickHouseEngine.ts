import type {
  AnalyticsEngine,
  FileFormat,
  QueryPart,
  ReadFileResult,
  Row,
  SqlDialect,
  SqlValue,
  TableDefinition,
} from './AnalyticsEngine.js';
import { clickHouseDialect } from './clickHouseDialect.js';
import { DuckDbEngine } from './DuckDbEngine.js';

/** How statements reach ClickHouse: a server over HTTP (clickHouseHttp.ts) or, in tests, chdb. */
export interface ClickHouseTransport {
  /** e.g. `ClickHouse 18.16.1 at http://127.0.0.1:8123` */
  readonly description: string;
  /** Runs one statement that returns nothing. */
  command(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  /** INSERT … FORMAT JSONEachRow. */
  insert(table: string, rows: readonly Record<string, SqlValue>[]): Promise<void>;
  close(): Promise<void>;
}

/** Rows copied from a file into the server per INSERT. */
const INSERT_BATCH = 50_000;

/** `?` placeholders outside string literals replaced by literals (ClickHouse 18.16 has no bound parameters). */
function bindParams(sql: string, params: readonly SqlValue[], literal: SqlDialect['literal']): string {
  if (params.length === 0) return sql;
  let out = '';
  let next = 0;
  let quote: string | undefined;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql.charAt(i);
    if (quote !== undefined) {
      out += ch;
      if (ch === '\\') out += sql.charAt(++i);
      else if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      if (next >= params.length) throw new Error(`more ? placeholders than the ${params.length} parameters`);
      out += literal(params[next++] ?? null);
    } else out += ch;
  }
  return out;
}

/**
 * The analyses on ClickHouse (from 18.16, Debian's package, to current). What it does
 * differently from DuckDB:
 * - tables are `Memory` tables in the transport's database (one per run unless given);
 * - files are read by an in-process DuckDB with exactly the DuckDB engine's rules (so rows
 *   skipped and their lines are the same) and their rows copied in by INSERT batches;
 * - no transactions: `createTable` builds a uniquely named staging table and renames it into
 *   place; inside `transaction` the tables replaced or dropped are first renamed aside, and a
 *   failure drops what the work created and renames them back;
 * - `queryWith` parts become tables for the query's duration (18.16 has no WITH … AS (query)).
 */
export class ClickHouseEngine implements AnalyticsEngine {
  readonly dialect: SqlDialect;
  readonly description: string;
  private counter = 0;
  /** While a transaction runs: tables it created, and the originals it set aside. */
  private journal: { created: Set<string>; setAside: Map<string, string> } | undefined;

  constructor(
    private readonly transport: ClickHouseTransport,
    options: { readonly timezone?: string } = {},
  ) {
    this.dialect = clickHouseDialect(options.timezone ?? 'UTC');
    this.description = transport.description;
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.transport.command(bindParams(sql, params, this.dialect.literal));
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.transport.rows(bindParams(sql, params, this.dialect.literal));
  }

  async queryWith(parts: readonly QueryPart[], body: string): Promise<Row[]> {
    const made: string[] = [];
    try {
      // Never dropped first: a table of that name that is not ours (a database given in the
      // URL) makes the query fail rather than being lost.
      for (const [name, sql] of parts) {
        await this.execute(`CREATE TABLE ${this.dialect.identifier(name)} ENGINE = Memory AS ${sql}`);
        made.push(name);
      }
      return await this.query(body);
    } finally {
      for (const name of made.reverse())
        await this.execute(`DROP TABLE IF EXISTS ${this.dialect.identifier(name)}`);
    }
  }

  async createTable(table: string, definition: TableDefinition): Promise<void> {
    const { identifier, typeName } = this.dialect;
    const staging = this.uniqueName(table, 'new');
    await this.execute(
      typeof definition === 'string'
        ? `CREATE TABLE ${identifier(staging)} ENGINE = Memory AS ${definition}`
        : `CREATE TABLE ${identifier(staging)} (${definition.map(([name, type]) => `${identifier(name)} ${typeName(type)}`).join(', ')}) ENGINE = Memory`,
    );
    try {
      await this.retire(table);
    } catch (error) {
      await this.execute(`DROP TABLE IF EXISTS ${identifier(staging)}`);
      throw error;
    }
    await this.execute(`RENAME TABLE ${identifier(staging)} TO ${identifier(table)}`);
    this.journal?.created.add(table);
  }

  async dropTable(table: string): Promise<void> {
    await this.retire(table);
  }

  /** Drops a table, or inside a transaction sets an original aside to restore on failure. */
  private async retire(table: string): Promise<void> {
    const { identifier } = this.dialect;
    const journal = this.journal;
    if (journal !== undefined && !journal.created.has(table) && !journal.setAside.has(table)) {
      if (await this.exists(table)) {
        const aside = this.uniqueName(table, 'old');
        await this.execute(`RENAME TABLE ${identifier(table)} TO ${identifier(aside)}`);
        journal.setAside.set(table, aside);
        return;
      }
    }
    await this.execute(`DROP TABLE IF EXISTS ${identifier(table)}`);
  }

  private async exists(table: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT count(*) AS n FROM system.tables WHERE database = currentDatabase() AND name = ${this.dialect.literal(table)}`,
    );
    return Number(rows[0]?.n ?? 0) > 0;
  }

  private uniqueName(table: string, kind: 'new' | 'old'): string {
    this.counter += 1;
    return `${table}__waymark_${kind}_${Date.now().toString(36)}_${this.counter}`;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.journal !== undefined) return work();
    const journal = { created: new Set<string>(), setAside: new Map<string, string>() };
    this.journal = journal;
    try {
      const result = await work();
      this.journal = undefined;
      for (const aside of journal.setAside.values()) await this.dropTable(aside);
      return result;
    } catch (error) {
      this.journal = undefined;
      const { identifier } = this.dialect;
      for (const table of journal.created) await this.dropTable(table);
      for (const [table, aside] of journal.setAside) {
        await this.dropTable(table);
        await this.execute(`RENAME TABLE ${identifier(aside)} TO ${identifier(table)}`);
      }
      throw error;
    }
  }

  async insertRows(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows
        .slice(start, start + INSERT_BATCH)
        .map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? null])));
      await this.transport.insert(table, batch);
    }
  }

  /**
   * Reads the file with DuckDB in this process (the DuckDB engine's reader: same columns, same
   * refused rows by line) and copies its rows into a table of text columns plus `line`.
   */
  async readFile(view: string, file: string, format: FileFormat): Promise<ReadFileResult> {
    const reader = await DuckDbEngine.open();
    try {
      const read = await reader.readFile(view, file, format);
      await this.createTable(view, [['line', 'BIGINT'], ...read.columns.map((c) => [c, 'VARCHAR'] as const)]);
      const { identifier } = reader.dialect;
      const select = `SELECT line, ${read.columns.map((c) => `CAST(${identifier(c)} AS VARCHAR) AS ${identifier(c)}`).join(', ')} FROM ${identifier(view)} ORDER BY line`;
      let batch: Record<string, SqlValue>[] = [];
      for await (const rows of reader.rowBatches(select)) {
        for (const row of rows) batch.push({ ...(row as Record<string, SqlValue>), line: Number(row.line) });
        if (batch.length >= INSERT_BATCH) {
          await this.transport.insert(view, batch);
          batch = [];
        }
      }
      if (batch.length > 0) await this.transport.insert(view, batch);
      return read;
    } finally {
      await reader.close();
    }
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}
