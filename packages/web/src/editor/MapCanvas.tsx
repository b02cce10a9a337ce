// The interactive map: render's scene drawn as SVG, zoomed and panned, with the selection, other
// people's selections, in-place editing of every card and empty cell, and emotion dragging on top. What the map looks like is
// render's; what a gesture means is intents.ts'; this file wires the two.
import type { PresenceState } from '@waymark/collab';
import type { Box, MapLayout } from '@waymark/render';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { VersionDiff } from '../api/types';
import { DiffLegend } from './DiffLegend';
import { DropMarker } from './DropMarker';
import { diffHighlights } from './diffHighlights';
import { EmptyCells } from './EmptyCells';
import { type EditTarget, targetLabel, targetOfCard, targetOfCell } from './editTargets';
import { emptyCells, overlaps } from './emptyCells';
import type { Direction, Landing } from './moveIntents';
import { RemotePointers, usePointerSharing } from './RemotePointers';
import { RenameBox } from './RenameBox';
import type { MapPoint } from './remotePointers';
import { SceneSvg } from './SceneSvg';
import { cellAt, elementBoxes, type MapCard, mapCards } from './sceneIndex';
import { useDrawnTiles } from './useDrawnTiles';
import { type EmotionDrop, useMapGestures } from './useMapGestures';
import { centreOn, fitViewport, toMap, type Viewport, zoomAt } from './viewport';
import { ZoomControls } from './ZoomControls';

/** Alt + an arrow moves the focused stage, step or touchpoint. */
const arrows: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'before',
  ArrowRight: 'after',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Below this zoom the cards' text is too small to read. */
const READABLE_SCALE = 0.5;

interface MapCanvasProps {
  readonly layout: MapLayout;
  readonly selected: string | undefined;
  readonly others: readonly PresenceState[];
  readonly readOnly: boolean;
  readonly onSelect: (id: string | undefined) => void;
  /** The text a card or cell starts with when edited in place (undefined: it cannot be). */
  readonly textOf: (target: EditTarget) => string | undefined;
  readonly onCommit: (target: EditTarget, text: string) => void;
  /** Delete what a card draws (Delete key); core's refusal is shown by the screen. */
  readonly onRemove: (target: EditTarget) => void;
  /** Whether an element's card can be moved (by Alt+arrows or dragging it onto another card). */
  readonly canMove: (id: string) => boolean;
  /** Moves an element one place (Alt+arrows) or onto another's place; what happened, to announce. */
  readonly onMove: (id: string, where: Direction | { onto: string }) => string | undefined;
  /** Where a card dragged onto another would land, for the insertion marker. */
  readonly landingOf?: (id: string, onto: string) => Landing | undefined;
  readonly onEmotionDrop: (drop: EmotionDrop) => void;
  /** The score a dragged point would land on, for the preview. */
  readonly previewScore: (drop: EmotionDrop) => number | undefined;
  /** Brings this element into the middle of the view; a new object each time it is asked for. */
  readonly focus?: { readonly id: string } | undefined;
  /** Presence of pointers: mine goes out through onPointer, the others' (not `myId`'s) are drawn. */
  readonly myId?: string;
  readonly onPointer?: (at: MapPoint | undefined) => void;
  /** A compared version's diff: its changes are outlined on the map, with a legend. */
  readonly compared?: VersionDiff | undefined;
}

