import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';
import type {
  AnalyticsEngine,
  FileFormat,
  QueryPart,
  ReadFileResult,
  Row,
  SqlValue,
  TableDefinition,
} from './AnalyticsEngine.js';
import { duckDbDialect } from './duckDbDialect.js';

export interface DuckDbOptions {
  /** A database file; in memory when absent. */
  readonly path?: string;
  /** The time zone of timestamps written without one (IANA name, e.g. Europe/Berlin); UTC by default. */
  readonly timezone?: string;
  /**
   * DuckDB's memory limit, e.g. '1GB'; it spills to a temporary directory of its own beyond it.
   * By default DEFAULT_MEMORY_LIMIT, not DuckDB's 80% of the machine's memory.
   */
  readonly memoryLimit?: string;
  readonly threads?: number;
}

/** One value into the appender, by the column's type. */
function appendValue(appender: DuckDBAppender, kind: DuckDBTypeId | undefined, value: SqlValue): void {
  if (value === null) appender.appendNull();
  else if (kind === DuckDBTypeId.INTEGER) appender.appendInteger(Number(value));
  else if (kind === DuckDBTypeId.BIGINT) appender.appendBigInt(BigInt(Math.round(Number(value))));
  else if (kind === DuckDBTypeId.DOUBLE) appender.appendDouble(Number(value));
  else if (kind === DuckDBTypeId.BOOLEAN) appender.appendBoolean(Boolean(value));
  else appender.appendVarchar(String(value));
}

/**
 * What DuckDB may hold before it spills: with Node's own heap and the rows handed to JavaScript
 * the process stays under 2 GiB at 10M events (issue #6); sorts and joins beyond it go to disk.
 */
export const DEFAULT_MEMORY_LIMIT = '1200MB';

/** How many refused rows are reported by line; the rest are counted. */
const REJECTS_KEPT = 1000;

