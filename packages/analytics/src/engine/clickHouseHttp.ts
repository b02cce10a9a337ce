import { randomBytes } from 'node:crypto';
import { type ClickHouseClient, ClickHouseLogLevel, createClient } from '@clickhouse/client';
import type { Row, SqlValue } from './AnalyticsEngine.js';
import type { ClickHouseTransport } from './ClickHouseEngine.js';
import { EngineUnavailableError } from './EngineUnavailableError.js';

/**
 * Settings every statement runs with: LEFT JOIN gives NULL (not the type's default) where
 * nothing matched, and a JOIN without ANY/ALL means ALL (18.16 wants one said), as in DuckDB.
 */
const SETTINGS = { join_use_nulls: 1, join_default_strictness: 'ALL' } as const;

/** The server's message without the client's stack and the 18.16 `e.what()` tail. */
function serverMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/, e\.what\(\) = DB::Exception\s*$/, '').trim();
}

/** The URL without credentials, for messages. */
function shown(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/**
 * A ClickHouse server over its HTTP interface, through `@clickhouse/client` (it works with
 * 18.16 as long as no bound parameters are sent). `url` is `http://[user:password@]host:port[/db]`:
 * with a database its tables are made there and kept; without, a database of its own is made
 * for the run and dropped on close, so runs never share tables.
 */
export async function connectClickHouse(address: string): Promise<ClickHouseTransport> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new EngineUnavailableError(`'${address}' is not a URL; expected http://host:port[/database]`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new EngineUnavailableError(
      `'${shown(url)}' is not an http(s) URL; ClickHouse is reached over its HTTP interface (port 8123 by default)`,
    );
  const given = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  const database = given === '' ? `waymark_run_${randomBytes(6).toString('hex')}` : given;
  const base = `${url.protocol}//${url.host}`;
  const common = {
    url: base,
    username: decodeURIComponent(url.username) || 'default',
    password: decodeURIComponent(url.password),
    clickhouse_settings: SETTINGS,
    log: { level: ClickHouseLogLevel.OFF },
    request_timeout: 600_000,
  };
  const admin = createClient(common);
  let version: string;
  try {
    const result = await admin.query({ query: 'SELECT version() AS v', format: 'JSONEachRow' });
    version = String(((await result.json()) as { v: string }[])[0]?.v ?? '?');
    if (given === '') await admin.command({ query: `CREATE DATABASE \`${database}\`` });
  } catch (error) {
    await admin.close();
    throw new EngineUnavailableError(`cannot reach ClickHouse at ${shown(url)}: ${serverMessage(error)}`);
  }
  const client: ClickHouseClient = createClient({ ...common, database });
  const fail = (sql: string) => (error: unknown) => {
    const first = sql.trim().split('\n')[0]?.slice(0, 120) ?? '';
    throw new Error(
      `ClickHouse ${version} at ${shown(url)} refused a statement (${first}…): ${serverMessage(error)}`,
    );
  };
  return {
    description: `ClickHouse ${version} at ${shown(url)}`,
    command: (sql) => client.command({ query: sql }).then(() => undefined, fail(sql)),
    rows: (sql) =>
      client
        .query({ query: sql, format: 'JSONEachRow' })
        .then((result) => result.json() as Promise<Row[]>)
        .catch(fail(sql)),
    insert: (table, rows: readonly Record<string, SqlValue>[]) =>
      rows.length === 0
        ? Promise.resolve()
        : client
            .insert({ table, values: [...rows], format: 'JSONEachRow' })
            .then(() => undefined, fail(`INSERT INTO ${table}`)),
    async close() {
      await client.close();
      if (given === '')
        await admin.command({ query: `DROP DATABASE IF EXISTS \`${database}\`` }).catch(() => undefined);
      await admin.close();
    },
  };
}
