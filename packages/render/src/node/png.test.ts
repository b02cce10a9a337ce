import { inflateSync } from 'node:zlib';
import { Journey } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { largeJourney, richJourney, tinyJourney } from '../../../../test/golden/journeys.js';
import { layoutJourney } from '../layout/layoutJourney.js';
import { MAX_PNG_PIXELS, renderPng } from './png.js';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/** The raw scanlines of a PNG (all IDAT chunks inflated). */
function pixels(png: Uint8Array): Buffer {
  const bytes = Buffer.from(png);
  const data: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      data.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return inflateSync(Buffer.concat(data));
}

const titled = (title: string) =>
  Journey.parse({
    id: 'cjk',
    title,
    personas: [{ id: 'p', name: 'Pat' }],
    stages: [{ id: 's', name: 'Stage', steps: [{ id: 'a', name: 'Step' }] }],
  });

describe('renderPng', () => {
  it('writes a PNG the size of the map', async () => {
    const png = await renderPng(tinyJourney());
    expect([...png.slice(0, 8)]).toEqual(signature);
    const layout = layoutJourney(tinyJourney());
    expect(size(png)).toEqual({ width: layout.width, height: layout.height });
  });

  it('scales for print', async () => {
    const layout = layoutJourney(tinyJourney());
    const png = await renderPng(tinyJourney(), { scale: 2 });
    expect(size(png)).toEqual({ width: layout.width * 2, height: layout.height * 2 });
  });

  it('scales huge maps down to a bounded number of pixels', async () => {
    const journey = largeJourney(2, 3, 2, 2);
    const png = await renderPng(journey, { scale: 8 });
    const { width, height } = size(png);
    expect(width * height).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.01);
    expect(width).toBeGreaterThan(layoutJourney(journey).width);
  });

  it('fits the map onto a landscape page', async () => {
    const png = await renderPng(richJourney(), { page: 'a4' });
    expect(size(png)).toEqual({ width: 1123, height: 794 });
  });

  it('draws CJK text with the bundled CJK font instead of nothing', async () => {
    // U+20000 measures like a CJK character but no bundled font has it: same layout, no glyph.
    const cjk = await renderPng(titled('春节快乐'));
    const missing = await renderPng(titled('\u{20000}\u{20000}\u{20000}\u{20000}'));
    expect(layoutJourney(titled('春节快乐')).height).toBe(
      layoutJourney(titled('\u{20000}\u{20000}\u{20000}\u{20000}')).height,
    );
    expect(Buffer.from(cjk).equals(Buffer.from(missing))).toBe(false);
  });

  it('draws the same picture however many strips it takes (no seams)', async () => {
    const whole = pixels(await renderPng(richJourney(), { stripPixels: 100_000_000 }));
    const strips = pixels(await renderPng(richJourney(), { stripPixels: 100_000 }));
    expect(strips.length).toBe(whole.length);
    let differing = 0;
    let largest = 0;
    for (let i = 0; i < whole.length; i += 1) {
      const delta = Math.abs((whole[i] ?? 0) - (strips[i] ?? 0));
      if (delta > 0) differing += 1;
      largest = Math.max(largest, delta);
    }
    // resvg antialiases shapes that cross the canvas edge a shade differently; nothing more.
    expect(differing / whole.length).toBeLessThan(0.0005);
    expect(largest).toBeLessThanOrEqual(64);
  });

  it('is deterministic', async () => {
    expect(
      Buffer.from(await renderPng(tinyJourney())).equals(Buffer.from(await renderPng(tinyJourney()))),
    ).toBe(true);
  });

  it('rejects a scale it cannot honour', async () => {
    await expect(renderPng(tinyJourney(), { scale: 0 })).rejects.toThrow(/scale must be a number above 0/);
  });
});
