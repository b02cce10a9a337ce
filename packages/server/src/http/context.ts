import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessCache, Membership } from '../auth/accessCache.js';
import type { Principal } from '../auth/authenticate.js';
import type { Auth } from '../auth/createAuth.js';
import type { LiveJourneys } from '../collab/liveJourneys.js';
import type { ServerConfig } from '../config.js';
import type { DatabaseKind } from '../db/openDatabase.js';
import type { Database } from '../db/schema.js';
import type { DocumentCache } from '../journeys/documentCache.js';
import type { JourneyHeadCache } from '../journeys/journeyHeadCache.js';
import { ApiError } from './ApiError.js';

/** The first-run state: the one-time setup token while no account exists yet. */
export interface FirstRun {
  token: string | undefined;
}

/** What every route needs, passed in (no module-level state). */
export interface ServerContext {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  readonly auth: Auth;
  readonly config: ServerConfig;
  readonly firstRun: FirstRun;
  /** Signs workspace backups, derived from the session secret (backup/archiveSignature.ts). */
  readonly backupKey: Buffer;
  /** Encoded journey documents by row and revision, for GETs (journeys/documentCache.ts). */
  readonly documents: DocumentCache;
  /**
   * Rendered SVG of shared maps by row and revision: the public map route draws a map once per
   * revision, not once per visitor (drawing a big map holds the event loop for tens of ms).
   */
  readonly sharedMaps: DocumentCache;
  /**
   * Current heads of recently read journeys, trusted while PostgreSQL's change notifications are
   * heard (journeys/journeyHeadCache.ts); unused on SQLite.
   */
  readonly heads: JourneyHeadCache;
  /** Recently looked-up API tokens and memberships (auth/accessCache.ts). */
  readonly access: AccessCache;
  /** Open live documents, which REST writes are written into (collab/liveJourneys.ts). */
  readonly live: LiveJourneys;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route changes API tokens, accounts, workspaces or memberships: its answers (to anything
     * but GET) are sent only after the access cache is emptied (app.ts, auth/accessCache.ts).
     */
    changesAccess?: boolean;
  }
  interface FastifyRequest {
    /** Who sent the request; null when no one signed in (set for every /api/v1 request). */
    principal: Principal | null;
    /**
     * The principal's membership of the workspace in the URL when authenticating found it (API
     * tokens; null: not a member); undefined when it was not looked up. Read by app.ts only.
     */
    tokenMembership: Membership | null | undefined;
  }
}

/** The signed-in principal, or a 401. */
export function requireUser(request: FastifyRequest): Principal {
  if (request.principal === null) throw ApiError.unauthenticated();
  return request.principal;
}
