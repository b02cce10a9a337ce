import type { Journey } from '@waymark/core';
import type PDFDocument from 'pdfkit';
import { layoutJourney } from '../layout/layoutJourney.js';
import { pagePoints, type RenderOptions } from '../options.js';
import type { PathItem, Scene, SceneItem, Stroke, TextItem } from '../scene/scene.js';
import { collectTexts } from '../scene/scene.js';
import { hasWideText, isWideCodePoint } from '../text/measure.js';
import { fontFiles } from './fonts.js';
import { batchPageContent, createPen, type Pen } from './pdfPen.js';

/** 1 map px = 0.75 pt (96 dpi), as browsers print SVG. */
const POINTS_PER_PX = 0.75;
/** The fixed date written into the PDF when the journey has no review date (keeps output deterministic). */
const FALLBACK_DATE = new Date(Date.UTC(2024, 0, 1));

export interface PdfOptions extends RenderOptions {
  /** Compress the page content (default true). Tests turn it off to read the drawing operators. */
  readonly compress?: boolean;
}

type Document = InstanceType<typeof PDFDocument>;

/** pdfkit's dash() takes a whole pattern array; its published types only know a single length. */
type SetDash = (this: Document, pattern: number[], options: object) => Document;

function fontName(item: TextItem, wide: boolean): string {
  if (wide) return 'cjk';
  if (item.italic) return 'italic';
  return item.weight === 700 ? 'bold' : item.weight === 600 ? 'semibold' : 'regular';
}

/** Splits a line into runs set in Inter and runs set in the CJK font. */
function runs(line: string): { text: string; wide: boolean }[] {
  if (!hasWideText(line)) return [{ text: line, wide: false }];
  const out: { text: string; wide: boolean }[] = [];
  for (const char of line) {
    const wide = isWideCodePoint(char.codePointAt(0) ?? 0);
    const last = out[out.length - 1];
    if (last && last.wide === wide) last.text += char;
    else out.push({ text: char, wide });
  }
  return out;
}

/** Fills and/or strokes the current path; strokes end and join as the item says (default butt and miter). */
function paint(
  doc: Document,
  pen: Pen,
  fill: string | undefined,
  opacity: number | undefined,
  stroke: Stroke & Pick<PathItem, 'lineCap' | 'lineJoin'>,
): void {
  const stroked = pen.stroke(stroke);
  if (stroked) {
    pen.lineCap(stroke.lineCap ?? 'butt');
    pen.lineJoin(stroke.lineJoin ?? 'miter');
  }
  if (fill) pen.fill(fill, opacity);
  if (fill && stroked) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroked) doc.stroke();
}

function drawText(doc: Document, pen: Pen, item: TextItem): void {
  pen.fill(item.fill);
  item.lines.forEach((line, index) => {
    const parts = runs(line);
    const y = item.y + index * item.lineHeight;
    let x = item.x;
    // Widths (pdfkit's, kerned) are needed to anchor the line, and to place a run after another.
    if (item.anchor !== 'start' || parts.length > 1) {
      let total = 0;
      for (const part of parts) {
        doc.font(fontName(item, part.wide)).fontSize(item.size);
        total += doc.widthOfString(part.text);
      }
      if (item.anchor === 'middle') x -= total / 2;
      else if (item.anchor === 'end') x -= total;
    }
    for (const part of parts) {
      doc.font(fontName(item, part.wide)).fontSize(item.size);
      doc.text(part.text, x, y, { lineBreak: false, baseline: 'alphabetic' });
      if (parts.length > 1) x += doc.widthOfString(part.text);
    }
  });
}

function drawItems(doc: Document, pen: Pen, items: readonly SceneItem[]): void {
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        if (item.radius) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius);
        else doc.rect(item.x, item.y, item.width, item.height);
        paint(doc, pen, item.fill, item.fillOpacity, item);
        break;
      case 'line':
        doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2);
        paint(doc, pen, undefined, undefined, item);
        break;
      case 'path':
        doc.path(item.d);
        paint(doc, pen, item.fill, item.fillOpacity, item);
        break;
      case 'circle':
        doc.circle(item.cx, item.cy, item.r);
        paint(doc, pen, item.fill, undefined, item);
        break;
      case 'text':
        drawText(doc, pen, item);
        break;
      case 'group':
        if (item.transform) {
          pen.save();
          doc.translate(item.transform.x, item.transform.y).scale(item.transform.scale);
          drawItems(doc, pen, item.children);
          pen.restore();
        } else {
          drawItems(doc, pen, item.children);
        }
        break;
    }
  }
}

/** Page size in points and where the map goes on it. */
function pageGeometry(scene: Scene, page: RenderOptions['page']) {
  if (page === undefined || page === 'auto') {
    return {
      size: [scene.width * POINTS_PER_PX, scene.height * POINTS_PER_PX] as const,
      scale: POINTS_PER_PX,
      x: 0,
      y: 0,
    };
  }
  const [width, height] = pagePoints[page];
  const margin = 18;
  const scale = Math.min((width - 2 * margin) / scene.width, (height - 2 * margin) / scene.height);
  return {
    size: [width, height] as const,
    scale,
    x: (width - scene.width * scale) / 2,
    y: (height - scene.height * scale) / 2,
  };
}

/**
 * The journey map as a PDF: the same scene as the SVG drawn as vectors, with Inter embedded
 * (selectable, searchable text) and Noto Sans SC when the map has CJK text. The dates in the
 * file come from the journey's last review (or a fixed date), so the bytes are the same every time.
 */
export async function renderPdf(journey: Journey, options: PdfOptions = {}): Promise<Uint8Array> {
  const layout = layoutJourney(journey, options);
  const { scene } = layout;
  const geometry = pageGeometry(scene, layout.page);
  const date = journey.review?.lastReviewed
    ? new Date(`${journey.review.lastReviewed}T00:00:00Z`)
    : FALLBACK_DATE;
  // pdfkit loads on first use, so a process that only draws PNGs never holds it.
  const { default: PDFKit } = await import('pdfkit');
  const doc = new PDFKit({
    size: [...geometry.size],
    margin: 0,
    compress: options.compress ?? true,
    info: {
      Title: scene.title,
      Subject: scene.description,
      Creator: 'Waymark',
      Producer: 'Waymark',
      CreationDate: date,
      ModDate: date,
    },
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const fonts = fontFiles();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('semibold', fonts.semibold);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  if (collectTexts(scene.items).some((text) => text.lines.some(hasWideText)))
    doc.registerFont('cjk', fonts.cjk);

  const flush = batchPageContent(doc);
  const pen = createPen(doc, PDFKit.prototype.dash as unknown as SetDash);
  doc.rect(0, 0, geometry.size[0], geometry.size[1]);
  pen.fill(scene.background);
  doc.fill();
  pen.save();
  doc.translate(geometry.x, geometry.y).scale(geometry.scale);
  drawItems(doc, pen, scene.items);
  pen.restore();
  flush();
  doc.end();
  await done;
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
