import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../http/context.js';
import { pageShell } from './pageShell.js';
import { setupPage, setupScript } from './setupPage.js';
import { registerSharedPage } from './sharedPage.js';
import { findWebBuild, readWebIndex, registerWebApp } from './webApp.js';

/**
 * The web app (packages/web) when it is built: home, first-run setup, sign-in and the workspaces.
 * Without a build, the pages the server renders itself: a home page that says so, and the setup
 * form. Shared maps (`/s/…`) are the server's own route, which serves the app's presentation when built.
 */
export async function registerPages(
  app: FastifyInstance,
  context: ServerContext,
  /** The web app's build directory, or false to serve the server's own pages only. */
  webBuild: string | false = findWebBuild() ?? false,
): Promise<void> {
  // No icon yet; an empty answer keeps browsers from logging a 404 on every page.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.status(204).send());
  await registerSharedPage(app, context, webBuild === false ? undefined : readWebIndex(webBuild));
  if (webBuild !== false) {
    await registerWebApp(app, webBuild);
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const pending = context.firstRun.token !== undefined;
    return reply.type('text/html; charset=utf-8').send(
      page(
        'Waymark',
        `<h1>Waymark is running</h1>
<p>${pending ? 'First-run setup is pending: open the setup link the server printed in its log.' : 'Sign in through the API.'}</p>
<p>The web app is not built, so this server offers the API only. Build it with <code>npm run build</code> (or point <code>WAYMARK_WEB_DIR</code> at a build) and restart.</p>
<ul><li><a href="/api/docs">API documentation</a></li><li><a href="/api/openapi.json">OpenAPI document</a></li></ul>`,
      ),
    );
  });
  app.get('/setup', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(page('Set up Waymark', setupPage(context.firstRun.token !== undefined))),
  );
  app.get('/setup.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(setupScript),
  );
}

const formStyle =
  'label{display:block;margin-top:1rem;font-weight:600}input{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}\nbutton{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1f4e79;color:#fff;border:0;border-radius:4px}\n.error{color:#a4262c}.ok{color:#0b6a0b}body{max-width:32rem;margin-top:4rem}';

function page(title: string, body: string): string {
  return pageShell(title, body, { style: formStyle });
}
