import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './harness.js';

/** Debian's Redis server (package redis-server, installed by `npm run test:setup`). */
export const redisServerBinary = '/usr/bin/redis-server';

/** A throwaway Redis: loopback only, its own free port and temp dir, nothing saved to disk. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops it and removes its directory. Idempotent. */
  stop(): Promise<void>;
}

/** Starts redis-server; resolves once it answers PING. */
export async function startRedis(startTimeoutMs = 20_000): Promise<RedisServer> {
  if (!existsSync(redisServerBinary))
    throw new Error(
      `${redisServerBinary} is not installed: run \`npm run test:setup\` (Debian's redis-server)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'waymark-redis-'));
  const port = await freePort();
  const server = spawn(
    redisServerBinary,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const kill = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  };
  process.once('exit', kill);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      kill();
      await exited;
      process.off('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const deadline = Date.now() + startTimeoutMs;
  while (!(await answersPing(port))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server did not answer on port ${port} within ${startTimeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.startsWith('+PONG'));
      }
    });
    socket.once('error', () => resolve(false));
  });
}
