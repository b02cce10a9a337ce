/** A value bound to a query parameter. */
export type SqlValue = string | number | boolean | null;

/** A row as the engine returns it: plain JSON values (big integers may arrive as strings). */
export type Row = Readonly<Record<string, unknown>>;

/** The column types tables are declared with (DuckDB's names; other dialects translate them). */
export type ColumnType = 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'DOUBLE';

/** What `SqlDialect.sequenced` numbers: rows of `source` ordered within each partition. */
export interface SequenceSpec {
  /** A column of the source; it is kept under its name. */
  readonly partitionBy: string;
  /** Expressions over the source's columns, most significant first. */
  readonly orderBy: readonly string[];
  /** Columns of the source kept (besides the partition). */
  readonly columns: readonly string[];
  /** Columns whose previous row's value is wanted, as `prev_<column>` (NULL on the first row). */
  readonly previous: readonly string[];
  /**
   * Columns whose value on the last earlier row where `when` holds is wanted, as
   * `<prefix><column>` (NULL when no earlier row does); `when` is a condition over the
   * source's columns, and the columns (among `columns`) are not NULL where it holds.
   */
  readonly previousWhere?: {
    readonly when: string;
    readonly prefix: string;
    readonly columns: readonly string[];
  };
}

/**
 * The SQL that differs between engines. Analyses write portable SQL — the common subset of
 * DuckDB and ClickHouse 18.16 and later: subqueries, one JOIN per SELECT on equalities, GROUP
 * BY, CASE, UNION ALL inside a subquery when ordered — and ask the dialect for everything else
 * (window functions, quantiles, text and time parsing, types).
 */
export interface SqlDialect {
  readonly name: 'duckdb' | 'clickhouse';
  /** Median of a numeric expression (an aggregate): exact, interpolated between the middle two. */
  median(expression: string): string;
  /** The q-quantile (0..1) of a numeric expression (an aggregate): exact, linearly interpolated. */
  quantile(expression: string, q: number): string;
  /**
   * The rows of `source` (a table or subquery) with `n`, their place (from 1) in their
   * partition's order, and the previous row's values of some columns: a window function where
   * the engine has them.
   */
  sequenced(source: string, spec: SequenceSpec): string;
  /** A number for each row of a SELECT, from 1, in no given order (cheaper than `sequenced`). */
  rowNumber(): string;
  /** A text value without leading and trailing white space. */
  trim(text: string): string;
  /** The engine's name of a (nullable) column type, for CAST and table definitions. */
  typeName(type: ColumnType): string;
  /** Whether `text` matches the regular expression `pattern` (RE2) anywhere. */
  regexMatches(text: string, pattern: string): string;
  /** Ordered list of an expression per group (an aggregate), ordered by `orderBy`. */
  listAgg(expression: string, orderBy: string): string;
  /** A list value joined into text with a separator. */
  joinList(list: string, separator: string): string;
  /**
   * Milliseconds since the epoch from a text value, or NULL: ISO 8601 with or without a zone,
   * `YYYY-MM-DD HH:MM:SS`, a date, epoch seconds (up to 11 digits, decimals allowed) or epoch
   * milliseconds (12–14 digits). Zone-less values are read in the engine's time zone.
   */
  epochMillis(text: string): string;
  /** Whole number from a text value, or NULL when it is not one. */
  integerOrNull(text: string): string;
  /** The value of `expression` on the row where `by` is smallest among rows where it is not NULL (an aggregate). */
  argMin(expression: string, by: string): string;
  /** A string literal, quoted and escaped. */
  literal(value: string | number | boolean | null): string;
  /** An identifier (table or column), quoted. */
  identifier(name: string): string;
}

/** What loading one file gave; see input/. */
export interface LoadResult {
  readonly rowsTaken: number;
  readonly rowsSkipped: number;
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
}

/** A table's definition: a query whose result it holds, or its columns (empty). */
export type TableDefinition = string | readonly (readonly [name: string, type: ColumnType])[];

/** A named intermediate result of a query (what a CTE is in SQL that has them). */
export type QueryPart = readonly [name: string, sql: string];

/**
 * Where analyses run. The DuckDB engine is embedded; the ClickHouse engine implements the same
 * contract against a server. Tables are created by `input/` (events, feedback) and `signals/`
 * (the mapping to the journey); analyses only read them.
 */
export interface AnalyticsEngine {
  readonly dialect: SqlDialect;
  /** What runs the SQL, for messages: e.g. `DuckDB (embedded)`, `ClickHouse 18.16.1 at http://…`. */
  readonly description: string;
  /** Runs one statement that returns nothing (INSERT … SELECT, DROP). */
  execute(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs a query and returns its rows. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /**
   * Runs `body`, which (like each later part) may read the earlier `parts` by name: a WITH
   * clause where the engine has one, tables that live for the query otherwise.
   */
  queryWith(parts: readonly QueryPart[], body: string): Promise<Row[]>;
  /**
   * Creates `table`, replacing one of that name (the definition may read the old one).
   * `temporary`: scratch tables of a load, which need not outlive the connection.
   */
  createTable(
    table: string,
    definition: TableDefinition,
    options?: { readonly temporary?: boolean },
  ): Promise<void>;
  /** Drops a table if it exists. */
  dropTable(table: string): Promise<void>;
  /**
   * Runs `work` all or nothing: a failure leaves the tables as they were before (a transaction
   * where the engine has them; see each engine for how it does it otherwise).
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Appends rows to an existing table (bulk insert of rows computed outside SQL). */
  insertRows(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<void>;
  /**
   * A view of a file's rows with every column as text plus `line` (the row's line in the file),
   * and the rows the reader itself refused (broken CSV rows, invalid JSON lines).
   */
  readFile(view: string, file: string, format: FileFormat): Promise<ReadFileResult>;
  close(): Promise<void>;
}

export type FileFormat = 'csv' | 'ndjson' | 'parquet';

export interface ReadFileResult {
  readonly columns: readonly string[];
  /** The first refused rows, by line. */
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly rejectedCount: number;
}
