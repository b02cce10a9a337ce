import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's ClickHouse server (package clickhouse-server, 18.16; installed by `npm run test:setup`). */
export const clickHouseServerBinary = '/usr/sbin/clickhouse-server';
const packagedConfig = '/etc/clickhouse-server';

/** A throwaway ClickHouse: loopback only, its own free ports and temp dir. */
export interface ClickHouseServer {
  /** `http://127.0.0.1:<http port>` */
  readonly url: string;
  /** Stops it (SIGTERM, then SIGKILL) and removes its directory. Idempotent. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()));
    });
  });
}

/**
 * The packaged config.xml with every port moved to a free one (http, tcp, interserver, mysql
 * where the release has it; TLS ports dropped), every path inside `dir`, loopback only.
 */
function configFor(dir: string, ports: Readonly<Record<string, number>>): string {
  let xml = readFileSync(join(packagedConfig, 'config.xml'), 'utf8');
  for (const [tag, port] of Object.entries(ports))
    xml = xml.replace(new RegExp(`<${tag}>\\d+</${tag}>`, 'g'), `<${tag}>${port}</${tag}>`);
  xml = xml
    .replace(/<(https_port|tcp_port_secure|postgresql_port)>\d+<\/\1>/g, '')
    .replace(/<log>[^<]*<\/log>/, `<log>${dir}/log/server.log</log>`)
    .replace(/<errorlog>[^<]*<\/errorlog>/, `<errorlog>${dir}/log/error.log</errorlog>`)
    .replace(/\/var\/lib\/clickhouse\//g, `${dir}/data/`)
    .replace(/<listen_host>[^<]*<\/listen_host>/g, '')
    .replace('</yandex>', '<listen_host>127.0.0.1</listen_host></yandex>')
    .replace('</clickhouse>', '<listen_host>127.0.0.1</listen_host></clickhouse>');
  return xml;
}

/** Starts clickhouse-server; resolves once `/ping` answers. */
export async function startClickHouse(startTimeoutMs = 30_000): Promise<ClickHouseServer> {
  if (!existsSync(clickHouseServerBinary))
    throw new Error(
      `${clickHouseServerBinary} is not installed: run \`npm run test:setup\` (Debian's clickhouse-server)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'waymark-clickhouse-'));
  mkdirSync(join(dir, 'log'));
  mkdirSync(join(dir, 'data'));
  const ports = {
    http_port: await freePort(),
    tcp_port: await freePort(),
    interserver_http_port: await freePort(),
    mysql_port: await freePort(),
  };
  writeFileSync(join(dir, 'config.xml'), configFor(dir, ports));
  copyFileSync(join(packagedConfig, 'users.xml'), join(dir, 'users.xml'));
  const server = spawn(clickHouseServerBinary, [`--config-file=${join(dir, 'config.xml')}`], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const kill = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  };
  process.once('exit', kill);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        const timer = setTimeout(kill, 5_000);
        await exited;
        clearTimeout(timer);
      }
      process.off('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const url = `http://127.0.0.1:${ports.http_port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (!(await answersPing(url))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      const log = existsSync(join(dir, 'log/error.log'))
        ? readFileSync(join(dir, 'log/error.log'), 'utf8')
        : '';
      await stop();
      throw new Error(
        `clickhouse-server did not answer on ${url} within ${startTimeoutMs} ms: ${(output + log).slice(-1000)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}

async function answersPing(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ping`);
    return response.ok && (await response.text()).startsWith('Ok');
  } catch {
    return false;
  }
}
