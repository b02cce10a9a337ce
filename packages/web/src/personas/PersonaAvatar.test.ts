import { describe, expect, it } from 'vitest';
import { textOn } from './PersonaAvatar';

describe('the avatar’s initials colour', () => {
  it('is white on dark colours and black on light ones', () => {
    expect(textOn('#1f3a93')).toBe('#ffffff');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#f2c14e')).toBe('#000000');
    expect(textOn('#ffffff')).toBe('#000000');
  });
});
