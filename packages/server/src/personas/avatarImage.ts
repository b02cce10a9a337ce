// What an uploaded persona avatar may be: a small PNG, JPEG or WebP, known by its first bytes
// (never by the name or the Content-Type the client claims), so what is served as image/png is one.

export const avatarTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type AvatarType = (typeof avatarTypes)[number];

/** The largest avatar the server keeps: plenty for a 512 px photo, small enough to send with every card. */
export const avatarMaxBytes = 512 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, index) => bytes[at + index] === byte);

/** The image type the bytes begin with, or undefined when they are none of the accepted ones. */
export function sniffAvatarType(bytes: Uint8Array): AvatarType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return undefined;
}

export type AvatarCheck =
  | { readonly ok: true; readonly type: AvatarType }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string };

/** Checks an upload: not empty, not too large, and really the PNG, JPEG or WebP it says it is. */
export function checkAvatar(bytes: Uint8Array, declared: string | undefined): AvatarCheck {
  if (bytes.length === 0)
    return { ok: false, status: 400, message: 'the avatar is empty; send the image as the body' };
  if (bytes.length > avatarMaxBytes)
    return {
      ok: false,
      status: 413,
      message: `the avatar is ${kilobytes(bytes.length)}; the largest accepted is ${kilobytes(avatarMaxBytes)}`,
    };
  const type = sniffAvatarType(bytes);
  if (type === undefined)
    return {
      ok: false,
      status: 415,
      message: 'the avatar is not a PNG, JPEG or WebP image (checked by its content)',
    };
  const claimed = declared?.split(';')[0]?.trim().toLowerCase();
  if (claimed !== undefined && claimed !== 'application/octet-stream' && claimed !== type)
    return { ok: false, status: 415, message: `the avatar is sent as ${claimed} but its content is ${type}` };
  return { ok: true, type };
}

const kilobytes = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;
