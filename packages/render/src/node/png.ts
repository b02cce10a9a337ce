import { Resvg } from '@resvg/resvg-js';
import type { Journey } from '@waymark/core';
import { layoutJourney } from '../layout/layoutJourney.js';
import type { RenderOptions } from '../options.js';
import { collectTexts } from '../scene/scene.js';
import { writeSvg } from '../svg/writeSvg.js';
import { hasWideText } from '../text/measure.js';
import { fontFiles } from './fonts.js';
import { createTextOutliner } from './outlineText.js';

/** The most pixels a PNG may have; bigger maps are scaled down so memory stays bounded. */
export const MAX_PNG_PIXELS = 24_000_000;

export interface PngOptions extends RenderOptions {
  /** Pixels per map px: 1 for screens (default), 2 for print. */
  readonly scale?: number;
}

/**
 * The journey map as a PNG, drawn by resvg. Text is drawn as outlines of the bundled fonts
 * (never system fonts), so the output is the same on every machine; the CJK font loads only
 * when the map has CJK text. Maps bigger than MAX_PNG_PIXELS at the asked scale are scaled down.
 */
export async function renderPng(journey: Journey, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw new Error(`scale must be a number above 0 and at most 8 (got ${String(scale)})`);
  }
  const layout = layoutJourney(journey, options);
  const fonts = fontFiles();
  const needsCjk = collectTexts(layout.scene.items).some((text) => text.lines.some(hasWideText));
  const svg = writeSvg(layout.scene, { ...layout, outlineText: createTextOutliner(fonts, needsCjk) });
  const fit = layout.page === 'auto' ? layout : svgSize(svg);
  const capped = Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / (fit.width * fit.height)));
  const resvg = new Resvg(svg, {
    // Every text is already a path (see outlineText.ts): resvg needs no fonts at all.
    font: { loadSystemFonts: false },
    fitTo: { mode: 'zoom', value: capped },
    background: layout.scene.background,
    shapeRendering: 2,
    textRendering: 1,
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The width and height written on the SVG root (page-fitted SVGs differ from the layout). */
function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 1), height: Number(match?.[2] ?? 1) };
}
