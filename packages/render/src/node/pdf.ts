import type { Journey } from '@waymark/core';
import PDFDocument from 'pdfkit';
import { layoutJourney } from '../layout/layoutJourney.js';
import { pagePoints, type RenderOptions } from '../options.js';
import type { Scene, SceneItem, Stroke, TextItem } from '../scene/scene.js';
import { collectTexts } from '../scene/scene.js';
import { hasWideText, isWideCodePoint } from '../text/measure.js';
import { fontFiles } from './fonts.js';

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
const setDash = PDFDocument.prototype.dash as unknown as (
  this: Document,
  pattern: number[],
  options: object,
) => Document;

function fontName(item: TextItem, wide: boolean): string {
  if (wide) return 'cjk';
  if (item.italic) return 'italic';
  return item.weight === 700 ? 'bold' : item.weight === 600 ? 'semibold' : 'regular';
}

/** Splits a line into runs set in Inter and runs set in the CJK font. */
function runs(line: string): { text: string; wide: boolean }[] {
  const out: { text: string; wide: boolean }[] = [];
  for (const char of line) {
    const wide = isWideCodePoint(char.codePointAt(0) ?? 0);
    const last = out[out.length - 1];
    if (last && last.wide === wide) last.text += char;
    else out.push({ text: char, wide });
  }
  return out;
}

function applyStroke(doc: Document, item: Stroke): boolean {
  if (!item.stroke) return false;
  doc.lineWidth(item.strokeWidth ?? 1).strokeColor(item.stroke);
  if (item.dash && item.dash.length > 0) setDash.call(doc, [...item.dash], {});
  else doc.undash();
  return true;
}

/** Fills and/or strokes the current path. */
function paint(doc: Document, fill: string | undefined, opacity: number | undefined, stroke: Stroke): void {
  const stroked = applyStroke(doc, stroke);
  if (fill) doc.fillColor(fill).fillOpacity(opacity ?? 1);
  if (fill && stroked) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroked) doc.stroke();
  if (opacity !== undefined) doc.fillOpacity(1);
}

function drawText(doc: Document, item: TextItem): void {
  item.lines.forEach((line, index) => {
    const parts = runs(line).map((run) => {
      doc.font(fontName(item, run.wide)).fontSize(item.size);
      return { ...run, width: doc.widthOfString(run.text) };
    });
    const total = parts.reduce((sum, part) => sum + part.width, 0);
    let x = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - total / 2 : item.x - total;
    const y = item.y + index * item.lineHeight;
    for (const part of parts) {
      doc
        .font(fontName(item, part.wide))
        .fontSize(item.size)
        .fillColor(item.fill)
        .text(part.text, x, y, { lineBreak: false, baseline: 'alphabetic' });
      x += part.width;
    }
  });
}

function drawItems(doc: Document, items: readonly SceneItem[]): void {
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        if (item.radius) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius);
        else doc.rect(item.x, item.y, item.width, item.height);
        paint(doc, item.fill, item.fillOpacity, item);
        break;
      case 'line':
        doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2);
        paint(doc, undefined, undefined, item);
        break;
      case 'path':
        doc.lineCap(item.lineCap ?? 'butt').lineJoin(item.lineJoin ?? 'miter');
        doc.path(item.d);
        paint(doc, item.fill, item.fillOpacity, item);
        doc.lineCap('butt').lineJoin('miter');
        break;
      case 'circle':
        doc.circle(item.cx, item.cy, item.r);
        paint(doc, item.fill, undefined, item);
        break;
      case 'text':
        drawText(doc, item);
        break;
      case 'group':
        if (item.transform) {
          doc.save().translate(item.transform.x, item.transform.y).scale(item.transform.scale);
          drawItems(doc, item.children);
          doc.restore();
        } else {
          drawItems(doc, item.children);
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
  const doc = new PDFDocument({
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

  doc.rect(0, 0, geometry.size[0], geometry.size[1]).fillColor(scene.background).fill();
  doc.save().translate(geometry.x, geometry.y).scale(geometry.scale);
  drawItems(doc, scene.items);
  doc.restore();
  doc.end();
  await done;
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
