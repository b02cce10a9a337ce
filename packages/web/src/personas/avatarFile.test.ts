import { describe, expect, it } from 'vitest';
import { avatarFileProblem } from './avatarFile';

describe('the avatar file check', () => {
  it('accepts PNG, JPEG and WebP up to 512 KB', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp'])
      expect(avatarFileProblem({ name: 'me', type, size: 512 * 1024 })).toBeUndefined();
  });

  it('names the file and the problem otherwise', () => {
    expect(avatarFileProblem({ name: 'logo.svg', type: 'image/svg+xml', size: 10 })).toBe(
      'logo.svg is not a PNG, JPEG or WebP image.',
    );
    expect(avatarFileProblem({ name: 'big.png', type: 'image/png', size: 600 * 1024 })).toBe(
      'big.png is 600 KB; an avatar can be at most 512 KB.',
    );
    expect(avatarFileProblem({ name: 'none.png', type: 'image/png', size: 0 })).toBe('none.png is empty.');
  });
});
