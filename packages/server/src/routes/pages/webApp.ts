import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The addresses the web app's router shows (docs/web.md); everything else stays the server's. */
export const webAppRoutes = ['/', '/setup', '/sign-in', '/sign-up', '/invite/*', '/account', '/w/*'] as const;

/**
 * Where the built web app (packages/web, `vite build`) is: `WAYMARK_WEB_DIR`, else the web
 * package's `dist` beside this package — `packages/web` next to `packages/server` in the
 * repository, `@waymark/web` next to `@waymark/server` in node_modules. The server never imports
 * the web app's code; it only serves its files. Undefined when there is no build.
 */
export function findWebBuild(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const candidates = [env.WAYMARK_WEB_DIR, join(packageDir, '..', 'web', 'dist')];
  return candidates.find(
    (dir): dir is string => dir !== undefined && dir !== '' && existsSync(join(dir, 'index.html')),
  );
}

/** The build's index.html. */
export const readWebIndex = (dir: string): string => readFileSync(join(dir, 'index.html'), 'utf8');

/** Serves the web app: its hashed assets (cached for good) and index.html for each of its routes. */
export async function registerWebApp(app: FastifyInstance, dir: string): Promise<void> {
  const index = readWebIndex(dir);
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
    wildcard: true,
  });
  const page = (reply: FastifyReply, status: number) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  for (const url of webAppRoutes)
    app.get(url, { schema: { hide: true } }, async (_request, reply) => page(reply, 200));
  // Any other address a browser opens gets the app with status 404: it shows its not-found page
  // and the way back. The API and clients that do not ask for HTML keep the JSON 404.
  app.get('/*', { schema: { hide: true } }, async (request, reply) =>
    request.url.startsWith('/api/') || !(request.headers.accept ?? '').includes('text/html')
      ? reply.callNotFound()
      : page(reply, 404),
  );
}
