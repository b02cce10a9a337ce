import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { renderPdf } from './pdf.js';
import { renderPng } from './png.js';

describe('PNG and PDF for any journey', () => {
  it('never throw and write valid files, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(arbJourney({ maxStages: 3, maxSteps: 3 }), async (journey) => {
        const png = await renderPng(journey, { stripPixels: 500_000 });
        expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
        const pdf = await renderPdf(journey);
        expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
      }),
      { numRuns: 12 },
    );
  });
});
