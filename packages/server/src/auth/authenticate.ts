import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { AccessCache, Membership } from './accessCache.js';
import { userForApiToken } from './apiTokens.js';
import type { Auth } from './createAuth.js';
import { toWebHeaders } from './webRequest.js';

/** Who is making a request, and how they proved it. */
export interface Principal {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  /** `token` for API tokens (scripts, CI), `session` for the browser's cookie. */
  readonly via: 'session' | 'token';
}

/** Who made a request and, when found on the way, their membership of the workspace in its URL. */
export interface Authenticated {
  readonly principal: Principal;
  /** Looked up with an API token (null: not a member); absent when not looked up. */
  readonly membership?: Membership | null;
}

/**
 * Finds the principal of a request: a bearer API token first, else the session cookie. With the
 * URL's workspace, a token's membership of it comes in the same query (see userForApiToken), or
 * both from `cache`.
 */
export async function authenticate(
  request: FastifyRequest,
  db: Kysely<Database>,
  auth: Auth,
  workspaceSlug?: string,
  cache?: AccessCache,
): Promise<Authenticated | undefined> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (match?.[1] === undefined)
      throw ApiError.unauthenticated('the Authorization header must be `Bearer <API token>`');
    const user = await userForApiToken(db, match[1], workspaceSlug, cache);
    if (user === undefined)
      throw ApiError.unauthenticated('the API token is unknown, revoked or expired; create a new one');
    const principal: Principal = { userId: user.id, name: user.name, email: user.email, via: 'token' };
    return user.membership === undefined ? { principal } : { principal, membership: user.membership };
  }
  if (request.headers.cookie === undefined) return undefined;
  const session = await auth.api.getSession({ headers: toWebHeaders(request) });
  if (session === null) return undefined;
  return {
    principal: {
      userId: session.user.id,
      name: session.user.name,
      email: session.user.email,
      via: 'session',
    },
  };
}
