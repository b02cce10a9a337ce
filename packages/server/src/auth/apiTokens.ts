import type { Kysely } from 'kysely';
import { newId, now } from '../db/rows.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
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
}

/**
 * The user a bearer token belongs to, or undefined when it is unknown, revoked or expired, or its
 * account is gone. One query (token joined to its user): this runs on every API request.
 */
export async function userForApiToken(db: Kysely<Database>, token: string): Promise<TokenUser | undefined> {
  if (!looksLikeToken('api', token)) return undefined;
  const row = await db
    .selectFrom('apiToken')
    .innerJoin('user', 'user.id', 'apiToken.userId')
    .select([
      'apiToken.id as tokenId',
      'apiToken.expiresAt',
      'apiToken.revokedAt',
      'apiToken.lastUsedAt',
      'user.id as userId',
      'user.name',
      'user.email',
    ])
    .where('apiToken.tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  if (row === undefined || row.revokedAt !== null) return undefined;
  const at = now();
  if (row.expiresAt !== null && row.expiresAt <= at) return undefined;
  if (row.lastUsedAt === null || Date.parse(at) - Date.parse(row.lastUsedAt) > lastUsedResolution)
    await db.updateTable('apiToken').set({ lastUsedAt: at }).where('id', '=', row.tokenId).execute();
  return { id: row.userId, name: row.name, email: row.email };
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
