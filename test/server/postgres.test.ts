import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'pg';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshPostgresUrl, postgresAdminUrl } from '../support/databases.js';
import { createDatabase, findPostgresBinDir, startPostgres } from '../support/postgres.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `sql` on a fresh connection to `url` and returns the rows. */
async function query(url: string, sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Resolves whether a server answers at `url`. */
async function answers(url: string): Promise<boolean> {
  return query(url, 'SELECT 1').then(
    () => true,
    () => false,
  );
}

describe('fresh databases from the run cluster', () => {
  it('accept a table and rows', async () => {
    const url = await freshPostgresUrl();
    expect(
      await query(url, 'SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = $1', ['public']),
    ).toEqual([{ tables: 0 }]);
    await query(url, 'CREATE TABLE journey (id text PRIMARY KEY, doc jsonb NOT NULL)');
    await query(url, 'INSERT INTO journey VALUES ($1, $2), ($3, $4)', [
      'a',
      { title: 'Ä' },
      'b',
      { title: 'B' },
    ]);
    expect(await query(url, 'SELECT id, doc FROM journey ORDER BY id')).toEqual([
      { id: 'a', doc: { title: 'Ä' } },
      { id: 'b', doc: { title: 'B' } },
    ]);
  });

  it('are isolated from each other', async () => {
    const [first, second] = await Promise.all([freshPostgresUrl(), freshPostgresUrl()]);
    expect(first).not.toEqual(second);
    await query(first, 'CREATE TABLE journey (id text PRIMARY KEY)');
    await query(first, "INSERT INTO journey VALUES ('only-in-first')");
    expect(await query(second, "SELECT to_regclass('journey') AS found")).toEqual([{ found: null }]);
    await query(second, 'CREATE TABLE journey (id text PRIMARY KEY)');
    await query(second, "INSERT INTO journey VALUES ('only-in-second')");
    expect(await query(first, 'SELECT id FROM journey')).toEqual([{ id: 'only-in-first' }]);
    expect(await query(second, 'SELECT id FROM journey')).toEqual([{ id: 'only-in-second' }]);
  });

  it('are created under a given name, and an unsafe name is refused', async () => {
    const adminUrl = postgresAdminUrl();
    const name = `named_${randomBytes(4).toString('hex')}`;
    const url = await createDatabase(adminUrl, name);
    expect(new URL(url).pathname).toBe(`/${name}`);
    expect(await query(url, 'SELECT current_database() AS name')).toEqual([{ name }]);
    await expect(createDatabase(adminUrl, 'x"; DROP DATABASE postgres; --')).rejects.toThrow(
      /database name "x"; DROP DATABASE postgres; --" must be lower-case letters, digits and _/,
    );
  });
});

describe('startPostgres', () => {
  it('stops the server and removes its directory on stop(), once however often called', async () => {
    const cluster = await startPostgres();
    const url = await cluster.createDatabase();
    expect(await answers(url)).toBe(true);
    await Promise.all([cluster.stop(), cluster.stop()]);
    await cluster.stop();
    expect(await answers(cluster.adminUrl)).toBe(false);
    await expect(readFile(join(cluster.dir, 'server.log'))).rejects.toThrow(/ENOENT/);
  });

  it('says how to install PostgreSQL when the binaries are missing', async () => {
    await expect(startPostgres({ binDir: '/nonexistent/postgresql/bin' })).rejects.toThrow(
      "PostgreSQL is not installed: run `npm run test:setup` (installs Debian's postgresql); missing /nonexistent/postgresql/bin/initdb",
    );
  });

  it('reports a server that fails to start with the end of its log', async () => {
    // Real initdb and pg_ctl beside a `postgres` that complains and exits.
    const real = findPostgresBinDir();
    const binDir = await mkdtemp(join(tmpdir(), 'waymark-fake-pg-'));
    try {
      await chmod(binDir, 0o755); // the server runs as `postgres` when the tests run as root
      await symlink(join(real, 'initdb'), join(binDir, 'initdb'));
      await symlink(join(real, 'pg_ctl'), join(binDir, 'pg_ctl'));
      await writeFile(join(binDir, 'postgres'), '#!/bin/sh\necho "FATAL:  no luck today" >&2\nexit 1\n', {
        mode: 0o755,
      });
      await expect(startPostgres({ binDir })).rejects.toThrow(
        /PostgreSQL exited while starting on 127\.0\.0\.1:\d+; server log:\nFATAL: {2}no luck today/,
      );
    } finally {
      await rm(binDir, { recursive: true, force: true });
    }
  });
});

describe('a test process that dies without stop()', () => {
  let harnessDir = '';

  // The harness runs in a plain Node child, which can't load TypeScript: transpile it into a scratch
  // directory under node_modules, where its `pg` import resolves.
  beforeAll(async () => {
    const cache = join(repoRoot, 'node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    harnessDir = await mkdtemp(join(cache, 'waymark-postgres-test-'));
    const source = await readFile(join(repoRoot, 'test/support/postgres.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    await writeFile(join(harnessDir, 'postgres.mjs'), outputText);
    await writeFile(
      join(harnessDir, 'child.mjs'),
      [
        "import { startPostgres } from './postgres.mjs';",
        'const cluster = await startPostgres();',
        'console.log(JSON.stringify({ adminUrl: cluster.adminUrl, dir: cluster.dir }));',
        // Any line on stdin makes it crash with an uncaught exception; otherwise it idles until killed.
        "process.stdin.once('data', () => { throw new Error('the test run crashed'); });",
      ].join('\n'),
    );
  });
  afterAll(() => rm(harnessDir, { recursive: true, force: true }));

  /** Starts a cluster in a child process; `crash` and `kill` end the child, `exited` resolves when it has. */
  async function clusterInChild() {
    const child = spawn(process.execPath, [join(harnessDir, 'child.mjs')], { stdio: 'pipe' });
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    await vi.waitFor(
      () => {
        if (child.exitCode !== null && !stdout.includes('\n')) throw new Error(`child failed:\n${stderr}`);
        expect(stdout).toContain('\n');
      },
      { timeout: 20_000, interval: 50 },
    );
    const started = JSON.parse(stdout) as { adminUrl: string; dir: string };
    expect(await answers(started.adminUrl)).toBe(true);
    return {
      ...started,
      exited,
      crash: () => child.stdin.write('crash\n'),
      kill: (signal: NodeJS.Signals) => child.kill(signal),
    };
  }

  async function expectGone(cluster: { adminUrl: string; dir: string }) {
    expect(await answers(cluster.adminUrl)).toBe(false);
    await expect(readFile(join(cluster.dir, 'server.log'))).rejects.toThrow(/ENOENT/);
  }

  it('stops its cluster on the way out when it crashes', async () => {
    const cluster = await clusterInChild();
    cluster.crash();
    await cluster.exited;
    await expectGone(cluster);
  });

  it('stops its cluster when it is terminated by a signal', async () => {
    const cluster = await clusterInChild();
    cluster.kill('SIGTERM');
    await cluster.exited;
    await expectGone(cluster);
  });

  it('has its cluster stopped by the watchdog when it is killed outright', async () => {
    const cluster = await clusterInChild();
    cluster.kill('SIGKILL');
    await cluster.exited;
    await vi.waitFor(() => expectGone(cluster), { timeout: 15_000, interval: 200 });
  });
});
