import type { AnalyticsEngine } from './AnalyticsEngine.js';
import { ClickHouseEngine } from './ClickHouseEngine.js';
import { DuckDbEngine } from './DuckDbEngine.js';

export interface OpenEngineOptions {
  /** A ClickHouse server (`http://host:port[/db]`); the embedded DuckDB when absent or empty. */
  readonly url?: string;
  /** IANA time zone of timestamps written without one (default UTC). */
  readonly timezone?: string;
}

/**
 * The engine analyses run on: ClickHouse when a URL is given (`ANALYTICS_URL`, `--engine-url`),
 * else an in-memory DuckDB. The caller closes it.
 */
export async function openEngine(options: OpenEngineOptions = {}): Promise<AnalyticsEngine> {
  const url = options.url?.trim();
  if (url === undefined || url === '')
    return DuckDbEngine.open(options.timezone ? { timezone: options.timezone } : {});
  if (options.timezone !== undefined && !isTimeZone(options.timezone))
    throw new Error(
      `unknown time zone '${options.timezone}': expected an IANA name like Europe/Berlin or UTC`,
    );
  // Loaded only when asked for: the HTTP client is not needed to run on DuckDB.
  const { connectClickHouse } = await import('./clickHouseHttp.js');
  const transport = await connectClickHouse(url);
  return new ClickHouseEngine(transport, options.timezone ? { timezone: options.timezone } : {});
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
