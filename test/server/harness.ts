import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfigOverrides, type RunningServer, readConfig, startServer } from '@waymark/server';
import { freshPostgresUrl } from '../support/databases.js';

/** The engines the API suite runs against. */
export const databaseKinds = ['sqlite', 'postgres'] as const;
export type DatabaseKindUnderTest = (typeof databaseKinds)[number];

/** A response, read once. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON); tests read fields freely. */
  // biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked by expect, not by types
  readonly json: any;
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as is (a string or bytes) instead of JSON. */
  readonly raw?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An HTTP client for one person: a bearer token, or a session cookie (with Origin on writes). */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly auth: { token?: string; cookie?: string } = {},
    readonly userId = '',
    readonly email = '',
  ) {}

  /** The session cookie, for tests that send raw requests. */
  get cookie(): string | undefined {
    return this.auth.cookie;
  }

  withToken(token: string): ApiClient {
    return new ApiClient(this.baseUrl, { token }, this.userId, this.email);
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.auth.token !== undefined) headers.authorization = `Bearer ${this.auth.token}`;
    if (this.auth.cookie !== undefined) {
      headers.cookie = this.auth.cookie;
      if (method !== 'GET' && headers.origin === undefined) headers.origin = this.baseUrl;
    }
    let body: string | Uint8Array | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, options);
  }
  post(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request('POST', path, { ...options, ...(body === undefined ? {} : { body }) });
  }
  put(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request('PUT', path, { ...options, ...(body === undefined ? {} : { body }) });
  }
  patch(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request('PATCH', path, { ...options, ...(body === undefined ? {} : { body }) });
  }
  delete(path: string, options?: RequestOptions) {
    return this.request('DELETE', path, options);
  }
}

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  /** Anyone, signed in as no one. */
  readonly anonymous: ApiClient;
  /** The first account, made through first-run setup; owner of the sample workspace (if seeded). */
  readonly admin: ApiClient;
  /** Signs up another account and returns a client using an API token of theirs. */
  signUp(name?: string): Promise<ApiClient>;
  /** Signs in by email and password and returns a cookie-session client. */
  signIn(email: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export const testPassword = 'correct horse battery staple';

export interface TestServerOptions {
  readonly sample?: boolean;
  /** A data directory to reuse (restart tests); a fresh temp one when absent. */
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  /** Sign-in/sign-up limits; the tests sign up many accounts, so the default is generous. */
  readonly authRateLimit?: { readonly window: number; readonly max: number };
  /** Live-collaboration limits and Redis, as `waymark serve` takes them. */
  readonly collab?: ConfigOverrides['collab'];
  readonly redisUrl?: string;
  /** The largest analytics upload, as WAYMARK_ANALYTICS_MAX_UPLOAD_BYTES sets it. */
  readonly analyticsMaxUploadBytes?: number;
}

/** Starts a real server on a free loopback port with its own database; `close()` removes it. */
export async function startTestServer(
  kind: DatabaseKindUnderTest,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'waymark-test-'));
  const databaseUrl = options.databaseUrl ?? (kind === 'postgres' ? await freshPostgresUrl() : undefined);
  const port = await freePort();
  const config = readConfig(
    {
      port,
      host: '127.0.0.1',
      dataDir,
      publicUrl: `http://127.0.0.1:${port}`,
      sample: options.sample ?? false,
      logLevel: 'silent',
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
      ...(options.collab === undefined ? {} : { collab: options.collab }),
      ...(options.redisUrl === undefined ? {} : { redisUrl: options.redisUrl }),
      ...(options.analyticsMaxUploadBytes === undefined
        ? {}
        : { analyticsMaxUploadBytes: options.analyticsMaxUploadBytes }),
    },
    {},
  );
  const server = await startServer(config, {
    authRateLimit: options.authRateLimit ?? { window: 60, max: 10_000 },
  });
  const url = config.publicUrl;
  const anonymous = new ApiClient(url);
  let counter = 0;

  const tokenClient = async (cookieClient: ApiClient): Promise<ApiClient> => {
    const created = await cookieClient.post('/api/v1/me/tokens', { name: 'tests' });
    if (created.status !== 201)
      throw new Error(`could not create a token: ${created.status} ${created.text}`);
    return cookieClient.withToken(created.json.token);
  };

  const signIn = async (email: string, password = testPassword): Promise<ApiClient> => {
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { user: { id: string } };
    return new ApiClient(url, { cookie: cookieHeader(response) }, body.user.id, email);
  };

  let admin: ApiClient | undefined;
  if (server.setupUrl !== undefined) {
    const token = new URL(server.setupUrl).searchParams.get('token') ?? '';
    const email = 'admin@example.com';
    const setup = await anonymous.post('/api/v1/setup', {
      token,
      name: 'Ada Admin',
      email,
      password: testPassword,
    });
    if (setup.status !== 200) throw new Error(`setup failed: ${setup.status} ${setup.text}`);
    admin = await tokenClient(await signIn(email));
  }

  return {
    server,
    url,
    dataDir,
    anonymous,
    get admin(): ApiClient {
      if (admin === undefined) throw new Error('this server was set up before; sign in instead');
      return admin;
    },
    signIn,
    async signUp(name = `Person ${++counter}`) {
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}.${Date.now()}@example.com`;
      const response = await fetch(`${url}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ name, email, password: testPassword }),
      });
      if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
      return tokenClient(await signIn(email));
    },
    async close() {
      await server.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The session cookie(s) a response set, as a Cookie header. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `use` against a server started straight from config, with no account set up (for
 * first-run and configuration tests); removes its data afterwards.
 */
export async function withBareServer(
  overrides: ConfigOverrides,
  use: (running: RunningServer, url: string, announced: readonly string[]) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bare-'));
  const port = await freePort();
  const announced: string[] = [];
  const running = await startServer(
    readConfig(
      { port, dataDir, publicUrl: `http://127.0.0.1:${port}`, logLevel: 'silent', ...overrides },
      {},
    ),
    { announce: (line) => announced.push(line) },
  );
  try {
    await use(running, `http://127.0.0.1:${port}`, announced);
  } finally {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
