// Zoom and pan of the map: screen = map × scale + offset. Pure, so the gestures are tested.
import type { Box } from '@waymark/render';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole map in view, centred, with a margin; never enlarged past 100 %. */
export function fitViewport(screen: Size, map: Size, margin = 24): Viewport {
  if (map.width <= 0 || map.height <= 0 || screen.width <= 0 || screen.height <= 0)
    return { x: margin, y: margin, scale: 1 };
  const scale = clampScale(
    Math.min(1, (screen.width - 2 * margin) / map.width, (screen.height - 2 * margin) / map.height),
  );
  return {
    x: (screen.width - map.width * scale) / 2,
    y: Math.max(margin, (screen.height - map.height * scale) / 2),
    scale,
  };
}

/** Zooms by `factor`, keeping the map point under `at` (screen px) where it is. */
export function zoomAt(view: Viewport, factor: number, at: { x: number; y: number }): Viewport {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** A screen point in map units. */
export function toMap(view: Viewport, point: { x: number; y: number }): { x: number; y: number } {
  return { x: (point.x - view.x) / view.scale, y: (point.y - view.y) / view.scale };
}

/** The view that shows `box` (map units) in the middle of the screen, zoomed in to at least `minScale`. */
export function centreOn(view: Viewport, box: Box, screen: Size, minScale: number): Viewport {
  const scale = clampScale(Math.max(view.scale, minScale));
  return {
    scale,
    x: screen.width / 2 - (box.x + box.width / 2) * scale,
    y: screen.height / 2 - (box.y + box.height / 2) * scale,
  };
}
