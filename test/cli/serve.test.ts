import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/harness.js';
import { binPath, makeTempDir, runCli } from './runCli.js';

/** Runs `waymark serve` until it says where it listens; resolves with the address and the process. */
function startServe(args: readonly string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [binPath, 'serve', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (\S+) \(/.exec(stdout);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, listening, exited, output: () => ({ stdout, stderr }) };
}

describe('waymark serve', () => {
  it('starts, answers, prints the setup link, and exits 0 on SIGTERM', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const serve = startServe(['--port', '0', '--data', dir, '--no-sample'], {});
      const address = await serve.listening;
      const page = await fetch(`${address}/setup`);
      expect(page.status).toBe(200);
      const me = await fetch(`${address}/api/v1/me`);
      expect(me.status).toBe(401);
      expect(serve.output().stdout).toMatch(/First run: create the first account at \S+\/setup\?token=/);
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it('refuses a bad configuration with exit code 2 and the setting named', async () => {
    const run = await runCli(['serve', '--port', '0'], { env: { DATABASE_URL: 'mysql://nope' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DATABASE_URL must be a postgres:// URL');
  });

  it('says the port is in use, with exit code 2, when another server holds it', async () => {
    const { dir, cleanup } = await makeTempDir();
    const first = startServe(['--port', '0', '--data', join(dir, 'first'), '--no-sample'], {});
    try {
      const port = new URL(await first.listening).port;
      const run = await runCli(['serve', '--port', port, '--data', join(dir, 'second'), '--no-sample']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.stderr).not.toContain('internal error');
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
      await cleanup();
    }
  });

  it('says PostgreSQL does not answer, with exit code 2 and the password left out', async () => {
    const run = await runCli(['serve', '--port', '0', '--no-sample'], {
      env: { DATABASE_URL: 'postgres://waymark:s3cret@127.0.0.1:1/waymark' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot reach PostgreSQL at');
    expect(run.stderr).toContain('ECONNREFUSED');
    expect(run.stderr).not.toContain('s3cret');
  });

  it('says the data directory cannot be used, with exit code 2, when a file is in its way', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'not-a-directory');
      await writeFile(file, 'x');
      const run = await runCli(['serve', '--port', '0', '--data', join(file, 'data'), '--no-sample']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cannot use ${join(file, 'data')} as the data directory`);
      expect(run.stderr).toContain('ENOTDIR');
    } finally {
      await cleanup();
    }
  });
});

describe('login, push and pull against a real server', () => {
  let server: TestServer;
  let token: string;
  let config: { dir: string; cleanup: () => Promise<void> };
  let work: { dir: string; cleanup: () => Promise<void> };
  const journey = (title: string) =>
    `id: checkout\ntitle: ${title}\nstages:\n  - id: buy\n    name: Buy\n    steps:\n      - id: pay\n        name: Pay\n`;
  let env: Record<string, string>;
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    runCli(args, { cwd: work.dir, env: { ...env, ...extra } });

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const created = await server.admin.post('/api/v1/me/tokens', { name: 'cli' });
    token = created.json.token;
    const workspace = await server.admin.post('/api/v1/workspaces', { slug: 'acme', name: 'Acme' });
    expect(workspace.status).toBe(201);
    config = await makeTempDir();
    work = await makeTempDir();
    env = { WAYMARK_CONFIG_DIR: config.dir, WAYMARK_TOKEN: '', WAYMARK_SERVER: '' };
  });
  afterAll(async () => {
    await server.close();
    await config.cleanup();
    await work.cleanup();
  });

  it('login checks the token and stores it readable by the owner only; a bad token exits 1', async () => {
    const bad = await cli(['login', '--server', server.url, '--token', 'wrong']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('waymark login');
    const login = await cli(['login', '--server', server.url, '--token', token]);
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toContain('admin@example.com');
    const path = join(config.dir, 'credentials.json');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ server: server.url, token });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('push creates, then reports unchanged, then updates; pull writes YAML and records the revision', async () => {
    await writeFile(join(work.dir, 'checkout.yaml'), journey('Checkout'));
    const first = await cli(['push', 'checkout.yaml', '--workspace', 'acme', '--json']);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout).files[0]).toMatchObject({
      result: 'created',
      id: 'checkout',
      revision: 1,
    });
    const again = await cli(['push', 'checkout.yaml', '-w', 'acme']);
    expect(again.stdout).toContain('checkout.yaml: unchanged');
    await writeFile(join(work.dir, 'checkout.yaml'), journey('Checkout, faster'));
    const update = await cli(['push', 'checkout.yaml', '-w', 'acme']);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('checkout.yaml: updated (checkout at revision 2)');
    const onServer = await server.admin.get('/api/v1/workspaces/acme/journeys/checkout');
    expect(onServer.json.title).toBe('Checkout, faster');

    const pull = await cli(['pull', 'checkout', '-w', 'acme', '-o', 'pulled/']);
    expect(pull.code).toBe(0);
    const pulled = await readFile(join(work.dir, 'pulled', 'checkout.yaml'), 'utf8');
    expect(pulled).toContain('title: Checkout, faster');
    const sync = JSON.parse(await readFile(join(work.dir, 'pulled', '.waymark', 'sync.json'), 'utf8'));
    expect(sync['checkout.yaml']).toMatchObject({ workspace: 'acme', id: 'checkout', revision: 2 });
  });

  it('push refuses when the server changed since the last pull, and --force overwrites', async () => {
    const current = await server.admin.get('/api/v1/workspaces/acme/journeys/checkout');
    const changed = await server.admin.put(
      '/api/v1/workspaces/acme/journeys/checkout',
      { ...current.json, title: 'Edited in the browser' },
      { headers: { 'if-match': current.headers.get('etag') ?? '' } },
    );
    expect(changed.status).toBe(200);
    await writeFile(join(work.dir, 'checkout.yaml'), journey('Edited locally'));
    const refused = await cli(['push', 'checkout.yaml', '-w', 'acme']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'changed on the server since your last pull (rev 2 → 3); pull first, or push --force',
    );
    expect((await server.admin.get('/api/v1/workspaces/acme/journeys/checkout')).json.title).toBe(
      'Edited in the browser',
    );
    const forced = await cli(['push', 'checkout.yaml', '-w', 'acme', '--force']);
    expect(forced.code).toBe(0);
    expect((await server.admin.get('/api/v1/workspaces/acme/journeys/checkout')).json.title).toBe(
      'Edited locally',
    );
  });

  it('pull refuses to clobber local edits not pushed, and --force discards them', async () => {
    const pull = await cli(['pull', 'checkout', '-w', 'acme']);
    expect(pull.code).toBe(0);
    await writeFile(join(work.dir, 'checkout.yaml'), journey('Not pushed yet'));
    const refused = await cli(['pull', 'checkout', '-w', 'acme']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has local changes not pushed yet');
    expect(await readFile(join(work.dir, 'checkout.yaml'), 'utf8')).toContain('Not pushed yet');
    const forced = await cli(['pull', 'checkout', '-w', 'acme', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(join(work.dir, 'checkout.yaml'), 'utf8')).toContain('title: Edited locally');
  });

  it('pull --all writes every journey into the directory; an invalid push shows the problems', async () => {
    const all = await cli(['pull', '--all', '-w', 'acme', '-o', 'everything']);
    expect(all.code).toBe(0);
    expect(await readFile(join(work.dir, 'everything', 'checkout.yaml'), 'utf8')).toContain('id: checkout');
    await writeFile(join(work.dir, 'broken.yaml'), 'id: broken\n');
    const broken = await cli(['push', 'broken.yaml', '-w', 'acme']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.yaml');
  });

  it('WAYMARK_TOKEN and --server work without login; an unreachable server exits 3', async () => {
    const ci = await runCli(['pull', 'checkout', '-w', 'acme', '-o', 'ci.yaml'], {
      cwd: work.dir,
      env: {
        WAYMARK_CONFIG_DIR: join(work.dir, 'nowhere'),
        WAYMARK_TOKEN: token,
        WAYMARK_SERVER: server.url,
      },
    });
    expect(ci.code).toBe(0);
    const down = await cli(['pull', 'checkout', '-w', 'acme', '--server', 'http://127.0.0.1:9'], {
      WAYMARK_TOKEN: token,
    });
    expect(down.code).toBe(3);
    expect(down.stderr).toContain('cannot reach the server at http://127.0.0.1:9');
    const logout = await cli(['logout']);
    expect(logout.code).toBe(0);
    const after = await cli(['pull', 'checkout', '-w', 'acme']);
    expect(after.code).toBe(2);
  });
});

describe('backup and restore through the CLI', () => {
  it('backs a workspace up to a file and restores it under a new slug', async () => {
    const server = await startTestServer('sqlite');
    const work = await makeTempDir();
    try {
      const token = (await server.admin.post('/api/v1/me/tokens', { name: 'cli' })).json.token as string;
      await server.admin.post('/api/v1/workspaces', { slug: 'acme', name: 'Acme' });
      await writeFile(
        join(work.dir, 'a.yaml'),
        'id: a\ntitle: A\nstages:\n  - id: s\n    name: S\n    steps:\n      - id: t\n        name: T\n',
      );
      const env = { WAYMARK_TOKEN: token, WAYMARK_SERVER: server.url, WAYMARK_CONFIG_DIR: work.dir };
      expect((await runCli(['push', 'a.yaml', '-w', 'acme'], { cwd: work.dir, env })).code).toBe(0);
      const backup = await runCli(['backup', '-w', 'acme', '-o', 'acme.waymark.gz'], { cwd: work.dir, env });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      const restore = await runCli(['restore', 'acme.waymark.gz', '--workspace', 'acme-copy'], {
        cwd: work.dir,
        env,
      });
      expect(restore.stderr).toBe('');
      expect(restore.stdout).toContain('as workspace acme-copy (Acme)');
      const copy = await server.admin.get('/api/v1/workspaces/acme-copy/journeys/a');
      expect(copy.json.title).toBe('A');
      await writeFile(join(work.dir, 'bad.waymark.gz'), 'not gzip');
      const bad = await runCli(['restore', 'bad.waymark.gz', '-w', 'bad'], { cwd: work.dir, env });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('the gzip stream is damaged');
    } finally {
      await server.close();
      await work.cleanup();
    }
    // Five CLI processes and a server: on a loaded 2-core machine each start takes seconds.
  }, 90_000);
});
