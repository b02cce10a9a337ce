import { describe, expect, it } from 'vitest';
import { avatarMaxBytes, checkAvatar, sniffAvatarType } from './avatarImage.js';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = new TextEncoder().encode('RIFF\x10\x00\x00\x00WEBPVP8 ');

describe('avatar images', () => {
  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffAvatarType(png)).toBe('image/png');
    expect(sniffAvatarType(jpeg)).toBe('image/jpeg');
    expect(sniffAvatarType(webp)).toBe('image/webp');
    expect(sniffAvatarType(new TextEncoder().encode('<svg onload="alert(1)"/>'))).toBeUndefined();
    expect(sniffAvatarType(new TextEncoder().encode('GIF89a'))).toBeUndefined();
    expect(sniffAvatarType(new TextEncoder().encode('RIFF\x10\x00\x00\x00WAVE'))).toBeUndefined();
  });

  it('accepts a real image sent with its own type or as octet-stream', () => {
    expect(checkAvatar(png, 'image/png')).toEqual({ ok: true, type: 'image/png' });
    expect(checkAvatar(jpeg, 'application/octet-stream')).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkAvatar(webp, undefined)).toEqual({ ok: true, type: 'image/webp' });
  });

  it('refuses empty, oversized, disguised and mislabelled uploads with a reason', () => {
    expect(checkAvatar(new Uint8Array(), 'image/png')).toMatchObject({ ok: false, status: 400 });
    const big = new Uint8Array(avatarMaxBytes + 1);
    big.set(png);
    expect(checkAvatar(big, 'image/png')).toMatchObject({
      ok: false,
      status: 413,
      message: expect.stringContaining('512 KB'),
    });
    expect(checkAvatar(new TextEncoder().encode('<svg/>'), 'image/png')).toMatchObject({
      ok: false,
      status: 415,
    });
    expect(checkAvatar(png, 'image/jpeg')).toMatchObject({
      ok: false,
      status: 415,
      message: 'the avatar is sent as image/jpeg but its content is image/png',
    });
  });
});
