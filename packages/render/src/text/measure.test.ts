import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureSlice, measureText, sliceMeasurer, type TextStyle } from './measure.js';

const arbStyle = fc.record({
  size: fc.integer({ min: 8, max: 40 }),
  weight: fc.constantFrom(400 as const, 600 as const, 700 as const),
  italic: fc.boolean(),
});

describe('measureSlice and sliceMeasurer', () => {
  it('measure a slice exactly as measureText measures the sliced text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        arbStyle,
        (text, a, b, style) => {
          const start = Math.min(a, b) % (text.length + 1);
          const end = Math.max(start, Math.max(a, b) % (text.length + 1));
          const expected = measureText(text.slice(start, end), style);
          expect(measureSlice(text, start, end, style)).toBe(expected);
          expect(sliceMeasurer(style)(text, start, end)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tell the faces apart', () => {
    const regular: TextStyle = { size: 13, weight: 400 };
    const measure = sliceMeasurer({ size: 13, weight: 700 });
    expect(measure('Checkout', 0, 8)).toBeGreaterThan(measureText('Checkout', regular));
  });
});
