import type { TestProject } from 'vitest/node';
import { startPostgres } from '../support/postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's throwaway PostgreSQL cluster; see test/support/databases.ts. */
    postgresAdminUrl: string;
  }
}

/**
 * Starts one throwaway PostgreSQL cluster for the whole run (an initdb costs about a second, a
 * database a few milliseconds) and hands its admin URL to the test files; they each create fresh
 * databases in it. The returned teardown stops it.
 */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgres();
  provide('postgresAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
