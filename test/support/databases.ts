import { inject } from 'vitest';
import { createDatabase } from './postgres.js';

/**
 * A fresh, empty PostgreSQL database in the run's throwaway cluster, as a connection URL. Call it
 * once per test file (or per test, when tests must not see each other's rows); databases are not
 * dropped, the whole cluster is thrown away after the run.
 */
export async function freshPostgresUrl(): Promise<string> {
  return createDatabase(postgresAdminUrl());
}

/** The superuser URL of the run's throwaway cluster (test/server/postgresGlobalSetup.ts starts it). */
export function postgresAdminUrl(): string {
  const adminUrl = inject('postgresAdminUrl');
  if (typeof adminUrl !== 'string') {
    throw new Error(
      'no PostgreSQL cluster for this test file: run it in a vitest project whose globalSetup includes test/server/postgresGlobalSetup.ts',
    );
  }
  return adminUrl;
}
