import { Journey } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { richJourney, tinyJourney } from '../../../../test/golden/journeys.js';
import { layoutJourney } from '../layout/layoutJourney.js';
import { renderPdf } from './pdf.js';

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

/**
 * The text drawn on the page, read back through each font's ToUnicode map (pdfkit writes
 * glyph ids, so this is what a viewer's search and copy see). Needs an uncompressed PDF.
 */
function pageText(pdf: Uint8Array): string {
  const source = latin1(pdf);
  const object = (id: string) => new RegExp(`\\n${id} 0 obj\\n([\\s\\S]*?)\\nendobj`).exec(source)?.[1] ?? '';
  const fonts = new Map<string, Map<number, string>>();
  for (const [, name, id] of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const unicode = /\/ToUnicode (\d+) 0 R/.exec(object(id ?? ''))?.[1];
    if (!name || !unicode || fonts.has(name)) continue;
    const map = new Map<number, string>();
    for (const [, start, codes] of object(unicode).matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/g)) {
      [...(codes ?? '').matchAll(/<([0-9a-f]+)>/g)].forEach(([, hex], i) => {
        map.set(Number.parseInt(start ?? '0', 16) + i, String.fromCharCode(Number.parseInt(hex ?? '0', 16)));
      });
    }
    fonts.set(name, map);
  }
  let font = new Map<number, string>();
  const lines: string[] = [];
  for (const [, name, array] of source.matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-f]+>|[\s\d.-])*)\] TJ/g)) {
    if (name) font = fonts.get(name) ?? new Map();
    if (array === undefined) continue;
    let line = '';
    for (const [, hex] of array.matchAll(/<([0-9a-f]+)>/g)) {
      for (let i = 0; i < (hex ?? '').length; i += 4)
        line += font.get(Number.parseInt((hex ?? '').slice(i, i + 4), 16)) ?? '?';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

describe('renderPdf', () => {
  it('writes a PDF one page the size of the map', async () => {
    const pdf = await renderPdf(tinyJourney());
    expect(latin1(pdf.slice(0, 5))).toBe('%PDF-');
    expect(latin1(pdf.slice(-6))).toContain('%%EOF');
    const layout = layoutJourney(tinyJourney());
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(latin1(pdf));
    expect(Number(box?.[1])).toBeCloseTo(layout.width * 0.75, 1);
    expect(Number(box?.[2])).toBeCloseTo(layout.height * 0.75, 1);
    expect(latin1(pdf).match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('draws its text as real, searchable text with the fonts embedded', async () => {
    const pdf = await renderPdf(richJourney(), { compress: false });
    const text = pageText(pdf);
    expect(text).toContain('Buying a winter jacket online');
    expect(text).toContain('Cannot tell if the price is');
    expect(text).toContain('李明');
    expect(latin1(pdf)).toMatch(/\/FontName \/[A-Z]{6}\+Inter/);
    expect(latin1(pdf)).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC/);
  });

  it('leaves the CJK font out when no text needs it', async () => {
    const pdf = await renderPdf(tinyJourney(), { compress: false });
    expect(latin1(pdf)).not.toContain('NotoSansSC');
  });

  it('is deterministic: same bytes, dated by the last review', async () => {
    const a = await renderPdf(richJourney());
    const b = await renderPdf(richJourney());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(latin1(a)).toContain('\n(D:20261001000000Z)\n');
  });

  it('fits the map onto a landscape page', async () => {
    const pdf = await renderPdf(richJourney(), { page: 'a3' });
    expect(latin1(pdf)).toMatch(/\/MediaBox \[0 0 1190\.55 841\.89\]/);
  });

  it('keeps hostile text as text', async () => {
    const journey = Journey.parse({ id: 'x', title: '<script>alert(1)</script> (and a paren', stages: [] });
    const text = pageText(await renderPdf(journey, { compress: false }));
    expect(text).toContain('<script>alert(1)</script> (and a paren');
  });
});
