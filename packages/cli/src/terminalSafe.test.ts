import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminalSafe.js';

describe('terminalSafe', () => {
  it('escapes terminal control sequences and bidi overrides', () => {
    expect(terminalSafe('got \u001b[2Jgone')).toBe('got \\u{1b}[2Jgone');
    expect(terminalSafe('abc\u202edef')).toBe('abc\\u{202e}def');
  });

  it('keeps the text on one line', () => {
    expect(terminalSafe('one\ntwo\r\nthree\tfour')).toBe('one two three four');
  });

  it('leaves ordinary text, emoji and CJK alone', () => {
    expect(terminalSafe('Budget shopper 春节 🎉 <script>')).toBe('Budget shopper 春节 🎉 <script>');
  });
});
