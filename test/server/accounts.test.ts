import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  cookieHeader,
  databaseKinds,
  startTestServer,
  type TestServer,
  testPassword,
  withBareServer,
} from './harness.js';

describe.each(databaseKinds)('accounts, sessions and tokens on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('sets an httpOnly, SameSite session cookie on sign-in', async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'admin@example.com', password: testPassword }),
    });
    expect(response.status).toBe(200);
    const session = response.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('waymark.session_token='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain http on loopback; Secure when WAYMARK_URL is https
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const response = await server.anonymous.post(
      '/api/auth/sign-in/email',
      { email: 'admin@example.com', password: 'not the password' },
      { headers: { origin: server.url } },
    );
    expect(response.status).toBe(401);
  });

  it('answers 401 to requests without credentials and to unknown tokens', async () => {
    expect((await server.anonymous.get('/api/v1/me')).status).toBe(401);
    const forged = new ApiClient(server.url, { token: `wmk_${'x'.repeat(43)}` });
    const response = await forged.get('/api/v1/me');
    expect(response.status).toBe(401);
    expect(response.json.error.message).toMatch(/unknown, revoked or expired/);
  });

  it('refuses cookie-authenticated writes from another origin (CSRF)', async () => {
    const session = await server.signIn('admin@example.com');
    const evil = await session.post(
      '/api/v1/workspaces',
      { name: 'Evil' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(evil.status).toBe(403);
    expect(evil.json.error.message).toMatch(/evil\.example/);
    const noOrigin = await fetch(`${server.url}/api/v1/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie ?? '' },
      body: JSON.stringify({ name: 'No origin' }),
    });
    expect(noOrigin.status).toBe(403);
    const same = await session.post('/api/v1/workspaces', { name: 'Same origin' });
    expect(same.status).toBe(201);
  });

  it('shows an API token once, lists it by prefix only, and revokes it', async () => {
    const person = await server.signIn('admin@example.com');
    const created = await person.post('/api/v1/me/tokens', { name: 'CI', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const token: string = created.json.token;
    expect(token).toMatch(/^wmk_/);
    const list = await person.get('/api/v1/me/tokens');
    const listed = list.json.find((t: { id: string }) => t.id === created.json.summary.id);
    expect(listed.prefix).toBe(token.slice(0, 10));
    expect(list.text).not.toContain(token);
    const viaToken = person.withToken(token);
    expect((await viaToken.get('/api/v1/me')).status).toBe(200);
    expect((await person.delete(`/api/v1/me/tokens/${created.json.summary.id}`)).status).toBe(204);
    expect((await viaToken.get('/api/v1/me')).status).toBe(401);
  });

  it('signs a person out everywhere, keeping their API tokens', async () => {
    const person = await server.signUp('Roaming');
    const email = person.email || (await person.get('/api/v1/me')).json.email;
    const laptop = await server.signIn(email);
    const phone = await server.signIn(email);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
    expect((await laptop.post('/api/v1/me/sign-out-everywhere')).status).toBe(204);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await person.get('/api/v1/me')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    // A plain-http install must not tell browsers to switch to an https port that is not there.
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-frame-options')).toBeTruthy();
  });

  it('refuses a second setup', async () => {
    const again = await server.anonymous.post('/api/v1/setup', {
      token: 'anything',
      name: 'Mallory',
      email: 'mallory@example.com',
      password: testPassword,
    });
    expect(again.status).toBe(409);
    expect((await server.anonymous.get('/api/v1/setup')).json).toEqual({ pending: false });
  });
});

describe('first-run setup', () => {
  it('blocks sign-up and wrong tokens until the printed setup link is used', async () => {
    await withBareServer({}, async (running, url, announced) => {
      const client = new ApiClient(url);
      expect(announced.join('\n')).toContain('sample workspace');
      expect(running.setupUrl).toMatch(/\/setup\?token=/);
      expect(announced.join('\n')).toContain(running.setupUrl);
      expect((await client.get('/api/v1/setup')).json).toEqual({ pending: true });
      const signUp = await client.post(
        '/api/auth/sign-up/email',
        { name: 'Early', email: 'early@example.com', password: testPassword },
        { headers: { origin: url } },
      );
      expect(signUp.status).toBe(403);
      const wrong = await client.post('/api/v1/setup', {
        token: 'guess',
        name: 'A',
        email: 'a@example.com',
        password: testPassword,
      });
      expect(wrong.status).toBe(403);
      const short = await client.post('/api/v1/setup', {
        token: new URL(running.setupUrl ?? '').searchParams.get('token'),
        name: 'A',
        email: 'a@example.com',
        password: 'short',
      });
      expect(short.status).toBe(400);
      expect(short.json.error.errors[0].path).toBe('body.password');
      // The setup link opens a page: the web app's setup screen, or the server's own form without a
      // build (both kinds are checked in webApp.test.ts).
      const page = await fetch(`${url}/setup`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const ok = await fetch(`${url}/api/v1/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: new URL(running.setupUrl ?? '').searchParams.get('token'),
          name: 'Ada',
          email: 'ada@example.com',
          password: testPassword,
        }),
      });
      expect(ok.status).toBe(200);
      const session = new ApiClient(url, { cookie: cookieHeader(ok) });
      expect((await session.get('/api/v1/me')).json.workspaces[0]).toMatchObject({
        slug: 'sample',
        role: 'owner',
      });
    });
  });
});

describe('first-run gate', () => {
  it('cannot be walked around with dot segments in the sign-up URL', async () => {
    await withBareServer({}, async (running, url) => {
      const port = new URL(url).port;
      const { request } = await import('node:http');
      // node:http sends the path as written (fetch would resolve the dot segments first).
      const post = (path: string) =>
        new Promise<number>((resolve, reject) => {
          const body = JSON.stringify({
            name: 'Early',
            email: `early${path.length}@example.com`,
            password: testPassword,
          });
          const req = request(
            {
              host: '127.0.0.1',
              port,
              path,
              method: 'POST',
              headers: { 'content-type': 'application/json', origin: url },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      for (const path of [
        '/api/auth/x/../sign-up/email',
        '/api/auth/./sign-up/email',
        '/api/auth/sign-up/email',
      ])
        expect(await post(path), path).toBe(403);
      // The rule holds where accounts are made, not only at the URL.
      await expect(
        running.context.auth.api.signUpEmail({
          body: { name: 'Direct', email: 'direct@example.com', password: testPassword },
        }),
      ).rejects.toThrow(/not set up yet/);
      const users = await running.context.db.selectFrom('user').select('id').execute();
      expect(users).toEqual([]);
    });
  });
});

describe('behind TLS', () => {
  it('marks the session cookie Secure when Waymark is served over https', async () => {
    await withBareServer({ publicUrl: 'https://waymark.example.com' }, async (running, url) => {
      const token = new URL(running.setupUrl ?? '').searchParams.get('token');
      const response = await fetch(`${url}/api/v1/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, name: 'Ada', email: 'ada@example.com', password: testPassword }),
      });
      expect(response.status).toBe(200);
      const session = response.headers.getSetCookie().find((cookie) => /session_token=/.test(cookie));
      expect(session).toMatch(/;\s*Secure/i);
      expect(session).toMatch(/HttpOnly/i);
    });
  });
});
