import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import { type ColumnRole, detectColumns } from './columnRoles.js';
import { InputError } from './InputError.js';

/**
 * Refuses a file whose time column holds no timestamp at all among its first rows (the wrong
 * column, or a format not understood), before anything is loaded; single bad values are
 * skipped row by row later.
 */
export async function checkTimestamps(
  engine: AnalyticsEngine,
  file: string,
  raw: string,
  headers: readonly string[],
  roles: readonly ColumnRole[],
  overrides: Readonly<Record<string, string>> | undefined,
  role: string,
): Promise<void> {
  const column = detectColumns(file, headers, roles, overrides)[role];
  if (column === undefined) return;
  const { identifier, epochMillis, trim } = engine.dialect;
  const value = identifier(column);
  const rows = await engine.query(
    `SELECT line, v, ${epochMillis('v')} AS ms FROM (SELECT line, ${value} AS v FROM ${identifier(raw)} WHERE nullif(${trim(value)}, '') IS NOT NULL ORDER BY line LIMIT 200) f`,
  );
  if (rows.length === 0 || rows.some((row) => row.ms !== null)) return;
  const first = rows[0];
  throw new InputError(
    file,
    `column '${column}' (${role}) holds '${String(first?.v)}', not a timestamp; expected ISO 8601 (2024-05-01T10:00:00Z), epoch seconds or milliseconds, or YYYY-MM-DD HH:MM:SS`,
    first === undefined ? undefined : Number(first.line),
  );
}
