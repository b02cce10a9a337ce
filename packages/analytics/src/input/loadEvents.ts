import type { InputSummary } from '@waymark/core';
import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import { checkTimestamps } from './checkTimestamps.js';
import { eventRoles } from './columnRoles.js';
import { inputFormat } from './inputFormat.js';
import { type LoadTableOptions, loadTable } from './loadTable.js';

/**
 * Loads an event log (CSV, NDJSON or Parquet; one row per event) into the table `events`
 * (line, customer, ts in epoch milliseconds, event, channel, segment). All or nothing: a file
 * refused leaves no table behind.
 */
export async function loadEvents(
  engine: AnalyticsEngine,
  file: string,
  options: LoadTableOptions = {},
): Promise<InputSummary> {
  const format = inputFormat(file, ['csv', 'ndjson', 'parquet']);
  if (format === 'xlsx') throw new Error('unreachable');
  const { epochMillis, trim } = engine.dialect;
  const text = (raw: string) => `nullif(${trim(raw)}, '')`;
  return engine.transaction(async () => {
    const read = await engine.readFile('waymark_raw_events', file, format);
    await checkTimestamps(
      engine,
      file,
      'waymark_raw_events',
      read.columns,
      eventRoles,
      options.columns,
      'timestamp',
    );
    return loadTable(
      engine,
      {
        file,
        format,
        raw: 'waymark_raw_events',
        table: 'events',
        headers: read.columns,
        rejected: read.rejected,
        rejectedCount: read.rejectedCount,
        roles: eventRoles,
        conversions: [
          {
            name: 'customer',
            role: 'customer',
            type: 'VARCHAR',
            value: text,
            invalid: (_raw, value) => ({ when: `${value} IS NULL`, reason: 'no customer id' }),
          },
          {
            name: 'ts',
            role: 'timestamp',
            type: 'BIGINT',
            value: epochMillis,
            invalid: (_raw, value) => ({
              when: `${value} IS NULL`,
              reason: `timestamp not understood (expected ISO 8601, epoch seconds or milliseconds, or YYYY-MM-DD HH:MM:SS)`,
            }),
          },
          {
            name: 'event',
            role: 'event',
            type: 'VARCHAR',
            value: text,
            invalid: (_raw, value) => ({ when: `${value} IS NULL`, reason: 'no event name' }),
          },
          { name: 'channel', role: 'channel', type: 'VARCHAR', value: text },
          { name: 'segment', role: 'segment', type: 'VARCHAR', value: text },
        ],
      },
      options,
    );
  });
}
