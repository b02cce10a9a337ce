import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Archives are signed so a restore can tell a backup this server made (or one sharing its
 * secret) from a file anyone could have written. Only a signed archive is trusted with
 * identities: members, authors and actors, matched by email. The key is derived from the
 * session secret (`readSecret`) for this one purpose, so a signature never doubles as
 * anything else the secret signs.
 */
export function backupSigningKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('waymark-workspace-backup-signature-v1').digest();
}

const scheme = 'hmac-sha256:';

/** The signature of an archive's text (manifest and records, every byte before the end line). */
export function signArchiveText(key: Buffer, text: string): string {
  return `${scheme}${createHmac('sha256', key).update(text, 'utf8').digest('base64url')}`;
}

/** Whether `signature` is this key's signature of `text` (compared in constant time). */
export function verifyArchiveText(key: Buffer, text: string, signature: string): boolean {
  const expected = Buffer.from(signArchiveText(key, text));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
