/** A value bound to a query parameter. */
export type SqlValue = string | number | boolean | null;

/** A row as the engine returns it: plain JSON values (big integers may arrive as strings). */
export type Row = Readonly<Record<string, unknown>>;

/**
 * The SQL that differs between engines. Analyses write portable SQL (CTEs, window functions,
 * GROUP BY) and ask the dialect for everything else, so a ClickHouse engine can run them too.
 */
export interface SqlDialect {
  readonly name: 'duckdb' | 'clickhouse';
  /** Median of a numeric expression (an aggregate). */
  median(expression: string): string;
  /** The q-quantile (0..1) of a numeric expression (an aggregate). */
  quantile(expression: string, q: number): string;
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
  /** The value of `expression` on the row where `by` is smallest (an aggregate). */
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

/**
 * Where analyses run. The DuckDB engine is embedded; a ClickHouse engine (later) implements the
 * same contract against a server. Tables are created by `input/` (events, feedback) and
 * `signals/` (the mapping to the journey); analyses only read them.
 */
export interface AnalyticsEngine {
  readonly dialect: SqlDialect;
  /** Runs statements that return nothing (DDL, INSERT … SELECT). */
  execute(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs a query and returns its rows. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs `work` in one transaction: all of it or nothing. */
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
