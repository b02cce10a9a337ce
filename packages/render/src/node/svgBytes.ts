import type { SvgSink } from '../svg/writeSvg.js';

/** An SVG document written as UTF-8 straight into a buffer, reused document after document. */
export interface SvgBytes extends SvgSink {
  /** Empties the buffer for the next document. */
  reset(): void;
  /** What was written since the last reset: a view of the buffer, valid until the next reset. */
  bytes(): Buffer;
}

/**
 * A sink for writeSvgPieces that encodes each piece into one growing buffer. resvg reads the
 * buffer as it is, where a string would be flattened, measured and copied to UTF-8 first, and
 * every strip of a big PNG would leave megabytes of string for the garbage collector.
 */
export function createSvgBytes(initialSize = 1 << 20): SvgBytes {
  let buffer = Buffer.allocUnsafe(initialSize);
  let length = 0;
  return {
    push(piece) {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8; then the newline.
      const needed = length + 3 * piece.length + 1;
      if (needed > buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(needed, 2 * buffer.length));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      length += buffer.write(piece, length);
      buffer[length] = 0x0a;
      length += 1;
    },
    reset() {
      length = 0;
    },
    bytes() {
      return buffer.subarray(0, length);
    },
  };
}
