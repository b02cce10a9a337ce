// The browser's check of an avatar file before it is sent: the same limits the server holds
// (routes/api/personas/avatars.ts checks the bytes again; this one saves a slow, failing upload).

export const avatarFileTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const avatarFileMaxBytes = 512 * 1024;

/** Why the file cannot be an avatar, in words; undefined when it can. */
export function avatarFileProblem(file: {
  readonly type: string;
  readonly size: number;
  readonly name: string;
}): string | undefined {
  if (!(avatarFileTypes as readonly string[]).includes(file.type))
    return `${file.name} is not a PNG, JPEG or WebP image.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > avatarFileMaxBytes)
    return `${file.name} is ${Math.ceil(file.size / 1024)} KB; an avatar can be at most 512 KB.`;
  return undefined;
}
