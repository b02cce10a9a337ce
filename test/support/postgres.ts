import { type ChildProcess, execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdtemp, open, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client, escapeIdentifier } from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests: initdb'd into a temporary directory, listening on its own
 * free port on 127.0.0.1, with fsync off (its data is worthless after the run). `stop()` shuts it down
 * and removes the directory; so do process exit handlers and a watchdog if the test run dies first.
 */
export interface PostgresCluster {
  /** Superuser (`waymark`, trust auth) connection URL of the `postgres` database. */
  readonly adminUrl: string;
  /** The temporary directory holding the data directory, the socket and `server.log`. */
  readonly dir: string;
  /** Creates an empty database (default name `t_<random>`) and returns its connection URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server at once (`pg_ctl stop -m immediate`) and removes its directory. Idempotent. */
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** Directory holding `initdb`, `postgres` and `pg_ctl`; default: `PG_BIN`, else the newest Debian one. */
  readonly binDir?: string;
  /** How long to wait for the server to accept connections before giving up. */
  readonly startTimeoutMs?: number;
}

const debianRoot = '/usr/lib/postgresql';
const notInstalled = "PostgreSQL is not installed: run `npm run test:setup` (installs Debian's postgresql)";
const portAttempts = 3;
const execFileAsync = promisify(execFile);

/** Initialises and starts a throwaway cluster; resolves once it accepts connections. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const bin = binaries(options.binDir ?? findPostgresBinDir());
  const user = serverUser();
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(bin, user, startTimeoutMs);
    } catch (error) {
      // Another process can take the port between freePort() and the server's bind: try a new one.
      if (!(error instanceof PortTakenError && attempt < portAttempts)) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startOnce(
  bin: Binaries,
  user: ServerUser | undefined,
  startTimeoutMs: number,
): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-pg-'));
  const dataDir = join(dir, 'data');
  const logPath = join(dir, 'server.log');
  try {
    if (user) await chown(dir, user.uid, user.gid);
    await execFileAsync(
      bin.initdb,
      ['-D', dataDir, '--auth=trust', '--username=waymark', '--encoding=UTF8', '--locale=C', '--no-sync'],
      { cwd: dir, ...user },
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`initdb failed for ${dataDir}:\n${outputOf(error)}`);
  }

  const port = await freePort();
  const adminUrl = `postgres://waymark@127.0.0.1:${port}/postgres`;
  const server = await spawnServer(bin.postgres, dataDir, dir, logPath, port, user).catch(async (error) => {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start ${bin.postgres}: ${outputOf(error)}`);
  });
  const stop = guardAgainstOrphaning(server, bin.pgCtl, dataDir, dir, user);
  const outcome = await waitUntilReady(server, adminUrl, startTimeoutMs);
  if (outcome === 'ready') {
    return { adminUrl, dir, createDatabase: (name) => createDatabase(adminUrl, name), stop };
  }
  const log = logTail(logPath);
  await stop();
  if (outcome === 'timeout') {
    throw new Error(
      `PostgreSQL did not accept connections on 127.0.0.1:${port} within ${startTimeoutMs} ms; server log:\n${log}`,
    );
  }
  const failure = `PostgreSQL exited while starting on 127.0.0.1:${port}; server log:\n${log}`;
  throw /could not bind|Address already in use/.test(log) ? new PortTakenError(failure) : new Error(failure);
}

/**
 * Creates an empty database through a superuser connection URL and returns the new database's URL.
 * The name is checked rather than escaped away, so a bad name fails loudly instead of surprising.
 */
export async function createDatabase(adminUrl: string, name = `t_${randomBytes(6).toString('hex')}`) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`database name "${name}" must be lower-case letters, digits and _ (at most 63)`);
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

interface Binaries {
  readonly initdb: string;
  readonly postgres: string;
  readonly pgCtl: string;
}

/** Where the server binaries are: `PG_BIN`, else the bin directory of the newest Debian version. */
export function findPostgresBinDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  const versions = existsSync(debianRoot)
    ? readdirSync(debianRoot).filter((version) => existsSync(join(debianRoot, version, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))[0];
  if (newest === undefined) throw new Error(`${notInstalled}; found no ${debianRoot}/<version>/bin/initdb`);
  return join(debianRoot, newest, 'bin');
}

function binaries(binDir: string): Binaries {
  const bin = {
    initdb: join(binDir, 'initdb'),
    postgres: join(binDir, 'postgres'),
    pgCtl: join(binDir, 'pg_ctl'),
  };
  const missing = Object.values(bin).filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`${notInstalled}; missing ${missing.join(', ')}`);
  return bin;
}

interface ServerUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * PostgreSQL refuses to run as root, so as root (CI) the server binaries run as Debian's `postgres`
 * system user; `spawn`'s uid/gid also drop the supplementary groups. Anyone else runs them directly.
 */
