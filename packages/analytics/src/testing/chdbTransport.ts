import { Session } from 'chdb';
import type { Row, SqlValue } from '../engine/AnalyticsEngine.js';
import type { ClickHouseTransport } from '../engine/ClickHouseEngine.js';

/**
 * Current ClickHouse embedded in this process (the `chdb` dev dependency), for tests that check
 * the SQL also runs on a current release. One session, its own temporary directory.
 */
export function chdbTransport(): ClickHouseTransport {
  const session = new Session();
  const settings = ' SETTINGS join_use_nulls = 1';
  const version = String(
    (JSON.parse(session.query('SELECT version() AS v', 'JSONEachRow')) as { v: string }).v,
  );
  session.query('CREATE DATABASE IF NOT EXISTS waymark');
  session.query('USE waymark');
  const run = (sql: string, format?: string) => {
    try {
      return session.query(sql, format);
    } catch (error) {
      throw new Error(
        `chdb ${version} refused (${sql.trim().slice(0, 120)}…): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const isSelect = (sql: string) => /^\s*(SELECT|WITH)\b/i.test(sql);
  return {
    description: `ClickHouse ${version} (chdb, embedded)`,
    command: async (sql) => {
      run(/^\s*CREATE TABLE[\s\S]* AS SELECT/i.test(sql) ? `${sql}${settings}` : sql);
    },
    rows: async (sql) => {
      const text = run(isSelect(sql) ? `${sql}${settings}` : sql, 'JSONEachRow');
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Row);
    },
    insert: async (table, rows: readonly Record<string, SqlValue>[]) => {
      if (rows.length === 0) return;
      const body = rows.map((row) => JSON.stringify(row)).join('\n');
      run(`INSERT INTO \`${table}\` FORMAT JSONEachRow ${body}`);
    },
    close: async () => {
      session.cleanup();
    },
  };
}
