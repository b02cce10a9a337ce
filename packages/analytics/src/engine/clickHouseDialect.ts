import type { ColumnType, SqlDialect } from './AnalyticsEngine.js';

const types: Readonly<Record<ColumnType, string>> = {
  VARCHAR: 'Nullable(String)',
  BIGINT: 'Nullable(Int64)',
  INTEGER: 'Nullable(Int32)',
  DOUBLE: 'Nullable(Float64)',
};

/** A ClickHouse string literal: backslashes and quotes escaped (ClickHouse reads `\` as an escape). */
function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The exact q-quantile with DuckDB's `quantile_cont` interpolation (between the values at
 * ranks ⌊q(n−1)⌋ and ⌈q(n−1)⌉ of the sorted values), so both engines give the same numbers;
 * ClickHouse's own `quantile` samples and its `quantileExact` does not interpolate. The
 * sorted values of the group are held in memory once per quantile.
 */
function exactQuantile(expression: string, q: number): string {
  const rank = `${q} * (length(a) - 1)`;
  const at = (index: string) => `a[toUInt64(${index}(${rank})) + 1]`;
  return `arrayMap(a -> if(length(a) = 0, NULL, ${at('floor')} + (${rank} - floor(${rank})) * (${at('ceil')} - ${at('floor')})), [arraySort(groupArray(toFloat64(${expression})))])[1]`;
}

/** ISO 8601 shapes DuckDB's TIMESTAMPTZ cast reads; ClickHouse's best-effort parser reads more, so it is fenced. */
const ISO_SHAPE =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+)?)?)?[ ]?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$';

/**
 * ClickHouse's spelling of the non-portable SQL, for releases from 18.16 (Debian's) to current:
 * no window functions (`sequenced` sorts each partition's rows as an array and unnests it),
 * regular expressions as constants, `Nullable` types spelled out. `timezone` reads timestamps
 * written without a zone (ClickHouse has no per-session zone before 23.x).
 */
export function clickHouseDialect(timezone = 'UTC'): SqlDialect {
  const trim = (text: string) => `replaceRegexpAll(${text}, '^[[:space:]]+|[[:space:]]+$', '')`;
  return {
    name: 'clickhouse',
    median: (expression) => exactQuantile(expression, 0.5),
    quantile: exactQuantile,
    sequenced: (source, spec) => {
      // Each partition's rows as one sorted array of tuples (order keys first), unnested with
      // their index; the previous row is the element before.
      const keys = spec.orderBy.length;
      const kept = spec.columns.map((c, i) => `tupleElement(r, ${keys + i + 1}) AS ${c}`);
      const previous = spec.previous.map((c) => {
        const index = spec.columns.indexOf(c);
        if (index < 0) throw new Error(`sequenced: previous column '${c}' is not among the columns`);
        return `if(n > 1, tupleElement(rows[n - 1], ${keys + index + 1}), NULL) AS prev_${c}`;
      });
      // The last earlier row where `when` held: its flag is the tuple's last element.
      const where = spec.previousWhere;
      const flag = keys + spec.columns.length + 1;
      const earlier = `arrayFilter((x, i) -> i < n AND tupleElement(x, ${flag}) = 1, rows, arrayEnumerate(rows))`;
      const previousWhere = (where?.columns ?? []).map((c) => {
        const index = spec.columns.indexOf(c);
        if (index < 0) throw new Error(`sequenced: previous column '${c}' is not among the columns`);
        return `if(notEmpty(${earlier}), tupleElement(${earlier}[length(${earlier})], ${keys + index + 1}), NULL) AS ${where?.prefix}${c}`;
      });
      const flagged = where === undefined ? [] : [`toUInt8(${where.when})`];
      const tuple = `tuple(${[...spec.orderBy, ...spec.columns, ...flagged].join(', ')})`;
      return `(SELECT ${[spec.partitionBy, ...kept, 'n', ...previous, ...previousWhere].join(', ')}
        FROM (SELECT ${spec.partitionBy}, arraySort(groupArray(${tuple})) AS rows FROM ${source} sequenced_source GROUP BY ${spec.partitionBy})
        ARRAY JOIN rows AS r, arrayEnumerate(rows) AS n)`;
    },
    rowNumber: () => '(rowNumberInAllBlocks() + 1)',
    trim,
    typeName: (type) => types[type],
    regexMatches: (text, pattern) => `match(${text}, ${pattern})`,
    listAgg: (expression, orderBy) =>
      `arrayMap(x -> tupleElement(x, 2), arraySort(groupArray(tuple(${orderBy}, ${expression}))))`,
    joinList: (list, separator) =>
      `arrayStringConcat(arrayMap(x -> ifNull(x, ''), ${list}), ${quote(separator)})`,
    // ClickHouse evaluates every branch of if/multiIf, so conversions are the …OrZero kinds.
    epochMillis: (text) => {
      const t = trim(text);
      // 18.16 rolls 2024-13-01 and 2024-02-30 over; a real day reads back as written.
      const realDay = `toString(toDate(parseDateTimeBestEffortOrNull(substring(${t}, 1, 10), 'UTC'))) = substring(${t}, 1, 10)`;
      const millis = `toInt64OrZero(substring(concat(extract(${t}, ':[0-9]{2}[.]([0-9]+)'), '000'), 1, 3))`;
      return `multiIf(match(${t}, '^-?[0-9]{1,11}([.][0-9]+)?$'), toInt64(round(toFloat64OrZero(${t}) * 1000)),
        match(${t}, '^[0-9]{12,14}$'), toInt64OrZero(${t}),
        match(${t}, ${quote(ISO_SHAPE)}) AND ${realDay}, toInt64(toUnixTimestamp(parseDateTimeBestEffortOrNull(${t}, ${quote(timezone)}))) * 1000 + ${millis},
        NULL)`;
    },
    integerOrNull: (text) => {
      const t = trim(text);
      return `if(match(${t}, '^-?[0-9]{1,9}([.]0+)?$'), toInt32(toFloat64OrZero(${t})), NULL)`;
    },
    argMin: (expression, by) => `argMinIf(${expression}, ${by}, isNotNull(${expression}))`,
    literal: (value) => {
      if (value === null) return 'NULL';
      if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
      if (typeof value === 'boolean') return value ? '1' : '0';
      return quote(value);
    },
    identifier: (name) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``,
  };
}
