import { describe, expect, it } from 'vitest';
import { createSvgBytes } from './svgBytes.js';

describe('createSvgBytes', () => {
  it('holds the pieces as UTF-8, each followed by a newline, growing as needed', () => {
    const svg = createSvgBytes(4);
    const pieces = ['<svg>', '<title>春节 😀 &amp;</title>', 'x'.repeat(5000), '</svg>'];
    for (const piece of pieces) svg.push(piece);
    expect(svg.bytes().toString('utf8')).toBe(`${pieces.join('\n')}\n`);
  });

  it('starts again empty after a reset', () => {
    const svg = createSvgBytes();
    svg.push('<old/>');
    svg.reset();
    svg.push('<new/>');
    expect(svg.bytes().toString('utf8')).toBe('<new/>\n');
  });
});
