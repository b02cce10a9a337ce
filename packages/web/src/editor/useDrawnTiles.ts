// The tiles of the map drawn in full (drawnTiles.ts): those on screen at once, before the browser
// paints (a layout effect), and then the others a few at a time when the browser is idle, nearest to
// the view first, as a transition, so typing and dragging are never kept waiting for them.
import { type RefObject, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { areaOnScreen, nextTiles, type TileKey, withTiles } from './drawnTiles';
import type { Size, Viewport } from './viewport';

/** Screen pixels around the screen that are drawn in full too, so a short pan shows no empty card. */
const MARGIN = 160;
/** Tiles drawn per idle moment after the first paint: the whole big map within a few seconds. */
const BATCH = 4;

export function useDrawnTiles(
  viewportRef: RefObject<HTMLElement | null>,
  map: Size,
  view: Viewport,
): ReadonlySet<TileKey> {
  const [drawn, setDrawn] = useState<ReadonlySet<TileKey>>(() => new Set());
  // At first the window's size (the viewport is inside it): reading the viewport's would make the
  // browser lay out the whole map before its tiles are chosen. The observer then says the real size.
  const [screen, setScreen] = useState<Size>(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setScreen({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewportRef]);
  const { width, height } = map;
  useLayoutEffect(() => {
    setDrawn((old) => withTiles(old, areaOnScreen(view, screen, MARGIN), { width, height }));
  }, [view, screen, width, height]);
  useEffect(() => {
    const centre = areaOnScreen(view, screen);
    const around = { x: centre.x + centre.width / 2, y: centre.y + centre.height / 2 };
    const next = nextTiles(drawn, { width, height }, around, BATCH);
    if (next.length === 0) return;
    return whenIdle(() => startTransition(() => setDrawn((old) => new Set([...old, ...next]))));
  }, [drawn, view, screen, width, height]);
  return drawn;
}

/** Runs `task` when the browser is idle (soon, where it cannot say); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 250 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 16);
  return () => clearTimeout(id);
}