export function MapCanvas(props: MapCanvasProps) {
  const { layout, selected, others, readOnly, onSelect, textOf, onCommit } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const [view, setViewState] = useState<Viewport>({ x: 24, y: 24, scale: 0.5 });
  const [editing, setEditing] = useState<{ target: EditTarget; box: Box } | undefined>(undefined);
  const [preview, setPreview] = useState<EmotionDrop | undefined>(undefined);
  const [landing, setLanding] = useState<Landing | undefined>(undefined);
  /** What the last move did, for the live region; and the moved element, to keep its focus. */
  const [announcement, setAnnouncement] = useState('');
  const refocus = useRef<string | undefined>(undefined);
  /** The card the keyboard is on: outlined at screen size, as a card's own stroke shrinks with the zoom. */
  const [focusBox, setFocusBox] = useState<Box | undefined>(undefined);
  const setView = useCallback((update: (old: Viewport) => Viewport) => setViewState(update), []);
  const boxes = useMemo(() => elementBoxes(layout.scene.items), [layout]);
  const cards = useMemo(() => mapCards(layout.scene.items), [layout]);
  const drawn = useDrawnTiles(viewportRef, layout, view);
  /** Where the keyboard adds: the empty cells, focusable like cards (none when read-only). */
  const empties = useMemo(() => (readOnly ? [] : emptyCells(layout, cards)), [layout, cards, readOnly]);
  /** After adding from an empty cell, focus goes to the card that now fills it. */
  const refocusCell = useRef<Box | undefined>(undefined);
  const { compared } = props;
  const highlights = useMemo(
    () => (compared ? diffHighlights(compared, (id) => boxes.has(id)) : undefined),
    [compared, boxes],
  );

  const fit = useCallback(() => {
    const element = viewportRef.current;
    const screen = element ? { width: element.clientWidth, height: element.clientHeight } : undefined;
    if (screen) setViewState(fitViewport(screen, { width: layout.width, height: layout.height }));
  }, [layout.width, layout.height]);
  // Once, when the map first shows: the whole map, or its start at a readable size when the
  // whole would be too small to read. Later edits keep the person's zoom and position.
  const placed = useRef(false);
  useEffect(() => {
    const element = viewportRef.current;
    if (placed.current || !element) return;
    placed.current = true;
    const whole = fitViewport(
      { width: element.clientWidth, height: element.clientHeight },
      { width: layout.width, height: layout.height },
    );
    setViewState(whole.scale >= READABLE_SCALE ? whole : { x: 24, y: 24, scale: READABLE_SCALE });
  }, [layout.width, layout.height]);

  // Asked to show an element (a lint finding was picked): centre on its card, readable.
  // Each request once: later edits (new boxes) keep the person's view.
  const { focus } = props;
  const focused = useRef<object | undefined>(undefined);
  useEffect(() => {
    const element = viewportRef.current;
    const box = focus ? boxes.get(focus.id) : undefined;
    if (!element || !box || focused.current === focus) return;
    focused.current = focus;
    const screen = { width: element.clientWidth, height: element.clientHeight };
    setViewState((old) => centreOn(old, box, screen, READABLE_SCALE));
  }, [focus, boxes]);

  usePointerSharing(viewportRef, view, props.onPointer);
  // The map's nodes are positional: after a move the focused node draws another element, so
  // focus follows the moved one to its new card.
  useEffect(() => {
    const id = refocus.current;
    if (id === undefined || !layout) return;
    refocus.current = undefined;
    viewportRef.current
      ?.querySelector<SVGGElement>(`g[role="button"][data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  }, [layout]);
  useEffect(() => {
    const cell = refocusCell.current;
    if (cell === undefined) return;
    refocusCell.current = undefined;
    const filled = cards.findLastIndex((card) => overlaps(card.box, cell));
    viewportRef.current
      ?.querySelector<SVGGElement>(`g[data-card="${filled}"]`)
      ?.focus({ preventScroll: true });
  }, [cards]);
  const move = (id: string, where: Direction | { onto: string }) => {
    const said = props.onMove(id, where);
    if (said) {
      setAnnouncement(said);
      refocus.current = id;
    }
  };

  const gestures = useMapGestures({
    viewportRef,
    view,
    setView,
    canDragEmotions: !readOnly,
    onEmotionDrop: props.onEmotionDrop,
    onEmotionPreview: setPreview,
    canMoveCard: props.canMove,
    onCardDrop: ({ id, onto }) => move(id, { onto }),
    onCardHover: (drop) => setLanding(drop && props.landingOf?.(drop.id, drop.onto)),
  });

  const startEdit = (target: EditTarget, box: Box | undefined) => {
    if (!readOnly && box && textOf(target) !== undefined) setEditing({ target, box });
  };
  const idAt = (target: EventTarget) => (target as Element).closest<SVGGElement>('[data-id]')?.dataset.id;
  /** The card a DOM node belongs to (its data-card number in `cards`). */
  const cardOf = (target: EventTarget): MapCard | undefined => {
    const n = (target as Element).closest<SVGGElement>('[data-card]')?.dataset.card;
    return n === undefined ? undefined : cards[Number(n)];
  };
  const emptyOf = (target: EventTarget) => {
    const n = (target as Element).closest<SVGGElement>('[data-empty-cell]')?.dataset.emptyCell;
    return n === undefined ? undefined : empties[Number(n)];
  };
  /** A card is edited as what it draws; another element (a stage) by its name. */
  const editAt = (target: EventTarget) => {
    const card = cardOf(target);
    const id = idAt(target);
    if (card) startEdit(targetOfCard(card), card.box);
    else if (id) startEdit({ kind: 'element', id }, boxes.get(id));
  };
  /**
   * A card reached by the keyboard comes into view (at the same zoom) when it is not on screen.
   * One focused by a press stays where it is: moving the map under the pointer would turn the
   * second click of a double-click into a click somewhere else.
   */
  const onFocus = (event: FocusEvent) => {
    const element = viewportRef.current;
    const card = cardOf(event.target);
    const id = idAt(event.target);
    const box = card?.box ?? (id ? boxes.get(id) : undefined) ?? emptyOf(event.target)?.box;
    if (!element || !box) return;
    const byKeyboard = focusVisible(event.target);
    setFocusBox(byKeyboard ? box : undefined);
    element.scrollTop = 0;
    element.scrollLeft = 0;
    if (!byKeyboard) return;
    const screen = { width: element.clientWidth, height: element.clientHeight };
    const left = view.x + box.x * view.scale;
    const top = view.y + box.y * view.scale;
    const visible =
      left >= 0 &&
      top >= 0 &&
      left + box.width * view.scale <= screen.width &&
      top + box.height * view.scale <= screen.height;
    if (!visible) setViewState((old) => centreOn(old, box, screen, old.scale));
  };
  const onClick = (event: MouseEvent) => {
    if (gestures.endedDrag()) return;
    onSelect(idAt(event.target));
  };
  // On the viewport, not the map: a press on the background is captured there for panning, so
  // a double-click off the cards arrives there.
  const onDoubleClick = (event: MouseEvent) => {
    if (idAt(event.target)) return editAt(event.target);
    // Off any card: a new item in the lane and step column under the pointer.
    const rect = viewportRef.current?.getBoundingClientRect();
    if (!rect) return;
    const cell = cellAt(layout, toMap(view, { x: event.clientX - rect.left, y: event.clientY - rect.top }));
    const target = targetOfCell(cell);
    const column = layout.columns.find((col) => col.stepId === cell?.step && col.stageId === cell?.stage);
    const row = layout.lanes.find((lane) => lane.id === cell?.lane);
    if (target && column && row)
      startEdit(target, { x: column.x, y: row.y, width: column.width, height: 32 });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const id = idAt(event.target);
    const empty = emptyOf(event.target);
    if (empty && (event.key === 'Enter' || event.key === ' ' || event.key === 'F2')) {
      event.preventDefault();
      startEdit(targetOfCell(empty.cell) ?? { kind: 'new', cell: empty.cell }, { ...empty.box, height: 32 });
    } else if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      if (selected === id && event.key === 'Enter') editAt(event.target);
      else onSelect(id);
    } else if (id && event.key === 'F2') editAt(event.target);
    else if (id && !readOnly && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      const card = cardOf(event.target);
      props.onRemove(card ? targetOfCard(card) : { kind: 'element', id });
    } else if (id && !readOnly && event.altKey && arrows[event.key] && props.canMove(id)) {
      event.preventDefault();
      move(id, arrows[event.key] as Direction);
    } else if (event.key === 'Escape') onSelect(undefined);
  };
  /** Nothing was added (Escape, blank): focus goes back to the empty cell it started from. */
  const refocusEmpty = (box: Box) =>
    requestAnimationFrame(() => {
      const n = empties.findIndex((empty) => empty.box.x === box.x && empty.box.y === box.y);
      viewportRef.current
        ?.querySelector<SVGGElement>(`g[data-empty-cell="${n}"]`)
        ?.focus({ preventScroll: true });
    });
  const zoomCentre = (factor: number) => {
    const element = viewportRef.current;
    if (element)
      setView((old) => zoomAt(old, factor, { x: element.clientWidth / 2, y: element.clientHeight / 2 }));
  };

  /** Screen pixels in map units: outlines and labels keep their size at every zoom. */
  const px = (pixels: number) => pixels / view.scale;
  const selectedBox = selected ? boxes.get(selected) : undefined;
  const previewed = preview ? props.previewScore(preview) : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-clicking an empty cell is a pointer shortcut; the keyboard reaches empty cells as buttons (EmptyCells)
    <div
      ref={viewportRef}
      className={`map-viewport${gestures.panning ? ' is-panning' : ''}${readOnly ? ' is-read-only' : ''}`}
      onPointerDown={gestures.onPointerDown}
      onPointerMove={gestures.onPointerMove}
      onPointerUp={gestures.onPointerUp}
      onPointerCancel={gestures.onPointerCancel}
      onDoubleClick={onDoubleClick}
    >
      <svg
        className="map-svg"
        role="application"
        aria-roledescription="journey map"
        aria-label={layout.scene.description}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setFocusBox(undefined)}
      >
        <rect width={layout.width} height={layout.height} fill={layout.scene.background} />
        <SceneSvg items={layout.scene.items} cards={cards} drawn={drawn} />
        <EmptyCells cells={empties} />
        <g className="map-overlay">
          {others.map((other) => {
            const box = other.selected ? boxes.get(other.selected) : undefined;
            if (!box) return null;
            return (
              <g key={other.user.id}>
                <Outline box={box} px={px} gap={4} width={2} fill="none" stroke={other.user.color} />
                <text x={box.x} y={box.y - px(9)} fontSize={px(12)} fontWeight={600} fill={other.user.color}>
                  {other.user.name}
                </text>
              </g>
            );
          })}
          {highlights &&
            [...highlights.marks].map(([id, kind]) => {
              const box = boxes.get(id);
              return (
                box && (
                  <Outline
                    key={id}
                    className={`diff-outline diff-outline-${kind}`}
                    box={box}
                    px={px}
                    gap={3}
                    width={3}
                    strokeDasharray={kind === 'moved' ? `${px(6)} ${px(4)}` : undefined}
                  />
                )
              );
            })}
          {focusBox && <Outline className="focus-outline" box={focusBox} px={px} gap={7} width={3} />}
          {landing && <DropMarker landing={landing} boxes={boxes} px={px} />}
          {selectedBox && (
            <Outline className="selection-outline" box={selectedBox} px={px} gap={4} width={2} />
          )}
        </g>
        <RemotePointers others={others} myId={props.myId ?? ''} scale={view.scale} />
      </svg>
      {preview && previewed !== undefined && (
        <output className="drag-preview" aria-live="polite">
          Score {previewed > 0 ? `+${previewed}` : previewed}
        </output>
      )}
      {editing && (
        <RenameBox
          key={JSON.stringify(editing.target)}
          box={editing.box}
          view={view}
          label={targetLabel(editing.target)}
          initial={textOf(editing.target) ?? ''}
          onDone={(text) => {
            setEditing(undefined);
            const added = editing.target.kind === 'new' && text !== undefined && text.trim() !== '';
            if (text !== undefined) onCommit(editing.target, text);
            if (added) refocusCell.current = editing.box;
            else if (editing.target.kind === 'new') refocusEmpty(editing.box);
          }}
        />
      )}
      {highlights && <DiffLegend highlights={highlights} />}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <ZoomControls scale={view.scale} onZoom={zoomCentre} onFit={fit} />
    </div>
  );
}

/** An outline `gap` screen pixels around a card, `width` pixels wide at every zoom. */
function Outline({
  box,
  px,
  gap,
  width,
  ...rest
}: {
  box: Box;
  px: (pixels: number) => number;
  gap: number;
  width: number;
  className?: string;
  fill?: string;
  stroke?: string;
  strokeDasharray?: string | undefined;
}) {
  return (
    <rect
      x={box.x - px(gap)}
      y={box.y - px(gap)}
      width={box.width + px(2 * gap)}
      height={box.height + px(2 * gap)}
      rx={px(6)}
      strokeWidth={px(width)}
      {...rest}
    />
  );
}

/** Whether the browser shows focus on this element (the keyboard put it there, not a click). */
function focusVisible(target: EventTarget): boolean {
  try {
    return (target as Element).matches(':focus-visible');
  } catch {
    return true;
  }
}
