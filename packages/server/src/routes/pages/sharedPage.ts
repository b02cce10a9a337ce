import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../http/context.js';
import { findSharedJourney, unknownShare } from '../api/shares/findSharedJourney.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * `/s/:token`: the page a share link opens, for people without an account: the journey's title
 * and its map (as an image, so the SVG runs no script in the page). Nothing else is reachable.
 */
export async function registerSharedPage(app: FastifyInstance, context: ServerContext): Promise<void> {
  app.get<{ Params: { token: string } }>(
    '/s/:token',
    { schema: { hide: true }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { token } = request.params;
      try {
        const shared = await findSharedJourney(context.db, token);
        return reply.type('text/html; charset=utf-8').send(sharedPage(shared.title, token));
      } catch {
        return reply
          .status(404)
          .type('text/html; charset=utf-8')
          .send(page('Link not found', `<h1>Link not found</h1><p>${escapeHtml(unknownShare)}.</p>`));
      }
    },
  );
}

export function sharedPage(title: string, token: string): string {
  const src = `/api/v1/shared/${encodeURIComponent(token)}/map.svg`;
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="note">A read-only journey map shared from Waymark.</p>
<img src="${escapeHtml(src)}" alt="${escapeHtml(`Journey map: ${title}`)}">`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1f24}img{max-width:100%;height:auto}
.note{color:#57606a}</style></head>
<body>${body}</body></html>`;
}
