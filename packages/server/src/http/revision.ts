import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './ApiError.js';

/** A revision as an entity tag: `"7"`. */
export function etag(revision: number): string {
  return `"${revision}"`;
}

/** Sets `ETag` for a resource at this revision. */
export function sendRevision(reply: FastifyReply, revision: number): void {
  void reply.header('ETag', etag(revision));
}

/**
 * Whether `If-None-Match` names this revision (or is `*`), so the client's copy is current and a
 * 304 answers. Comparison is weak, as RFC 9110 says for If-None-Match: `W/"7"` matches too.
 */
export function clientHasRevision(request: FastifyRequest, revision: number): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag(revision));
}

/**
 * The revision a write was based on, from `If-Match` (`"7"`, `W/"7"` or `7`). Writes must say it:
 * without it there is no telling a deliberate overwrite from a lost update.
 */
export function expectedRevision(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '')
    throw ApiError.preconditionRequired(
      'send the revision your change is based on as If-Match (the ETag of your last GET), so no one else’s edit is overwritten',
    );
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (match?.[1] === undefined)
    throw ApiError.invalid(`If-Match must be a revision like "7" (the ETag of a GET), got ${header}`);
  return Number(match[1]);
}

/** The 409 for a write based on an old revision: it carries the current one. */
export function staleRevision(what: string, expected: number, current: number): ApiError {
  return ApiError.conflict(
    `${what} has changed since revision ${expected}: it is now at revision ${current}. Get it again, reapply your change and send If-Match: "${current}".`,
    { currentRevision: current },
  );
}
