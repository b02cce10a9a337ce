import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../http/ApiError.js';
import type { ServerContext } from '../../http/context.js';
import { findSharedJourney, unknownShare } from '../api/shares/findSharedJourney.js';
import { escapeHtml } from './escapeHtml.js';
import { pageShell } from './pageShell.js';

/**
 * `/s/:token`: the page a share link opens, for people without an account. With the web app built
 * (`webIndex`, its index.html), the app's read-only presentation, which reads only
 * `/api/v1/shared/:token`; without it, or without JavaScript, the journey's title and its map as an
 * image (so the SVG runs no script in the page). A revoked, expired or unknown link is a 404 page.
 */
export async function registerSharedPage(
  app: FastifyInstance,
  context: ServerContext,
  webIndex?: string,
): Promise<void> {
  app.get<{ Params: { token: string } }>(
    '/s/:token',
    { schema: { hide: true }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { token } = request.params;
      try {
        const shared = await findSharedJourney(context.db, token);
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .send(
            webIndex === undefined
              ? sharedPage(shared.title, token)
              : sharedAppPage(webIndex, shared.title, token),
          );
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

/** The title and the map as an image: the page without the web app, and its no-script fallback. */
function sharedContent(title: string, token: string): string {
  const src = `/api/v1/shared/${encodeURIComponent(token)}/map.svg`;
  return `<h1>${escapeHtml(title)}</h1>
<p class="note">A read-only journey map shared from Waymark.</p>
<img src="${escapeHtml(src)}" alt="${escapeHtml(`Journey map: ${title}`)}">`;
}

export function sharedPage(title: string, token: string): string {
  return page(title, sharedContent(title, token));
}

/** The web app's page for a share link: its title is the journey's (escaped), kept from search engines. */
export function sharedAppPage(index: string, title: string, token: string): string {
  // Replacer functions, so a `$&` in the title is text, not a replacement pattern.
  const head = `<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Waymark</title>`;
  const fallback = `<div id="root"></div><noscript>${sharedContent(title, token)}</noscript>`;
  return index.replace(/<title>[^<]*<\/title>/, () => head).replace('<div id="root"></div>', () => fallback);
}

function page(title: string, body: string): string {
  return pageShell(title, body, {
    noindex: true,
    style: 'img{max-width:100%;height:auto}.note{color:#57606a}',
  });
}
