import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerContext } from '../../packages/server/src/http/context.js';
import { registerPages } from '../../packages/server/src/routes/pages/pages.js';
import { sharedAppPage } from '../../packages/server/src/routes/pages/sharedPage.js';

// The pages only read the first-run state at request time.
const context = { firstRun: { token: 'pending' } } as unknown as ServerContext;
const apps: FastifyInstance[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function pagesWith(webBuild: string | false): Promise<FastifyInstance> {
  const app = Fastify();
  apps.push(app);
  await registerPages(app, context, webBuild);
  return app;
}

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-web-build-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script src="/assets/app-1a2b.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'console.log("app")');
  return dir;
}

describe('serving the web app', () => {
  it('answers every app route with the app, and its hashed assets for good', async () => {
    const app = await pagesWith(fakeBuild());
    for (const url of [
      '/',
      '/setup?token=x',
      '/sign-in',
      '/invite/abc',
      '/account',
      '/w/cx',
      '/w/cx/j/returns',
    ]) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain('<div id="root">');
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await app.inject({ url: '/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/elsewhere' })).statusCode).toBe(404);
  });

  it('answers a browser at an unknown address with the app and status 404, and the API with JSON', async () => {
    const app = await pagesWith(fakeBuild());
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const page = await app.inject({ url: '/personas', headers: html });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<div id="root">');
    const api = await app.inject({ url: '/api/v1/nowhere', headers: html });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
    const script = await app.inject({ url: '/personas', headers: { accept: 'application/json' } });
    expect(script.statusCode).toBe(404);
    expect(script.body).not.toContain('<div id="root">');
  });

  it('without a build, keeps the server’s own home page (saying so) and setup form', async () => {
    const app = await pagesWith(false);
    const home = await app.inject({ url: '/' });
    expect(home.body).toContain('The web app is not built');
    expect(home.body).toContain('First-run setup is pending');
    expect((await app.inject({ url: '/setup' })).body).toContain('Create the first account');
    expect((await app.inject({ url: '/w/cx' })).statusCode).toBe(404);
  });
});

describe('the share link page of the web app', () => {
  const index =
    '<!doctype html><head><title>Waymark</title></head><body><div id="root"></div><script src="/assets/app.js"></script></body>';

  it('is the app, titled with the journey (escaped), kept from search engines, with a no-script image', () => {
    const page = sharedAppPage(index, 'Returns <script>alert(1)</script> $& more', 'wm_share_x');
    expect(page).toContain(
      '<title>Returns &lt;script&gt;alert(1)&lt;/script&gt; $&amp; more · Waymark</title>',
    );
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<div id="root"></div><noscript><h1>Returns &lt;script&gt;');
    expect(page).toContain('<img src="/api/v1/shared/wm_share_x/map.svg"');
    expect(page).toContain('<script src="/assets/app.js"></script>');
    expect(page).not.toContain('<script>alert');
    expect(page.match(/<title>/g)).toHaveLength(1);
  });
});
