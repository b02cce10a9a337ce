import type { Kysely } from 'kysely';
import { newId, now } from '../db/rows.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { AccessCache, Membership, TokenGrant } from './accessCache.js';
import { hashToken, looksLikeToken, newSecretToken } from './secretToken.js';

export interface ApiTokenSummary {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
}

/** Personal API tokens for scripts and CI: shown once, stored hashed, revocable. */
export async function createApiToken(
  db: Kysely<Database>,
  userId: string,
  name: string,
  expiresAt: string | null,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const secret = newSecretToken('api');
  const row = {
    id: newId(),
    userId,
    name,
    prefix: secret.prefix,
    tokenHash: secret.hash,
    createdAt: now(),
    expiresAt,
    lastUsedAt: null,
    revokedAt: null,
  };
  await db.insertInto('apiToken').values(row).execute();
  return { token: secret.token, summary: summarise(row) };
}

export async function listApiTokens(db: Kysely<Database>, userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db
    .selectFrom('apiToken')
    .selectAll()
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map(summarise);
}

export async function revokeApiToken(db: Kysely<Database>, userId: string, tokenId: string): Promise<void> {
  const result = await db
    .updateTable('apiToken')
    .set({ revokedAt: now() })
    .where('id', '=', tokenId)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw ApiError.notFound(`no API token ${tokenId}`);
}

/** How often `lastUsedAt` is written: not on every request, which would turn reads into writes. */
const lastUsedResolution = 60_000;

/** The account an API token acts for. */
export interface TokenUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /**
   * With a workspace asked for: the account's membership of it, or null when it is not a member
   * (or there is no such workspace). Absent when it was not looked up (no workspace asked for, or
   * the token came from the cache without that membership: authorize looks it up).
   */
  readonly membership?: Membership | null;
}

/**
 * The user a bearer token belongs to, or undefined when it is unknown, revoked or expired, or its
 * account is gone. This runs on every API request: with `cache`, a token (and the membership)
 * looked up in the last seconds costs no query; otherwise one query — the token joined to its
 * user and, for a request under a workspace, to the user's membership of it.
 */
export async function userForApiToken(
  db: Kysely<Database>,
  token: string,
  workspaceSlug?: string,
  cache?: AccessCache,
): Promise<TokenUser | undefined> {
  if (!looksLikeToken('api', token)) return undefined;
  const tokenHash = hashToken(token);
  const generation = cache?.generation ?? 0;
  const cached = cache?.token(tokenHash);
  const found =
    cached === undefined
      ? await lookUpToken(db, tokenHash, workspaceSlug)
      : {
          grant: cached,
          membership:
            workspaceSlug === undefined ? undefined : cache?.membership(cached.user.id, workspaceSlug),
        };
  if (found === undefined) return undefined;
  const { grant, membership } = found;
  const at = now();
  if (grant.expiresAt !== null && grant.expiresAt <= at) return undefined;
  if (grant.lastUsedAt === null || Date.parse(at) - Date.parse(grant.lastUsedAt) > lastUsedResolution) {
    await db.updateTable('apiToken').set({ lastUsedAt: at }).where('id', '=', grant.tokenId).execute();
    grant.lastUsedAt = at;
  }
  if (cached === undefined && cache !== undefined) {
    cache.keepToken(tokenHash, generation, grant);
    if (workspaceSlug !== undefined && membership)
      cache.keepMembership(grant.user.id, workspaceSlug, generation, membership);
  }
  return membership === undefined ? grant.user : { ...grant.user, membership };
}

/** The token's grant (if it is not revoked) and, with a workspace, its user's membership of it. */
async function lookUpToken(
  db: Kysely<Database>,
  tokenHash: string,
  workspaceSlug: string | undefined,
): Promise<{ grant: TokenGrant; membership: Membership | null | undefined } | undefined> {
  const row = await db
    .selectFrom('apiToken')
    .innerJoin('user', 'user.id', 'apiToken.userId')
    .leftJoin('workspace', (join) => join.on('workspace.slug', '=', workspaceSlug ?? null))
    .leftJoin('workspaceMember', (join) =>
      join
        .onRef('workspaceMember.workspaceId', '=', 'workspace.id')
        .onRef('workspaceMember.userId', '=', 'user.id'),
    )
    .select([
      'apiToken.id as tokenId',
      'apiToken.expiresAt',
      'apiToken.revokedAt',
      'apiToken.lastUsedAt',
      'user.id as userId',
      'user.name',
      'user.email',
      'workspace.id as workspaceId',
      'workspace.slug as workspaceSlug',
      'workspace.name as workspaceName',
      'workspace.createdAt as workspaceCreatedAt',
      'workspace.createdBy as workspaceCreatedBy',
      'workspaceMember.role',
    ])
    .where('apiToken.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined || row.revokedAt !== null) return undefined;
  const grant: TokenGrant = {
    tokenId: row.tokenId,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    user: { id: row.userId, name: row.name, email: row.email },
  };
  if (workspaceSlug === undefined) return { grant, membership: undefined };
  const membership =
    row.role !== null &&
    row.workspaceId !== null &&
    row.workspaceSlug !== null &&
    row.workspaceName !== null &&
    row.workspaceCreatedAt !== null
      ? {
          workspace: {
            id: row.workspaceId,
            slug: row.workspaceSlug,
            name: row.workspaceName,
            createdAt: row.workspaceCreatedAt,
            createdBy: row.workspaceCreatedBy,
          },
          role: row.role,
        }
      : null;
  return { grant, membership };
}

function summarise(row: {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
  };
}
