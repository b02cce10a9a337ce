import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../http/ApiError.js';
import type { ServerContext } from '../../http/context.js';
import { findSharedJourney, unknownShare } from '../api/shares/findSharedJourney.js';
import { escapeHtml } from './escapeHtml.js';
import { pageShell } from './pageShell.js';

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
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
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
  return pageShell(title, body, {
    noindex: true,
    style: 'img{max-width:100%;height:auto}.note{color:#57606a}',
  });
}
