import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable', () => {
  it('escapes terminal control sequences and bidi overrides', () => {
    expect(printable('got \u001b[2Jgone')).toBe('got \\u{1b}[2Jgone');
    expect(printable('abc\u202edef')).toBe('abc\\u{202e}def');
  });

  it('keeps the text on one line', () => {
    expect(printable('one\ntwo\r\nthree\tfour')).toBe('one two three four');
  });

  it('leaves ordinary text, emoji and CJK alone', () => {
    expect(printable('Budget shopper 春节 🎉 <script>')).toBe('Budget shopper 春节 🎉 <script>');
  });
});
