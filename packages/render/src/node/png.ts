import { renderAsync } from '@resvg/resvg-js';
import type { Journey } from '@waymark/core';
import { layoutJourney } from '../layout/layoutJourney.js';
import type { RenderOptions } from '../options.js';
import { itemsInBand } from '../scene/itemsInBand.js';
import { collectTexts } from '../scene/scene.js';
import { svgFrame, writeSvg } from '../svg/writeSvg.js';
import { hasWideText } from '../text/measure.js';
import { encodePng, scanlines } from './encodePng.js';
import { fontFiles } from './fonts.js';
import { createTextOutliner } from './outlineText.js';

/** The most pixels a PNG may have; bigger maps are scaled down to it. */
export const MAX_PNG_PIXELS = 40_000_000;
/** Pixels drawn per strip by default: what bounds memory, whatever the size of the map. */
const STRIP_PIXELS = 4_000_000;
/** Rows drawn beyond each strip's edges and dropped, so strips join without seams. */
const OVERLAP = 16;
/** Strips in flight at once: two keep both cores busy; each holds one strip's memory. */
const LOOKAHEAD = 2;

export interface PngOptions extends RenderOptions {
  /** Pixels per map px: 1 for screens (default), 2 for print. */
  readonly scale?: number;
  /** Pixels drawn at a time (default 4 million): less memory, or fewer passes. */
  readonly stripPixels?: number;
}

/**
 * The journey map as a PNG, drawn by resvg strip by strip (so memory stays bounded however
 * big the map) and compressed as the strips come. Text is drawn as outlines of the bundled
 * fonts (never system fonts), so the output is the same on every machine; the CJK font loads
 * only when the map has CJK text. Maps bigger than MAX_PNG_PIXELS at the asked scale are
 * scaled down.
 */
export async function renderPng(journey: Journey, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw new Error(`scale must be a number above 0 and at most 8 (got ${String(scale)})`);
  }
  const layout = layoutJourney(journey, options);
  const { scene } = layout;
  const needsCjk = collectTexts(scene.items).some((text) => text.lines.some(hasWideText));
  const outlineText = createTextOutliner(fontFiles(), needsCjk);
  const frame = svgFrame(scene, layout.page);
  const zoom = Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / (frame.width * frame.height)));
  const width = Math.max(1, Math.round(frame.width * zoom));
  const height = Math.max(1, Math.round(frame.height * zoom));
  const rowsPerStrip = Math.max(1, Math.floor((options.stripPixels ?? STRIP_PIXELS) / width));
  const unitsPerRow = frame.viewBox.height / height;

  const drawStrip = async (firstRow: number) => {
    // Each strip is drawn with rows to spare above and below, which are dropped: shapes cut by
    // the canvas edge antialias differently, and the seams must not show.
    const top = Math.max(0, firstRow - OVERLAP);
    const bottom = Math.min(height, firstRow + rowsPerStrip + OVERLAP);
    const rows = bottom - top;
    const keep = Math.min(rowsPerStrip, height - firstRow);
    const viewBox = { ...frame.viewBox, y: frame.viewBox.y + top * unitsPerRow, height: rows * unitsPerRow };
    const items = itemsInBand(scene.items, viewBox.y - 2, viewBox.y + viewBox.height + 2);
    const svg = writeSvg(
      { ...scene, items },
      { ...layout, outlineText, frame: { width, height: rows, viewBox } },
    );
    // Every text is already a path (see outlineText.ts): resvg needs no fonts at all.
    const image = await renderAsync(svg, {
      font: { loadSystemFonts: false },
      fitTo: { mode: 'original' },
      background: scene.background,
      shapeRendering: 2,
    });
    if (image.width !== width || image.height !== rows) {
      throw new Error(
        `resvg drew a ${image.width}×${image.height} strip where ${width}×${rows} was expected`,
      );
    }
    const start = (firstRow - top) * width * 4;
    return scanlines(image.pixels.subarray(start, start + keep * width * 4), width, keep);
  };

  // Strips are drawn on resvg's worker threads, the next while this one is compressed.
  async function* strips(): AsyncGenerator<Uint8Array> {
    const pending: Promise<Uint8Array>[] = [];
    let next = 0;
    const fill = () => {
      while (pending.length < LOOKAHEAD && next < height) {
        const strip = drawStrip(next);
        strip.catch(() => undefined); // awaited in order below; this keeps an early failure from going unhandled
        pending.push(strip);
        next += rowsPerStrip;
      }
    };
    fill();
    for (let strip = pending.shift(); strip; strip = pending.shift()) {
      const done = await strip;
      fill();
      yield done;
    }
  }
  return encodePng(width, height, strips());
}
