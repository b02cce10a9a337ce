import { createHash, randomBytes } from 'node:crypto';

/**
 * An unguessable token (API token, share link, invitation): 256 random bits, shown once and
 * stored only as its SHA-256. A slow password hash buys nothing here: the tokens are random,
 * not chosen by people, so they cannot be guessed from a list.
 */
export interface SecretToken {
  /** The whole token, given to the person once. */
  readonly token: string;
  /** Its first characters, kept in the clear so lists can tell tokens apart. */
  readonly prefix: string;
  readonly hash: string;
}

/** Token kinds, by the prefix that makes them recognisable (and findable by secret scanners). */
export const tokenKinds = { api: 'wmk_', share: 'wms_', invitation: 'wmi_' } as const;
export type TokenKind = keyof typeof tokenKinds;

export function newSecretToken(kind: TokenKind): SecretToken {
  const token = `${tokenKinds[kind]}${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, 10), hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a string has the shape of a token of this kind (checked before any database lookup). */
export function looksLikeToken(kind: TokenKind, value: string): boolean {
  return value.startsWith(tokenKinds[kind]) && /^[A-Za-z0-9_-]{40,60}$/.test(value);
}
