// Pointer gestures on the map: drag an emotion point up or down, drag a stage, step or touchpoint
// card onto another card to reorder, drag the background to pan, wheel to pan and Ctrl/Cmd +
// wheel (or pinch) to zoom around the pointer; a native scroll of the viewport becomes a pan.
// A drag previews by moving the marker or card itself (no re-render of the map), tells where a
// dragged card is over (for the insertion marker) and commits one command when it ends.
import { type PointerEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { personaOfMarker } from './sceneIndex';
import { panBy, type Viewport, zoomAt } from './viewport';

export interface EmotionDrop {
  readonly step: string;
  readonly persona: string;
  /** How far the point moved, in map units (down is positive). */
  readonly dy: number;
}

/** A card dropped on another: `id` goes to `onto`'s place. */
export interface CardDrop {
  readonly id: string;
  readonly onto: string;
}

interface Drag {
  readonly kind: 'emotion' | 'pan' | 'card';
  readonly pointer: number;
  readonly startX: number;
  readonly startY: number;
  lastX: number;
  lastY: number;
  moved: boolean;
  /** The dragged emotion marker or card. */
  readonly marker?: SVGGElement;
  /** The card a dragged card was last over. */
  over?: string | undefined;
  readonly step?: string;
  readonly persona?: string;
}

interface GestureOptions {
  readonly viewportRef: RefObject<HTMLDivElement | null>;
  readonly view: Viewport;
  readonly setView: (update: (view: Viewport) => Viewport) => void;
  readonly canDragEmotions: boolean;
  readonly onEmotionDrop: (drop: EmotionDrop) => void;
  /** While a point is dragged: where it is, in map units from its start, for the score preview. */
  readonly onEmotionPreview: (drop: EmotionDrop | undefined) => void;
  /** Whether the card of this element can be dragged to a new place (stages, steps, touchpoints). */
  readonly canMoveCard: (id: string) => boolean;
  readonly onCardDrop: (drop: CardDrop) => void;
  /** While a card is dragged: the card under the pointer (undefined: none, or the drag ended). */
  readonly onCardHover?: (drop: CardDrop | undefined) => void;
}

/** The element id of the card under a screen point (the dragged card is see-through to it). */
const idUnder = (x: number, y: number) =>
  document.elementFromPoint(x, y)?.closest<SVGGElement>('[data-id]')?.dataset.id;

export function useMapGestures(options: GestureOptions) {
  const { viewportRef, view, setView, canDragEmotions, onEmotionDrop, onEmotionPreview } = options;
  const drag = useRef<Drag | null>(null);
  const [panning, setPanning] = useState(false);
  /** True right after a drag, so the click that ends it does not also select or deselect. */
  const suppressClick = useRef(false);

  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) {
        const factor = Math.exp(-event.deltaY * 0.002);
        setView((old) => zoomAt(old, factor, { x: event.clientX - rect.left, y: event.clientY - rect.top }));
      } else setView((old) => panBy(old, -event.deltaX, -event.deltaY));
    };
    // The viewport never scrolls natively: what would scroll it (an element brought into view by
    // the browser or an assistive tool) pans the map instead, so that the map's transform stays the
    // one truth about where things are on screen.
    const onScroll = () => {
      const { scrollLeft, scrollTop } = element;
      if (scrollLeft === 0 && scrollTop === 0) return;
      element.scrollLeft = 0;
      element.scrollTop = 0;
      setView((old) => panBy(old, -scrollLeft, -scrollTop));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('scroll', onScroll);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('scroll', onScroll);
    };
  }, [viewportRef, setView]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    suppressClick.current = false;
    if (event.button !== 0) return;
    const target = event.target as Element;
    const marker = target.closest<SVGGElement>('g.wm-emotion');
    const step = marker?.dataset.id;
    const persona = marker ? personaOfMarker(marker.getAttribute('class') ?? '') : undefined;
    const card = target.closest<SVGGElement>('g[role="button"][data-id]');
    const start = { pointer: event.pointerId, startX: event.clientX, startY: event.clientY };
    if (marker && step && persona && canDragEmotions) {
      drag.current = {
        kind: 'emotion',
        ...start,
        lastX: start.startX,
        lastY: start.startY,
        moved: false,
        marker,
        step,
        persona,
      };
    } else if (canDragEmotions && card?.dataset.id && options.canMoveCard(card.dataset.id)) {
      // No pointer capture yet: a press that does not move stays a click on the card.
      drag.current = {
        kind: 'card',
        ...start,
        lastX: start.startX,
        lastY: start.startY,
        moved: false,
        marker: card,
      };
      return;
    } else if (!target.closest('[data-id]') && !target.closest('input')) {
      drag.current = { kind: 'pan', ...start, lastX: start.startX, lastY: start.startY, moved: false };
    } else return;
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointer !== event.pointerId) return;
    if (Math.abs(event.clientX - current.startX) + Math.abs(event.clientY - current.startY) > 3)
      current.moved = true;
    if (current.kind === 'pan') {
      if (current.moved) setPanning(true);
      setView((old) => panBy(old, event.clientX - current.lastX, event.clientY - current.lastY));
    } else if (current.kind === 'card' && current.moved && current.marker) {
      if (!event.currentTarget.hasPointerCapture(event.pointerId))
        event.currentTarget.setPointerCapture(event.pointerId);
      // The card follows the pointer, see-through to what it is dropped on.
      const dx = (event.clientX - current.startX) / view.scale;
      const dy = (event.clientY - current.startY) / view.scale;
      current.marker.setAttribute('transform', `translate(${dx} ${dy})`);
      current.marker.classList.add('is-dragged');
      const over = idUnder(event.clientX, event.clientY);
      const id = current.marker.dataset.id;
      if (over !== current.over && id) {
        current.over = over;
        options.onCardHover?.(over && over !== id ? { id, onto: over } : undefined);
      }
    } else if (current.moved && current.marker && current.step && current.persona) {
      const dy = (event.clientY - current.startY) / view.scale;
      current.marker.setAttribute('transform', `translate(0 ${dy})`);
      onEmotionPreview({ step: current.step, persona: current.persona, dy });
    }
    current.lastX = event.clientX;
    current.lastY = event.clientY;
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointer !== event.pointerId) return;
    drag.current = null;
    setPanning(false);
    suppressClick.current = current.moved;
    if (current.kind === 'card' && current.marker) {
      current.marker.removeAttribute('transform');
      current.marker.classList.remove('is-dragged');
      options.onCardHover?.(undefined);
      const id = current.marker.dataset.id;
      const under = idUnder(event.clientX, event.clientY);
      if (current.moved && id && under && under !== id) options.onCardDrop({ id, onto: under });
    }
    if (current.kind === 'emotion' && current.marker && current.step && current.persona) {
      current.marker.removeAttribute('transform');
      onEmotionPreview(undefined);
      if (current.moved)
        onEmotionDrop({
          step: current.step,
          persona: current.persona,
          dy: (event.clientY - current.startY) / view.scale,
        });
    }
  };

  /** Whether a click should be ignored because it ended a drag (and forgets it). */
  const endedDrag = () => {
    const was = suppressClick.current;
    suppressClick.current = false;
    return was;
  };

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, panning, endedDrag };
}
