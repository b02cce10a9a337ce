import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/ApiError.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a write authenticated by the session cookie must come from a page
 * of Waymark itself. Browsers send `Origin` on every cross-origin write (and on same-origin
 * `fetch` writes), so a write whose Origin (or, failing that, Referer) is not Waymark's own is
 * refused. API-token requests carry no ambient credential and need no check.
 */
export function checkSameOrigin(request: FastifyRequest, publicUrl: string): void {
  if (safeMethods.has(request.method)) return;
  const allowed = new Set([new URL(publicUrl).origin, `${request.protocol}://${request.host}`]);
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (origin !== undefined && allowed.has(origin)) return;
  throw ApiError.forbidden(
    origin === undefined
      ? 'a cookie-authenticated write must carry an Origin header (scripts: use an API token instead)'
      : `writes from ${origin} are not accepted: Waymark only takes cookie-authenticated writes from its own pages`,
  );
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
