import type { SqlDialect } from './AnalyticsEngine.js';

/** DuckDB's spelling of the non-portable parts of the analyses' SQL. */
export const duckDbDialect: SqlDialect = {
  name: 'duckdb',
  median: (expression) => `quantile_cont(${expression}, 0.5)`,
  quantile: (expression, q) => `quantile_cont(${expression}, ${q})`,
  sequenced: (source, spec) => {
    const window = `(PARTITION BY ${spec.partitionBy} ORDER BY ${spec.orderBy.join(', ')})`;
    const previous = spec.previous.map((c) => `, lag(${c}) OVER ${window} AS prev_${c}`).join('');
    const where = spec.previousWhere;
    const previousWhere = (where?.columns ?? [])
      .map(
        (c) =>
          `, lag(CASE WHEN ${where?.when} THEN ${c} END IGNORE NULLS) OVER ${window} AS ${where?.prefix}${c}`,
      )
      .join('');
    return `(SELECT ${[spec.partitionBy, ...spec.columns].join(', ')}, row_number() OVER ${window} AS n${previous}${previousWhere} FROM ${source} sequenced_source)`;
  },
  rowNumber: () => 'row_number() OVER ()',
  trim: (text) => `trim(${text})`,
  typeName: (type) => type,
  regexMatches: (text, pattern) => `regexp_matches(${text}, ${pattern})`,
  listAgg: (expression, orderBy) => `list(${expression} ORDER BY ${orderBy})`,
  joinList: (list, separator) => `array_to_string(${list}, '${separator.replace(/'/g, "''")}')`,
  // The timestamp cast first: a number (digits, at most one '.') never reads as one, and the
  // number patterns then run only on the values it did not read (the cast is the cheaper).
  epochMillis: (text) =>
    `coalesce(epoch_ms(try_cast(trim(${text}) AS TIMESTAMPTZ)), CASE WHEN regexp_full_match(trim(${text}), '-?[0-9]{1,11}([.][0-9]+)?') THEN CAST(round(CAST(trim(${text}) AS DOUBLE) * 1000) AS BIGINT) WHEN regexp_full_match(trim(${text}), '[0-9]{12,14}') THEN CAST(trim(${text}) AS BIGINT) END)`,
  integerOrNull: (text) =>
    `(CASE WHEN regexp_full_match(trim(${text}), '-?[0-9]{1,9}([.]0+)?') THEN CAST(CAST(trim(${text}) AS DOUBLE) AS INTEGER) END)`,
  argMin: (expression, by) => `arg_min(${expression}, ${by}) FILTER (WHERE ${expression} IS NOT NULL)`,
  literal: (value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return `'${value.replace(/'/g, "''")}'`;
  },
  identifier: (name) => `"${name.replace(/"/g, '""')}"`,
};
