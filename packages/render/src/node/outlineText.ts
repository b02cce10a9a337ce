import * as fontkit from 'fontkit';
import type { TextItem } from '../scene/scene.js';
import { escapeXml } from '../svg/escapeXml.js';
import { formatNumber as n } from '../svg/writeSvg.js';
import { advanceEm, isWideCodePoint } from '../text/measure.js';
import type { fontFiles } from './fonts.js';
import { simplifyOutline } from './simplifyOutline.js';

/** A glyph outline as relative path data from the glyph's origin, in font units (y up). */
interface GlyphOutline {
  readonly d: string;
  /** Where the current point is after `d` (the start of the last subpath), from the origin. */
  readonly endX: number;
  readonly endY: number;
}

interface Face {
  readonly font: fontkit.Font;
  /** Read once: fontkit computes it on every access. */
  readonly unitsPerEm: number;
  /** Code point → its outline (undefined: nothing to draw). */
  readonly outlines: Map<number, GlyphOutline | undefined>;
}

/** Outlines are written on a grid of 8 font units (0.05 px at 13 px, 0.12 px at 30 px). */
const QUANTUM = 8;
const r = (value: number) => Math.round(value);

/** fontkit's absolute commands as relative SVG path data. */
function outline(font: fontkit.Font, codePoint: number): GlyphOutline | undefined {
  if (!font.hasGlyphForCodePoint(codePoint)) return undefined;
  // Simplified within the grid the outline is written on anyway.
  const commands = simplifyOutline(font.glyphForCodePoint(codePoint).path.commands, QUANTUM);
  if (commands.length === 0) return undefined;
  let d = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // Track the quantised point, so rounding never accumulates along a contour.
  const rel = (ax: number, ay: number) =>
    `${r(ax / QUANTUM) - r(x / QUANTUM)} ${r(ay / QUANTUM) - r(y / QUANTUM)}`;
  for (const { command, args } of commands) {
    const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0] = args;
    if (command === 'moveTo') {
      d += `m${rel(a, b)}`;
      x = a;
      y = b;
      startX = a;
      startY = b;
    } else if (command === 'lineTo') {
      d += `l${rel(a, b)}`;
      x = a;
      y = b;
    } else if (command === 'quadraticCurveTo') {
      d += `q${rel(a, b)} ${rel(c, e)}`;
      x = c;
      y = e;
    } else if (command === 'bezierCurveTo') {
      d += `c${rel(a, b)} ${rel(c, e)} ${rel(f, g)}`;
      x = f;
      y = g;
    } else {
      d += 'z';
      x = startX;
      y = startY;
    }
  }
  return { d, endX: x, endY: y };
}

/**
 * Draws text items as glyph outlines from the bundled fonts, for resvg: resvg re-reads a font
 * file for every glyph it shapes, which makes big maps take seconds. Each run of text becomes
 * one path (glyphs in font units, relative commands, cached per glyph). Advances are the ones
 * the layout measured with (no kerning), so text lands exactly where the layout put it.
 * (Placing glyphs with <use> makes the SVG six times smaller, but resvg makes a group and a
 * path of every <use>: no faster to parse, slower to fill, and quadratic when the definitions
 * come after their uses.)
 */
export function createTextOutliner(
  files: ReturnType<typeof fontFiles>,
  withCjk: boolean,
): (item: TextItem) => string {
  const open = (path: string): Face => {
    const font = fontkit.openSync(path);
    return { font, unitsPerEm: font.unitsPerEm, outlines: new Map() };
  };
  const faces = {
    regular: open(files.regular),
    semibold: open(files.semibold),
    bold: open(files.bold),
    italic: open(files.italic),
    cjk: withCjk ? open(files.cjk) : undefined,
  };
  const faceFor = (item: TextItem, wide: boolean): Face => {
    if (wide && faces.cjk) return faces.cjk;
    if (item.italic) return faces.italic;
    return item.weight === 700 ? faces.bold : item.weight === 600 ? faces.semibold : faces.regular;
  };
  const glyph = (face: Face, code: number) => {
    if (!face.outlines.has(code)) face.outlines.set(code, outline(face.font, code));
    return face.outlines.get(code);
  };

  return (item) => {
    const out: string[] = [];
    item.lines.forEach((line, index) => {
      let em = 0;
      for (let i = 0; i < line.length; i += 1) {
        const code = line.codePointAt(i) ?? 0;
        if (code > 0xffff) i += 1;
        em += advanceEm(code, item);
      }
      const total = em * item.size;
      let x =
        item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - total / 2 : item.x - total;
      const baseline = item.y + index * item.lineHeight;
      let run: { face: Face; x: number; d: string; pen: number; curX: number; curY: number } | undefined;
      const flush = () => {
        if (run && run.d !== '') {
          const scale = (item.size * QUANTUM) / run.face.unitsPerEm;
          out.push(
            `<path transform="translate(${n(run.x)} ${n(baseline)}) scale(${scale.toFixed(6)} ${(-scale).toFixed(6)})" d="${run.d}" fill="${escapeXml(item.fill)}"/>`,
          );
        }
        run = undefined;
      };
      for (let i = 0; i < line.length; i += 1) {
        const code = line.codePointAt(i) ?? 0;
        if (code > 0xffff) i += 1;
        const face = faceFor(item, isWideCodePoint(code));
        if (run && run.face !== face) flush();
        if (!run) run = { face, x, d: '', pen: 0, curX: 0, curY: 0 };
        const shape = glyph(face, code);
        if (shape) {
          const origin = r(run.pen / QUANTUM);
          run.d += `${run.d === '' ? 'M' : 'm'}${origin - run.curX} ${-run.curY}${shape.d}`;
          // The glyph's relative steps add up to its rounded end point, so this is exact.
          run.curX = origin + r(shape.endX / QUANTUM);
          run.curY = r(shape.endY / QUANTUM);
        }
        const advance = advanceEm(code, item) * item.size;
        run.pen += (advance / item.size) * face.unitsPerEm;
        x += advance;
      }
      flush();
    });
    return out.join('');
  };
}
