import { type PageSize, pagePoints } from '../options.js';
import type { Box, GroupItem, Scene, SceneItem, Stroke, TextItem } from '../scene/scene.js';
import { escapeXml } from './escapeXml.js';

export const FONT_FAMILY = "Inter, 'Noto Sans SC', sans-serif";

/** A number as short, stable text: at most two decimals, no "-0". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const n = formatNumber;

function strokeAttributes(item: Stroke): string {
  if (!item.stroke) return '';
  let out = ` stroke="${escapeXml(item.stroke)}" stroke-width="${n(item.strokeWidth ?? 1)}"`;
  if (item.dash && item.dash.length > 0) out += ` stroke-dasharray="${item.dash.map(n).join(' ')}"`;
  return out;
}

function fillAttributes(fill: string | undefined, opacity?: number): string {
  if (!fill) return ' fill="none"';
  return ` fill="${escapeXml(fill)}"${opacity !== undefined ? ` fill-opacity="${n(opacity)}"` : ''}`;
}

function writeText(item: TextItem): string {
  const attributes =
    ` x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}" font-weight="${item.weight}"` +
    ` fill="${escapeXml(item.fill)}"${item.anchor === 'start' ? '' : ` text-anchor="${item.anchor}"`}` +
    (item.italic ? ' font-style="italic"' : '');
  if (item.lines.length === 1) return `<text${attributes}>${escapeXml(item.lines[0] ?? '')}</text>`;
  const spans = item.lines
    .map(
      (line, i) =>
        `<tspan x="${n(item.x)}"${i > 0 ? ` dy="${n(item.lineHeight)}"` : ''}>${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text${attributes}>${spans}</text>`;
}

/**
 * Where the SVG goes, one piece (an element or a tag) at a time: the document is the pieces in
 * order, each followed by a newline. An array collects them; the PNG writer encodes them
 * straight into a buffer for resvg.
 */
export interface SvgSink {
  push(piece: string): unknown;
}

/** What the writer carries while it walks the scene; ids get the prefix and are made unique in order of appearance. */
interface Writer {
  readonly prefix: string;
  readonly used: Set<string>;
  readonly out: SvgSink;
  readonly text: (item: TextItem) => string;
}

function writeItems(items: readonly SceneItem[], writer: Writer): void {
  const { out } = writer;
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        out.push(
          `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"` +
            `${item.radius ? ` rx="${n(item.radius)}"` : ''}${fillAttributes(item.fill, item.fillOpacity)}${strokeAttributes(item)}/>`,
        );
        break;
      case 'line':
        out.push(
          `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}"${strokeAttributes(item)}/>`,
        );
        break;
      case 'path':
        out.push(
          `<path d="${escapeXml(item.d)}"${fillAttributes(item.fill, item.fillOpacity)}${strokeAttributes(item)}` +
            `${item.lineCap ? ` stroke-linecap="${item.lineCap}"` : ''}${item.lineJoin ? ` stroke-linejoin="${item.lineJoin}"` : ''}/>`,
        );
        break;
      case 'circle':
        out.push(
          `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}"${fillAttributes(item.fill)}${strokeAttributes(item)}/>`,
        );
        break;
      case 'text':
        out.push(writer.text(item));
        break;
      case 'group':
        writeGroup(item, writer);
        break;
    }
  }
}

function uniqueId(local: string, prefix: string, used: Set<string>): string {
  const base = `${prefix}-${local}`;
  let id = base;
  for (let i = 2; used.has(id); i += 1) id = `${base}-${i}`;
  used.add(id);
  return id;
}

function writeGroup(group: GroupItem, writer: Writer): void {
  const { prefix, used, out } = writer;
  let open = '<g';
  if (group.id) open += ` id="${escapeXml(uniqueId(group.id, prefix, used))}"`;
  open += ` class="${escapeXml(group.className)}"`;
  if (group.dataId) open += ` data-id="${escapeXml(group.dataId)}"`;
  if (group.transform) {
    const { x, y, scale } = group.transform;
    open += ` transform="translate(${n(x)} ${n(y)}) scale(${n(scale)})"`;
  }
  out.push(`${open}>`);
  if (group.title) out.push(`<title>${escapeXml(group.title)}</title>`);
  writeItems(group.children, writer);
  out.push('</g>');
}

/** Pixel size of a landscape page at 96 dpi. */
export function pagePixels(page: Exclude<PageSize, 'auto'>): { width: number; height: number } {
  const [width, height] = pagePoints[page];
  return { width: Math.round((width * 96) / 72), height: Math.round((height * 96) / 72) };
}

/** The SVG's pixel size and the part of the map it shows (pages letterbox the map, centred). */
export interface SvgFrame {
  readonly width: number;
  readonly height: number;
  readonly viewBox: Box;
}

/** The frame of a scene drawn at its own size ('auto') or fitted onto a landscape page. */
export function svgFrame(scene: Scene, page: PageSize): SvgFrame {
  if (page === 'auto') {
    return {
      width: scene.width,
      height: scene.height,
      viewBox: { x: 0, y: 0, width: scene.width, height: scene.height },
    };
  }
  const size = pagePixels(page);
  const scale = Math.min(size.width / scene.width, size.height / scene.height);
  const width = size.width / scale;
  const height = size.height / scale;
  return {
    ...size,
    viewBox: { x: (scene.width - width) / 2, y: (scene.height - height) / 2, width, height },
  };
}

/** Options of writeSvg and writeSvgPieces. */
export interface WriteSvgOptions {
  readonly idPrefix: string;
  readonly page: PageSize;
  readonly theme: string;
  /** Writes text items differently (the PNG writer draws them as outlines). */
  readonly outlineText?: (item: TextItem) => string;
  /** Overrides the frame: the PNG writer draws the map strip by strip. */
  readonly frame?: SvgFrame;
}

/** The SVG document for a scene. `page` other than 'auto' fits the map onto that page, centred. */
export function writeSvg(scene: Scene, options: WriteSvgOptions): string {
  const out: string[] = [];
  writeSvgPieces(scene, options, out);
  return `${out.join('\n')}\n`;
}

/** writeSvg, piece by piece into a sink. */
export function writeSvgPieces(scene: Scene, options: WriteSvgOptions, out: SvgSink): void {
  const { idPrefix: prefix } = options;
  const frame = options.frame ?? svgFrame(scene, options.page);
  const { viewBox } = frame;
  const used = new Set<string>();
  const titleId = uniqueId('title', prefix, used);
  const descId = uniqueId('desc', prefix, used);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(frame.width)}" height="${n(frame.height)}"` +
      ` viewBox="${n(viewBox.x)} ${n(viewBox.y)} ${n(viewBox.width)} ${n(viewBox.height)}"` +
      `${options.frame ? ' preserveAspectRatio="none"' : ''}` +
      ` role="img" aria-label="${escapeXml(scene.title)}" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT_FAMILY)}"` +
      ` class="wm-map wm-theme-${escapeXml(options.theme)}">`,
  );
  out.push(`<title id="${titleId}">${escapeXml(scene.title)}</title>`);
  out.push(`<desc id="${descId}">${escapeXml(scene.description)}</desc>`);
  if (options.page !== 'auto') {
    out.push(
      `<rect x="${n(viewBox.x)}" y="${n(viewBox.y)}" width="${n(viewBox.width)}" height="${n(viewBox.height)}" fill="${escapeXml(scene.background)}"/>`,
    );
  }
  writeItems(scene.items, { prefix, used, out, text: options.outlineText ?? writeText });
  out.push('</svg>');
}
