import type { PresenceState } from '@waymark/collab';
import { type RefObject, useEffect, useRef } from 'react';
import { type MapPoint, remotePointers } from './remotePointers';
import { toMap, type Viewport } from './viewport';

/** An arrow pointer, tip at 0,0, in screen pixels. */
const arrow = 'M0 0 L0 16 L4.5 12.2 L7.6 19 L10.4 17.8 L7.4 11.2 L13 11.2 Z';

/**
 * The others' pointers over the map, each an arrow in the person's colour with their name. Drawn
 * inside the map's SVG at their map position, so zoom and pan move them with the cards; scaled by
 * 1 / zoom so they keep their size on screen. Hidden from assistive technology: the avatars say
 * who is here, and pointers move too often to announce.
 */
export function RemotePointers({
  others,
  myId,
  scale,
}: {
  others: readonly PresenceState[];
  myId: string;
  scale: number;
}) {
  const pointers = remotePointers(others, myId);
  if (pointers.length === 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group without tabindex is not focusable
    <g className="remote-pointers" aria-hidden="true" pointerEvents="none">
      {pointers.map((pointer) => (
        <g
          key={pointer.id}
          className="remote-pointer"
          data-person={pointer.id}
          transform={`translate(${pointer.at.x} ${pointer.at.y}) scale(${1 / scale})`}
        >
          <path d={arrow} fill={pointer.color} stroke="#fff" strokeWidth={1.5} strokeLinejoin="round" />
          <rect x={12} y={18} width={pointer.name.length * 7 + 12} height={20} rx={4} fill={pointer.color} />
          <text x={18} y={32} fontSize={12} fontWeight={600} fill="#fff">
            {pointer.name}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Shares where my pointer is over the map, in map coordinates, through `onPointer` (throttled by
 * the live journey): on every move over the viewport, and `undefined` when it leaves the map or
 * the window stops being visible.
 */
export function usePointerSharing(
  viewportRef: RefObject<HTMLElement | null>,
  view: Viewport,
  onPointer: ((at: MapPoint | undefined) => void) | undefined,
): void {
  const viewRef = useRef(view);
  viewRef.current = view;
  useEffect(() => {
    const element = viewportRef.current;
    if (!element || !onPointer) return;
    const move = (event: PointerEvent) => {
      const box = element.getBoundingClientRect();
      onPointer(toMap(viewRef.current, { x: event.clientX - box.left, y: event.clientY - box.top }));
    };
    const leave = () => onPointer(undefined);
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerleave', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerleave', leave);
      document.removeEventListener('visibilitychange', hidden);
      leave();
    };
  }, [viewportRef, onPointer]);
}
