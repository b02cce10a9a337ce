import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../http/context.js';
import { escapeHtml } from './escapeHtml.js';
import { setupPage, setupScript } from './setupPage.js';
import { registerSharedPage } from './sharedPage.js';

/**
 * The few pages the server renders itself until the web app (packages/web) serves them: the
 * home page and the first-run setup page.
 */
export async function registerPages(app: FastifyInstance, context: ServerContext): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const pending = context.firstRun.token !== undefined;
    return reply.type('text/html; charset=utf-8').send(
      page(
        'Waymark',
        `<h1>Waymark is running</h1>
<p>${pending ? 'First-run setup is pending: open the setup link the server printed in its log.' : 'Sign in through the API or the web app.'}</p>
<ul><li><a href="/api/docs">API documentation</a></li><li><a href="/api/openapi.json">OpenAPI document</a></li></ul>`,
      ),
    );
  });
  // No icon yet; an empty answer keeps browsers from logging a 404 on every page.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.status(204).send());
  app.get('/setup', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(page('Set up Waymark', setupPage(context.firstRun.token !== undefined))),
  );
  app.get('/setup.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(setupScript),
  );
  await registerSharedPage(app, context);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1b1f24}
label{display:block;margin-top:1rem;font-weight:600}input{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1f4e79;color:#fff;border:0;border-radius:4px}
.error{color:#a4262c}.ok{color:#0b6a0b}</style></head>
<body>${body}</body></html>`;
}
