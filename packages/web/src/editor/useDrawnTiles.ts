// The tiles of the map drawn in full (drawnTiles.ts): those on screen at once, before the browser
// paints (a layout effect), and then the others a few at a time when the browser is idle, nearest to
// the view first, as a transition. Filling in waits while the person works on the map (a second
// after their last key, press, move or wheel), so typing and dragging never wait for it.
import { type RefObject, startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { areaOnScreen, nextTiles, type TileKey, withTiles } from './drawnTiles';
import type { Size, Viewport } from './viewport';

/** Screen pixels around the screen that are drawn in full too, so a short pan shows no empty card. */
const MARGIN = 160;
/** Tiles drawn per idle moment after the first paint: the whole big map within a few seconds. */
const BATCH = 4;
/** How long after the person's last input on the map filling in waits. */
const QUIET_MS = 1000;
const inputs = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

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
  const lastInput = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setScreen({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    const onInput = () => {
      lastInput.current = performance.now();
    };
    for (const type of inputs) element.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      observer.disconnect();
      for (const type of inputs) element.removeEventListener(type, onInput, { capture: true });
    };
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
    return whenQuiet(lastInput, () => startTransition(() => setDrawn((old) => new Set([...old, ...next]))));
  }, [drawn, view, screen, width, height]);
  return drawn;
}

/**
 * Runs `task` once no input came for QUIET_MS (after `lastInput`) and the browser is idle (soon,
 * where it cannot say); returns the cancel.
 */
function whenQuiet(lastInput: { readonly current: number }, task: () => void): () => void {
  let cancel = () => {};
  const attempt = () => {
    const wait = lastInput.current + QUIET_MS - performance.now();
    if (wait > 0) {
      const id = setTimeout(attempt, wait);
      cancel = () => clearTimeout(id);
    } else if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(
        () => (lastInput.current + QUIET_MS > performance.now() ? attempt() : task()),
        { timeout: 250 },
      );
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(task, 16);
      cancel = () => clearTimeout(id);
    }
  };
  attempt();
  return () => cancel();
}
