import type { InputSummary } from '@waymark/core';
import type { AnalyticsEngine, ColumnType, FileFormat } from '../engine/AnalyticsEngine.js';
import { type ColumnRole, detectColumns } from './columnRoles.js';
import { InputError } from './InputError.js';

/** How a typed column is made from the raw text, and when a row is skipped for it. */
export interface ColumnConversion {
  readonly name: string;
  /** SQL over `raw(column)` giving the value (NULL when absent or not understood). */
  readonly value: (raw: string) => string;
  readonly type: ColumnType;
  /** SQL condition, true when the row must be skipped, and the reason said. */
  readonly invalid?: (raw: string, value: string) => { readonly when: string; readonly reason: string };
  /** The role it comes from; absent roles give NULL. */
  readonly role: string;
}

export interface LoadTableOptions {
  readonly columns?: Readonly<Record<string, string>>;
  /** Refuse the file when any row is malformed, instead of skipping the row. */
  readonly strict?: boolean;
}

const SKIPPED_KEPT = 20;

/**
 * Makes `table` from the raw view of a file: converts each column, skips (and reports by line)
 * the rows that fail, or in strict mode refuses the file. Runs inside the caller's transaction.
 */
export async function loadTable(
  engine: AnalyticsEngine,
  input: {
    readonly file: string;
    readonly format: FileFormat | 'xlsx';
    readonly raw: string;
    readonly table: string;
    readonly headers: readonly string[];
    readonly rejected: readonly { readonly line: number; readonly reason: string }[];
    readonly rejectedCount: number;
    readonly roles: readonly ColumnRole[];
    readonly conversions: readonly ColumnConversion[];
  },
  options: LoadTableOptions,
): Promise<InputSummary> {
  const { identifier, literal, typeName } = engine.dialect;
  const noText = `CAST(NULL AS ${typeName('VARCHAR')})`;
  const mapping = detectColumns(input.file, input.headers, input.roles, options.columns);
  const rawOf = (role: string) => {
    const column = mapping[role];
    return column === undefined ? noText : `r.${identifier(column)}`;
  };
  // Staged under other names than the raw columns': ClickHouse lets an alias shadow a column.
  const staging = (name: string) => identifier(`waymark_value_${name}`);
  const rawText = (name: string) => identifier(`waymark_raw_${name}`);
  const staged = [
    'r.line AS line',
    ...input.conversions.map((c) => `${c.value(rawOf(c.role))} AS ${staging(c.name)}`),
    ...input.conversions.flatMap((c) => (c.invalid ? [`${rawOf(c.role)} AS ${rawText(c.name)}`] : [])),
  ];
  // Each check reads the staged value: every conversion runs once per row.
  const checks = input.conversions.flatMap((c) => {
    if (c.invalid === undefined) return [];
    const check = c.invalid(rawText(c.name), staging(c.name));
    const column = mapping[c.role];
    const reason = `${check.reason}${column !== undefined ? ` (column '${column}')` : ''}`;
    return [`WHEN ${check.when} THEN ${literal(reason)}`];
  });
  const problem = checks.length > 0 ? `CASE ${checks.join(' ')} END` : noText;
  const rows = `(SELECT ${staged.join(', ')} FROM ${identifier(input.raw)} r)`;
  // One pass writes the rows that pass; only when some did not are the problems looked for
  // (in the caller's transaction, so a file refused below leaves no table behind).
  const names = [
    'line AS line',
    ...input.conversions.map((c) => `${staging(c.name)} AS ${identifier(c.name)}`),
  ].join(', ');
  await engine.createTable(input.table, `SELECT ${names} FROM ${rows} s WHERE (${problem}) IS NULL`);
  const [read] = await engine.query(`SELECT count(*) AS n FROM ${identifier(input.raw)}`);
  const [taken] = await engine.query(`SELECT count(*) AS n FROM ${identifier(input.table)}`);
  const total = Number(read?.n ?? 0);
  const bad = total - Number(taken?.n ?? 0);
  const skippedRows = (
    bad === 0
      ? []
      : await engine.query(
          `SELECT line, problem FROM (SELECT line, ${problem} AS problem FROM ${rows} s) c WHERE problem IS NOT NULL ORDER BY line LIMIT ${SKIPPED_KEPT}`,
        )
  ).map((row) => ({ line: Number(row.line), reason: String(row.problem) }));
  const skipped = [...input.rejected, ...skippedRows].sort((a, b) => a.line - b.line).slice(0, SKIPPED_KEPT);
  const rowsSkipped = bad + input.rejectedCount;
  if (options.strict === true && rowsSkipped > 0) {
    const first = skipped[0];
    throw new InputError(
      input.file,
      `${rowsSkipped} malformed row${rowsSkipped === 1 ? '' : 's'} (--strict refuses the file); the first: ${first?.reason ?? ''}`,
      first?.line,
    );
  }
  if (total - bad === 0 && total + input.rejectedCount > 0) {
    const first = skipped[0];
    throw new InputError(
      input.file,
      `no row could be read; the first problem: ${first?.reason ?? ''}`,
      first?.line,
    );
  }
  await engine.dropTable(input.raw);
  return {
    file: input.file,
    format: input.format,
    rowsTaken: total - bad,
    rowsSkipped,
    skipped,
    columns: mapping,
  };
}