/** The embedded default engine: DuckDB in this process. */
export class DuckDbEngine implements AnalyticsEngine {
  readonly dialect = duckDbDialect;
  readonly description = 'DuckDB (embedded)';
  /** The CSV views `readFile` made, each over a table of the file's rows (`<view>__rows`). */
  private readonly fileViews = new Set<string>();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** Where DuckDB spills beyond its memory limit; removed on close. */
    private readonly spillDirectory: string,
  ) {}

  static async open(options: DuckDbOptions = {}): Promise<DuckDbEngine> {
    const spillDirectory = mkdtempSync(join(tmpdir(), 'waymark-duckdb-'));
    const config: Record<string, string> = {
      memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
      temp_directory: spillDirectory,
    };
    if (options.threads !== undefined) config.threads = String(options.threads);
    const instance = await DuckDBInstance.create(options.path ?? ':memory:', config).catch((error) => {
      rmSync(spillDirectory, { recursive: true, force: true });
      throw error;
    });
    const connection = await instance.connect();
    const engine = new DuckDbEngine(instance, connection, spillDirectory);
    const zone = options.timezone ?? 'UTC';
    try {
      await connection.run(`SET TimeZone = ${duckDbDialect.literal(zone)}`);
    } catch {
      await engine.close();
      throw new Error(`unknown time zone '${zone}': expected an IANA name like Europe/Berlin or UTC`);
    }
    return engine;
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.connection.run(sql, params.length > 0 ? [...params] : undefined);
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params.length > 0 ? [...params] : undefined);
    return reader.getRowObjectsJson() as Row[];
  }

  async queryWith(parts: readonly QueryPart[], body: string): Promise<Row[]> {
    if (parts.length === 0) return this.query(body);
    const { identifier } = this.dialect;
    return this.query(
      `WITH ${parts.map(([name, sql]) => `${identifier(name)} AS (${sql})`).join(',\n')}\n${body}`,
    );
  }

  async createTable(
    table: string,
    definition: TableDefinition,
    options: { readonly temporary?: boolean } = {},
  ): Promise<void> {
    const { identifier } = this.dialect;
    const head = `CREATE OR REPLACE ${options.temporary === true ? 'TEMP ' : ''}TABLE ${identifier(table)}`;
    await this.connection.run(
      typeof definition === 'string'
        ? `${head} AS ${definition}`
        : `${head} (${definition.map(([name, type]) => `${identifier(name)} ${type}`).join(', ')})`,
    );
  }

  async dropTable(table: string): Promise<void> {
    const { identifier } = this.dialect;
    if (this.fileViews.delete(table)) {
      await this.connection.run(`DROP VIEW IF EXISTS ${identifier(table)}`);
      await this.connection.run(`DROP TABLE IF EXISTS ${identifier(`${table}__rows`)}`);
    } else await this.connection.run(`DROP TABLE IF EXISTS ${identifier(table)}`);
  }

  /** Rows of a query, a chunk at a time (for copying a file's rows into another engine). */
  async *rowBatches(sql: string): AsyncGenerator<Row[]> {
    const result = await this.connection.stream(sql);
    for await (const rows of result.yieldRowObjectJson()) if (rows.length > 0) yield rows as Row[];
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  async insertRows(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const appender = await this.connection.createAppender(table).catch(() => undefined);
    if (appender === undefined || appender.columnCount !== columns.length) {
      appender?.closeSync();
      return this.insertValues(table, columns, rows);
    }
    // The appender writes in table column order; the caller's columns must be that order.
    const kinds = columns.map((_, index) => appender.columnType(index).typeId);
    try {
      for (const row of rows) {
        for (const [index, value] of row.entries()) appendValue(appender, kinds[index], value);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  /** INSERT … VALUES in batches: for temporary tables, which the appender does not reach. */
  private async insertValues(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<void> {
    const { identifier, literal } = this.dialect;
    const names = columns.map(identifier).join(', ');
    for (let start = 0; start < rows.length; start += 1000) {
      const values = rows
        .slice(start, start + 1000)
        .map((row) => `(${row.map(literal).join(', ')})`)
        .join(',\n');
      await this.connection.run(`INSERT INTO ${identifier(table)} (${names}) VALUES ${values}`);
    }
  }

  async readFile(view: string, file: string, format: FileFormat): Promise<ReadFileResult> {
    const path = this.dialect.literal(file);
    const name = this.dialect.identifier(view);
    if (format === 'csv') return this.readCsv(view, path);
    if (format === 'ndjson') return this.readNdjson(name, path);
    await this.execute(
      `CREATE OR REPLACE TEMP TABLE ${name} AS SELECT row_number() OVER () AS line, COLUMNS(*)::VARCHAR FROM read_parquet(${path})`,
    );
    const columns = (await this.columnsOf(view)).filter((column) => column !== 'line');
    return { columns, rejected: [], rejectedCount: 0 };
  }

  /**
   * A CSV file as a table of its rows (read in parallel, in file order) under a view adding
   * `line`: the table's row number is the row's place after the header, so the line costs no
   * pass of its own (numbering 10M rows with a window takes longer than reading them).
   */
  private async readCsv(view: string, path: string): Promise<ReadFileResult> {
    const rows = this.dialect.identifier(`${view}__rows`);
    await this.execute(
      `CREATE OR REPLACE TEMP TABLE ${rows} AS SELECT * FROM read_csv(${path}, all_varchar = true, header = true, store_rejects = true, rejects_table = 'waymark_rejects', rejects_scan = 'waymark_reject_scans')`,
    );
    const [count] = await this.query('SELECT count(DISTINCT line) AS n FROM waymark_rejects');
    const rejected = (
      await this.query(
        `SELECT line, min(error_type) AS kind, min(error_message) AS message FROM waymark_rejects GROUP BY line ORDER BY line LIMIT ${REJECTS_KEPT}`,
      )
    ).map((row) => ({
      line: Number(row.line),
      reason: `${String(row.kind).toLowerCase()}: ${String(row.message)}`,
    }));
    await this.execute('DROP TABLE IF EXISTS waymark_rejects; DROP TABLE IF EXISTS waymark_reject_scans');
    // Row r (from 0) is on line r + 2, each refused row taking a line of its own before it (a
    // quoted value spanning lines counts as one line): a refused line l_i (i-th, from 0) has
    // l_i - 2 - i rows taken before it.
    // Row ids start at an offset while the transaction creating the table is open (so the view
    // holds until it ends; loads drop it before). A column of the file named rowid hides them:
    // then rows are counted.
    const columns = await this.columnsOf(`${view}__rows`);
    const [first] = await this.query(`SELECT min(rowid) AS id FROM ${rows}`);
    const place = columns.some((c) => c.toLowerCase() === 'rowid')
      ? '(row_number() OVER () - 1)'
      : `(rowid - ${BigInt(String(first?.id ?? 0))})`;
    const before = rejected.map((row, index) => row.line - 2 - index);
    const line =
      before.length === 0
        ? 'place + 2'
        : `place + 2 + len(list_filter([${before.join(', ')}], b -> b < place + 1))`;
    await this.execute(
      `CREATE OR REPLACE TEMP VIEW ${this.dialect.identifier(view)} AS SELECT ${line} AS line, * EXCLUDE (place) FROM (SELECT ${place} AS place, * FROM ${rows})`,
    );
    this.fileViews.add(view);
    return {
      columns: columns.filter((column) => column !== 'line'),
      rejected,
      rejectedCount: Number(count?.n ?? 0),
    };
  }

  private async readNdjson(name: string, path: string): Promise<ReadFileResult> {
    // One row per line (0x1E never occurs raw in valid JSON), so lines number exactly.
    await this.execute(
      `CREATE OR REPLACE TEMP TABLE waymark_lines AS SELECT line, j, json_valid(j) AND ltrim(j) LIKE '{%' AS ok FROM (SELECT row_number() OVER () AS line, j FROM read_csv(${path}, columns = {'j': 'VARCHAR'}, header = false, delim = E'\\x1E', quote = '', escape = '', auto_detect = false)) WHERE trim(coalesce(j, '')) <> ''`,
    );
    const keys = await this.query(
      'SELECT DISTINCT unnest(json_keys(j)) AS k FROM (SELECT j FROM waymark_lines WHERE ok LIMIT 1000)',
    );
    const columns = keys.map((row) => String(row.k)).filter((key) => key !== 'line');
    const select = columns.map((key) => {
      const jsonPath = this.dialect.literal(`$."${key.replace(/"/g, '\\"')}"`);
      return `, json_extract_string(j, ${jsonPath}) AS ${this.dialect.identifier(key)}`;
    });
    const [count] = await this.query('SELECT count(*) AS n FROM waymark_lines WHERE NOT ok');
    const rejected = (
      await this.query(`SELECT line FROM waymark_lines WHERE NOT ok ORDER BY line LIMIT ${REJECTS_KEPT}`)
    ).map((row) => ({ line: Number(row.line), reason: 'not a JSON object' }));
    await this.execute(
      `CREATE OR REPLACE TEMP TABLE ${name} AS SELECT line${select.join('')} FROM waymark_lines WHERE ok`,
    );
    await this.execute('DROP TABLE waymark_lines');
    return { columns, rejected, rejectedCount: Number(count?.n ?? 0) };
  }

  private async columnsOf(table: string): Promise<string[]> {
    const rows = await this.query(
      'SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
      [table],
    );
    return rows.map((row) => String(row.column_name));
  }

  async close(): Promise<void> {
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } finally {
      rmSync(this.spillDirectory, { recursive: true, force: true });
    }
  }
}
