import type { Journey } from '@waymark/core';
import { layoutJourney } from '../layout/layoutJourney.js';
import type { RenderOptions } from '../options.js';
import { itemsInArea, pathBounds } from '../scene/itemsInArea.js';
import type { Box, PathItem } from '../scene/scene.js';
import { collectTexts } from '../scene/scene.js';
import { svgFrame, writeSvgPieces } from '../svg/writeSvg.js';
import { hasWideText } from '../text/measure.js';
import { copyToScanlines, encodePng } from './encodePng.js';
import { fontFiles } from './fonts.js';
import { createTextOutliner } from './outlineText.js';
import { createSvgBytes, type SvgBytes } from './svgBytes.js';

/** The most pixels a PNG may have; bigger maps are scaled down to it. */
export const MAX_PNG_PIXELS = 40_000_000;
/** Pixels resvg draws at a time by default (one tile): what bounds memory, whatever the size of the map. */
const TILE_PIXELS = 500_000;
/** Tiles side by side in a band of rows, at most: a band is compressed once all its tiles are drawn. */
const TILES_PER_BAND = 4;
/** Pixels drawn beyond each tile's edges and dropped, so tiles join without seams. */
const OVERLAP = 4;
/** Tiles in flight at once: two keep both cores busy; each holds one tile's memory. */
const LOOKAHEAD = 2;

export interface PngOptions extends RenderOptions {
  /** Pixels per map px: 1 for screens (default), 2 for print. */
  readonly scale?: number;
  /** Pixels drawn at a time, one tile (default 500,000): less memory, or fewer passes. */
  readonly stripPixels?: number;
}

/** One tile: where its kept pixels go in the image. */
interface Tile {
  readonly band: number;
  readonly left: number;
  readonly top: number;
  readonly cols: number;
  readonly rows: number;
}

/**
 * The journey map as a PNG, drawn by resvg tile by tile (so memory stays bounded however big
 * the map) and compressed band by band as the tiles come. Text is drawn as outlines of the
 * bundled fonts (never system fonts), so the output is the same on every machine; the CJK font
 * loads only when the map has CJK text. Maps bigger than MAX_PNG_PIXELS at the asked scale are
 * scaled down.
 */
export async function renderPng(journey: Journey, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw new Error(`scale must be a number above 0 and at most 8 (got ${String(scale)})`);
  }
  // resvg loads on first use, so a process that only draws PDFs never holds it.
  const { renderAsync } = await import('@resvg/resvg-js');
  const layout = layoutJourney(journey, options);
  const { scene } = layout;
  const needsCjk = collectTexts(scene.items).some((text) => text.lines.some(hasWideText));
  const outlineText = createTextOutliner(fontFiles(), needsCjk);
  const frame = svgFrame(scene, layout.page);
  const zoom = Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / (frame.width * frame.height)));
  const width = Math.max(1, Math.round(frame.width * zoom));
  const height = Math.max(1, Math.round(frame.height * zoom));
  const unitsPerCol = frame.viewBox.width / width;
  const unitsPerRow = frame.viewBox.height / height;

  // Bands of rows across the whole image, each cut into up to TILES_PER_BAND tiles; a text line
  // is drawn again only in the tiles whose edge it crosses, which tall and wide tiles keep rare.
  const tilePixels = Math.max(1, options.stripPixels ?? TILE_PIXELS);
  const bandRows = Math.min(height, Math.max(1, Math.floor((TILES_PER_BAND * tilePixels) / width)));
  const tileCols = Math.ceil(width / Math.min(width, Math.ceil((width * bandRows) / tilePixels)));
  const tiles: Tile[] = [];
  for (let top = 0, band = 0; top < height; top += bandRows, band += 1) {
    for (let left = 0; left < width; left += tileCols) {
      tiles.push({
        band,
        left,
        top,
        cols: Math.min(tileCols, width - left),
        rows: Math.min(bandRows, height - top),
      });
    }
  }

  const idle: SvgBytes[] = [];
  const bounds = new Map<PathItem, Box | undefined>();
  const pathBox = (path: PathItem) => {
    if (!bounds.has(path)) bounds.set(path, pathBounds(path.d));
    return bounds.get(path);
  };

  const drawTile = async (tile: Tile) => {
    // Each tile is drawn with pixels to spare around it, which are dropped: shapes cut by the
    // canvas edge antialias differently, and the seams must not show.
    const left = Math.max(0, tile.left - OVERLAP);
    const top = Math.max(0, tile.top - OVERLAP);
    const cols = Math.min(width, tile.left + tile.cols + OVERLAP) - left;
    const rows = Math.min(height, tile.top + tile.rows + OVERLAP) - top;
    const viewBox = {
      x: frame.viewBox.x + left * unitsPerCol,
      y: frame.viewBox.y + top * unitsPerRow,
      width: cols * unitsPerCol,
      height: rows * unitsPerRow,
    };
    const area = {
      left: viewBox.x - 2,
      top: viewBox.y - 2,
      right: viewBox.x + viewBox.width + 2,
      bottom: viewBox.y + viewBox.height + 2,
    };
    const items = itemsInArea(scene.items, area, pathBox);
    // The SVG goes to resvg as bytes, in one of LOOKAHEAD buffers used tile after tile.
    const svg = idle.pop() ?? createSvgBytes();
    svg.reset();
    writeSvgPieces(
      { ...scene, items },
      { ...layout, outlineText, frame: { width: cols, height: rows, viewBox } },
      svg,
    );
    // Every text is already a path (see outlineText.ts): resvg needs no fonts at all. resvg cuts
    // the spare pixels off itself, so the image it hands back (freed only when the garbage
    // collector gets to it) is no bigger than the tile.
    const x = tile.left - left;
    const y = tile.top - top;
    const image = await renderAsync(svg.bytes(), {
      font: { loadSystemFonts: false },
      fitTo: { mode: 'original' },
      background: scene.background,
      shapeRendering: 2,
      crop: { left: x, top: y, right: x + tile.cols, bottom: y + tile.rows },
    }).finally(() => idle.push(svg));
    if (image.width !== tile.cols || image.height !== tile.rows) {
      throw new Error(
        `resvg drew a ${image.width}×${image.height} tile where ${tile.cols}×${tile.rows} was expected`,
      );
    }
    return { rgba: image.pixels, width: tile.cols, x: 0, y: 0, cols: tile.cols, rows: tile.rows };
  };

  // Tiles are drawn on resvg's worker threads, LOOKAHEAD at a time, and copied into the band
  // they belong to; a band goes to the compressor whole, and its buffer is filled again after.
  async function* bands(): AsyncGenerator<Uint8Array> {
    const stride = 1 + 3 * width;
    const scanlines = new Uint8Array(stride * bandRows);
    const pending: ReturnType<typeof drawTile>[] = [];
    let next = 0;
    const fill = () => {
      while (pending.length < LOOKAHEAD && next < tiles.length) {
        const tile = tiles[next];
        next += 1;
        if (!tile) break;
        const drawn = drawTile(tile);
        drawn.catch(() => undefined); // awaited in order below; this keeps an early failure from going unhandled
        pending.push(drawn);
      }
    };
    fill();
    for (let index = 0; index < tiles.length; index += 1) {
      const tile = tiles[index];
      const drawn = pending.shift();
      if (!tile || !drawn) break;
      const block = await drawn;
      fill();
      copyToScanlines(block, scanlines, width, tile.left, 0);
      if (tiles[index + 1]?.band !== tile.band) yield scanlines.subarray(0, stride * tile.rows);
    }
  }
  return encodePng(width, height, bands());
}
