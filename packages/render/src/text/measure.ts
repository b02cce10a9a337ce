import { interMetrics, interUnitsPerEm, metricsDigits } from './interMetrics.js';

export type FontWeight = 400 | 600 | 700;

/** How a run of text is set: size in px, weight, and italic for quotes. */
export interface TextStyle {
  readonly size: number;
  readonly weight: FontWeight;
  readonly italic?: boolean;
}

type FaceKey = keyof typeof interMetrics;

const NO_GLYPH = 0xffff;
/** Width of a code point Inter has no glyph for and that is neither wide nor an emoji. */
const UNKNOWN_EM = 0.65;
/** Wide (CJK) code points render with Noto Sans SC at one em. */
const WIDE_EM = 1;
/** Emoji come from whatever colour font the viewer has; about 1.2 em is a safe bound. */
const EMOJI_EM = 1.2;

/** Decodes one face's table into advance widths indexed by code point (NO_GLYPH where absent). */
function decodeFace(blocks: (typeof interMetrics)[FaceKey]): Uint16Array {
  let end = 0;
  for (const [start, widths] of blocks) end = Math.max(end, start + widths.length / 2);
  const table = new Uint16Array(end).fill(NO_GLYPH);
  for (const [start, widths] of blocks) {
    for (let i = 0; i < widths.length; i += 2) {
      if (widths[i] === '~') continue;
      const high = metricsDigits.indexOf(widths[i] ?? '');
      const low = metricsDigits.indexOf(widths[i + 1] ?? '');
      table[start + i / 2] = high * 64 + low;
    }
  }
  return table;
}

/** Decoded once at load; read-only afterwards. */
const faces: Readonly<Record<FaceKey, Uint16Array>> = {
  regular: decodeFace(interMetrics.regular),
  semibold: decodeFace(interMetrics.semibold),
  bold: decodeFace(interMetrics.bold),
  italic: decodeFace(interMetrics.italic),
};

function faceFor(style: TextStyle): Uint16Array {
  if (style.italic) return faces.italic;
  if (style.weight === 700) return faces.bold;
  if (style.weight === 600) return faces.semibold;
  return faces.regular;
}

/** East Asian wide code points: CJK ideographs, kana, Hangul, full-width forms. */
export function isWideCodePoint(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3040 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0000 && code <= 0xe01ef)
  );
}

function isEmoji(code: number): boolean {
  return (code >= 0x1f000 && code <= 0x1faff) || (code >= 0x2600 && code <= 0x27bf);
}

/** Advance of one code point in em, as the layout measures it. */
export function advanceEm(code: number, style: TextStyle): number {
  return codePointEm(code, faceFor(style));
}

function codePointEm(code: number, face: Uint16Array): number {
  const units = code < face.length ? (face[code] ?? NO_GLYPH) : NO_GLYPH;
  if (units !== NO_GLYPH) return units / interUnitsPerEm;
  if (isZeroWidth(code)) return 0;
  if (isWideCodePoint(code)) return WIDE_EM;
  if (isEmoji(code)) return EMOJI_EM;
  return UNKNOWN_EM;
}

/**
 * Width in px of a single line of text set in Inter (CJK in Noto Sans SC). Kerning is
 * ignored, so the result is at least the rendered width for Latin text.
 */
export function measureText(text: string, style: TextStyle): number {
  return measureSlice(text, 0, text.length, style);
}

/** measureText of text.slice(start, end), without making the slice. */
export function measureSlice(text: string, start: number, end: number, style: TextStyle): number {
  return sliceEm(text, start, end, faceFor(style)) * style.size;
}

/** measureSlice in one style for many slices: the face is looked up once. */
export function sliceMeasurer(style: TextStyle): (text: string, start: number, end: number) => number {
  const face = faceFor(style);
  const size = style.size;
  return (text, start, end) => sliceEm(text, start, end, face) * size;
}

function sliceEm(text: string, start: number, end: number, face: Uint16Array): number {
  let em = 0;
  for (let i = start; i < end; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    em += codePointEm(code, face);
  }
  return em;
}

/** Whether the text has characters that need the CJK fallback font. */
export function hasWideText(text: string): boolean {
  for (const char of text) {
    if (isWideCodePoint(char.codePointAt(0) ?? 0)) return true;
  }
  return false;
}
