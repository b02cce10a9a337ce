// A real `waymark serve` (the built CLI) on SQLite in a throwaway data directory, on a free
// loopback port, for the browser tests. The first run's setup link is read from its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WaymarkServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly setupUrl: string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Starts the server and resolves once it prints its setup link (run `npm run build` first). */
export async function startWaymark(): Promise<WaymarkServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'packages/cli/bin/waymark.js'), 'serve', '--port', String(port), '--data', dataDir],
    { env: { ...process.env, WAYMARK_URL: url, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const setupUrl = await new Promise<string>((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /create the first account at (\S+)/.exec(output);
      if (match?.[1]) done(match[1]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      fail(new Error(`waymark serve exited (${code}) before it was ready:\n${output}`)),
    );
  });
  return {
    url,
    setupUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