function serverUser(): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      "PostgreSQL refuses to run as root and there is no `postgres` system user to run it as: run `npm run test:setup` (installs Debian's postgresql, which creates it)",
    );
  }
}

/** A port that was free a moment ago (the OS picks it); a lost race shows up as PortTakenError. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('could not find a free port')),
      );
    });
  });
}

async function spawnServer(
  postgres: string,
  dataDir: string,
  dir: string,
  logPath: string,
  port: number,
  user: ServerUser | undefined,
): Promise<ChildProcess> {
  const log = await open(logPath, 'a');
  try {
    const settings = [
      'listen_addresses=127.0.0.1',
      'fsync=off',
      'synchronous_commit=off',
      'full_page_writes=off',
    ];
    const args = ['-D', dataDir, '-p', String(port), '-k', dir, ...settings.flatMap((s) => ['-c', s])];
    const server = spawn(postgres, args, { cwd: dir, stdio: ['ignore', log.fd, log.fd], ...user });
    // Don't let the running server alone keep the test process alive; stop() and the guards end it.
    server.unref();
    await new Promise<void>((resolve, reject) => {
      server.once('spawn', resolve);
      server.once('error', reject);
    });
    return server;
  } finally {
    await log.close();
  }
}

/** Polls with a real client until the server answers a query, exits, or the time is up. */
async function waitUntilReady(
  server: ChildProcess,
  adminUrl: string,
  timeoutMs: number,
): Promise<'ready' | 'exited' | 'timeout'> {
  const deadline = Date.now() + timeoutMs;
  const exited = new Promise<'exited'>((resolve) => server.once('exit', () => resolve('exited')));
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) return 'exited';
    const client = new Client({ connectionString: adminUrl });
    client.on('error', () => {}); // a refused or reset connection is the answer "not yet"
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return 'ready';
    } catch {
      await client.end().catch(() => {});
      const pause = new Promise<'pause'>((resolve) => setTimeout(() => resolve('pause'), 50));
      if ((await Promise.race([exited, pause])) === 'exited') return 'exited';
    }
  }
  return 'timeout';
}

/**
 * Makes sure the server dies with the test process, whichever way that ends: exit and signal handlers
 * stop it synchronously, and a detached shell watchdog stops it (and removes its directory) when the
 * process is killed outright (SIGKILL, out of memory) where no handler runs. Returns `stop()`, which
 * undoes all of that.
 */
function guardAgainstOrphaning(
  server: ChildProcess,
  pgCtl: string,
  dataDir: string,
  dir: string,
  user: ServerUser | undefined,
): () => Promise<void> {
  const watchdog = spawn(
    '/bin/sh',
    ['-c', watchdogScript, 'waymark-postgres-watchdog', String(process.pid), dataDir, dir],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.on('error', () => {}); // without /bin/sh the handlers below still cover ordinary exits
  watchdog.unref();
  let stopped = false;
  const release = () => {
    stopped = true;
    process.off('exit', stopNow);
    for (const signal of exitSignals) process.off(signal, stopOnSignal);
    if (watchdog.pid !== undefined) killQuietly(-watchdog.pid, 'SIGKILL');
  };
  function stopNow() {
    if (stopped) return;
    release();
    spawnSync(pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w'], {
      cwd: dir,
      stdio: 'ignore',
      ...user,
    });
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
  function stopOnSignal(signal: NodeJS.Signals) {
    stopNow();
    // Listening to a signal cancels Node's default of dying from it: restore that unless someone else
    // (the test runner) listens and will end the process itself.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }
  process.on('exit', stopNow);
  for (const signal of exitSignals) process.on(signal, stopOnSignal);

  return async () => {
    if (stopped) return;
    release();
    if (server.exitCode === null && server.signalCode === null) {
      server.ref();
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGQUIT'); // what `pg_ctl stop -m immediate` sends; we hold the process, so wait on it
      await exited;
    }
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}

const exitSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Waits for the test process ($1) to die, then stops the server of data directory $2 (immediate
 * shutdown, as pg_ctl would) and removes $3. Bounded waits, so a zombie can't keep it looping.
 */
const watchdogScript = `
while kill -0 "$1" 2>/dev/null; do sleep 1; done
pid=$(head -n 1 "$2/postmaster.pid" 2>/dev/null) && kill -QUIT "$pid" 2>/dev/null
n=0
while [ -e "$2/postmaster.pid" ] && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
rm -rf "$3"
`;

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** The last lines of the server log, for error messages. */
function logTail(logPath: string, lines = 30): string {
  try {
    return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') || '(empty)';
  } catch {
    return '(no server log)';
  }
}

/** What a failed execFile printed, for error messages. */
function outputOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { stdout, stderr, message } = error as { stdout?: unknown; stderr?: unknown; message?: unknown };
    const printed = [stdout, stderr]
      .filter((text) => typeof text === 'string' && text.trim() !== '')
      .join('\n');
    if (printed !== '') return printed.trimEnd();
    if (typeof message === 'string') return message;
  }
  return String(error);
}
