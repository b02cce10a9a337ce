import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { copyToScanlines, encodePng } from './encodePng.js';

/** RGBA pixels, opaque, each pixel's red its column and green its row. */
function block(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rgba.set([x, y, 7, 255], (y * width + x) * 4);
  }
  return rgba;
}

describe('copyToScanlines', () => {
  it('copies a block of pixels, as RGB, to its place after each row filter byte', () => {
    const scanlines = new Uint8Array((1 + 3 * 4) * 3).fill(9);
    // From a 5×4 block, the 2×2 pixels at (1, 2), to column 2, row 1 of a 4-pixel-wide image.
    copyToScanlines({ rgba: block(5, 4), width: 5, x: 1, y: 2, cols: 2, rows: 2 }, scanlines, 4, 2, 1);
    const row = (index: number) => [...scanlines.subarray(index * 13, index * 13 + 13)];
    expect(row(0)).toEqual(Array(13).fill(9));
    expect(row(1)).toEqual([9, 9, 9, 9, 9, 9, 9, 1, 2, 7, 2, 2, 7]);
    expect(row(2)).toEqual([9, 9, 9, 9, 9, 9, 9, 1, 3, 7, 2, 3, 7]);
  });

  it('copies wide rows four pixels at a time and the rest one by one, to the same bytes', () => {
    const width = 12;
    const scanlines = new Uint8Array(1 + 3 * width).fill(9);
    copyToScanlines({ rgba: block(11, 1), width: 11, x: 1, y: 0, cols: 10, rows: 1 }, scanlines, width, 1, 0);
    const expected = [9, 9, 9, 9, ...Array.from({ length: 10 }, (_, i) => [i + 1, 0, 7]).flat(), 9, 9, 9];
    expect([...scanlines]).toEqual(expected);
  });
});

describe('encodePng', () => {
  it('writes the bands it is given as one image, and may be given the same buffer again', async () => {
    const width = 3;
    const band = new Uint8Array(2 * (1 + 3 * width));
    async function* bands() {
      for (let index = 0; index < 3; index += 1) {
        band.fill(index * 10 + 1);
        for (let row = 0; row < 2; row += 1) band[row * (1 + 3 * width)] = 0;
        yield band;
      }
    }
    const png = Buffer.from(await encodePng(width, 6, bands()));
    expect(png.readUInt32BE(16)).toBe(3);
    expect(png.readUInt32BE(20)).toBe(6);
    const idat = png.indexOf('IDAT');
    const pixels = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect([...pixels]).toEqual(
      [1, 11, 21].flatMap((value) => [...[0, ...Array(9).fill(value)], ...[0, ...Array(9).fill(value)]]),
    );
  });
});
