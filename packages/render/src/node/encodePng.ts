import { crc32, createDeflate } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Rows of RGBA pixels (opaque) as PNG scanlines: RGB, filter byte 0. */
export function scanlines(rgba: Uint8Array, width: number, rows: number): Buffer {
  const stride = 1 + 3 * width;
  const out = Buffer.alloc(stride * rows);
  for (let row = 0; row < rows; row += 1) {
    let from = row * width * 4;
    let to = row * stride + 1;
    for (let x = 0; x < width; x += 1) {
      out[to] = rgba[from] ?? 0;
      out[to + 1] = rgba[from + 1] ?? 0;
      out[to + 2] = rgba[from + 2] ?? 0;
      from += 4;
      to += 3;
    }
  }
  return out;
}

/**
 * A PNG (8-bit RGB) from scanlines delivered strip by strip, compressed as they come, so a
 * big image never sits in memory uncompressed. Deterministic: the same pixels give the same bytes.
 */
export async function encodePng(
  width: number,
  height: number,
  strips: AsyncIterable<Buffer>,
): Promise<Uint8Array> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const deflate = createDeflate({ level: 6 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  for await (const strip of strips) {
    if (!deflate.write(strip)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(compressed)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
