import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbText } from '../../../../test/arbitraries.js';
import { measureText, type TextStyle } from './measure.js';
import { wrapText } from './wrap.js';

const body: TextStyle = { size: 13, weight: 400 };
const graphemeCount = (text: string) =>
  Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)).length;
const squeeze = (text: string) => text.replace(/\s+/g, '');

const arbStyle = fc.record({
  size: fc.integer({ min: 10, max: 32 }),
  weight: fc.constantFrom(400 as const, 600 as const, 700 as const),
  italic: fc.boolean(),
});
const arbAnyText = fc.oneof(
  arbText(200),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom(
    '春节快乐，买一件冬衣。我们在网上比较价格，然后去商店。',
    'https://example.com/a/very/long/path?with=query&and=more',
  ),
);

describe('wrapText', () => {
  it('never makes a line wider than the width, unless it is a single character', () => {
    fc.assert(
      fc.property(arbAnyText, fc.integer({ min: 4, max: 400 }), arbStyle, (text, width, style) => {
        for (const line of wrapText(text, { ...style, width })) {
          if (graphemeCount(line) > 1) expect(measureText(line, style)).toBeLessThanOrEqual(width);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every character when it grows to fit', () => {
    fc.assert(
      fc.property(arbAnyText, fc.integer({ min: 20, max: 400 }), (text, width) => {
        expect(squeeze(wrapText(text, { ...body, width }).join(''))).toBe(squeeze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('breaks at spaces when words fit', () => {
    const lines = wrapText('Searches the shop and finds jackets at four hundred dollars', {
      ...body,
      width: 120,
    });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toBe(line.trim());
    expect(lines.join(' ')).toBe('Searches the shop and finds jackets at four hundred dollars');
  });

  it('breaks an over-long word by character, preferring punctuation in a URL', () => {
    const url = 'https://shop.example.com/winter/jackets/down-parka-extra-warm';
    const lines = wrapText(url, { ...body, width: 150 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/.-]$/);
    const compound = 'Donaudampfschifffahrtsgesellschaftskapitänsmütze';
    const parts = wrapText(compound, { ...body, width: 90 });
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(compound);
  });

  it('wraps CJK text between any characters and keeps closing punctuation on the line', () => {
    const text = '春节快乐，买一件冬衣。我们在网上比较价格，然后去商店。';
    const lines = wrapText(text, { ...body, width: 60 });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(line.startsWith('，')).toBe(false);
      expect(line.startsWith('。')).toBe(false);
      expect(measureText(line, body)).toBeLessThanOrEqual(60);
    }
  });

  it('honours explicit newlines', () => {
    expect(wrapText('line one\nline two', { ...body, width: 500 })).toEqual(['line one', 'line two']);
  });

  it('cuts at maxLines with an ellipsis only when asked', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const cut = wrapText(text, { ...body, width: 80, maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
    expect(measureText(cut[1] ?? '', body)).toBeLessThanOrEqual(80);
    expect(wrapText(text, { ...body, width: 80 }).length).toBeGreaterThan(2);
  });
});

describe('measureText', () => {
  it('measures Inter widths per weight and CJK at one em', () => {
    const regular = measureText('Winter jacket', body);
    const bold = measureText('Winter jacket', { size: 13, weight: 700 });
    expect(regular).toBeGreaterThan(60);
    expect(regular).toBeLessThan(100);
    expect(bold).toBeGreaterThan(regular);
    expect(measureText('春节', body)).toBe(26);
    expect(measureText('', body)).toBe(0);
  });

  it('scales with the size', () => {
    expect(measureText('Checkout', { size: 26, weight: 400 })).toBeCloseTo(2 * measureText('Checkout', body));
  });
});
