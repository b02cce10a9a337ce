// The interactive map: render's scene drawn as SVG, zoomed and panned, with the selection, other
// people's selections, in-place renaming and emotion dragging on top. What the map looks like is
// render's; what a gesture means is intents.ts'; this file wires the two.
import type { PresenceState } from '@waymark/collab';
import type { MapLayout } from '@waymark/render';
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { RemotePointers, usePointerSharing } from './RemotePointers';
import { RenameBox } from './RenameBox';
import type { MapPoint } from './remotePointers';
import { SceneSvg } from './SceneSvg';
import { elementBoxes } from './sceneIndex';
import { type EmotionDrop, useMapGestures } from './useMapGestures';
import { centreOn, fitViewport, type Viewport, zoomAt } from './viewport';
import { ZoomControls } from './ZoomControls';

/** Below this zoom the cards' text is too small to read. */
const READABLE_SCALE = 0.5;

interface MapCanvasProps {
  readonly layout: MapLayout;
  readonly selected: string | undefined;
  readonly others: readonly PresenceState[];
  readonly readOnly: boolean;
  readonly onSelect: (id: string | undefined) => void;
  /** The current label of an element that can be renamed in place (undefined: it cannot). */
  readonly labelOf: (id: string) => string | undefined;
  readonly onRename: (id: string, text: string) => void;
  readonly onEmotionDrop: (drop: EmotionDrop) => void;
  /** The score a dragged point would land on, for the preview. */
  readonly previewScore: (drop: EmotionDrop) => number | undefined;
  /** Brings this element into the middle of the view; a new object each time it is asked for. */
  readonly focus?: { readonly id: string } | undefined;
  /** Presence of pointers: mine goes out through onPointer, the others' (not `myId`'s) are drawn. */
  readonly myId?: string;
  readonly onPointer?: (at: MapPoint | undefined) => void;
}

export function MapCanvas(props: MapCanvasProps) {
  const { layout, selected, others, readOnly, onSelect, labelOf, onRename } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const [view, setViewState] = useState<Viewport>({ x: 24, y: 24, scale: 0.5 });
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<EmotionDrop | undefined>(undefined);
  const setView = useCallback((update: (old: Viewport) => Viewport) => setViewState(update), []);
  const boxes = useMemo(() => elementBoxes(layout.scene.items), [layout]);

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
  const gestures = useMapGestures({
    viewportRef,
    view,
    setView,
    canDragEmotions: !readOnly,
    onEmotionDrop: props.onEmotionDrop,
    onEmotionPreview: setPreview,
  });

  const startRename = (id: string) => {
    if (!readOnly && labelOf(id) !== undefined && boxes.has(id)) setRenaming(id);
  };
  const idAt = (target: EventTarget) => (target as Element).closest<SVGGElement>('[data-id]')?.dataset.id;
  const onClick = (event: MouseEvent) => {
    if (gestures.endedDrag()) return;
    onSelect(idAt(event.target));
  };
  const onDoubleClick = (event: MouseEvent) => {
    const id = idAt(event.target);
    if (id) startRename(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const id = idAt(event.target);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      if (selected === id && event.key === 'Enter') startRename(id);
      else onSelect(id);
    } else if (id && event.key === 'F2') startRename(id);
    else if (event.key === 'Escape') onSelect(undefined);
  };
  const zoomCentre = (factor: number) => {
    const element = viewportRef.current;
    if (element)
      setView((old) => zoomAt(old, factor, { x: element.clientWidth / 2, y: element.clientHeight / 2 }));
  };

  /** Screen pixels in map units: outlines and labels keep their size at every zoom. */
  const px = (pixels: number) => pixels / view.scale;
  const selectedBox = selected ? boxes.get(selected) : undefined;
  const renameBox = renaming ? boxes.get(renaming) : undefined;
  const previewed = preview ? props.previewScore(preview) : undefined;
  return (
    <div
      ref={viewportRef}
      className={`map-viewport${gestures.panning ? ' is-panning' : ''}${readOnly ? ' is-read-only' : ''}`}
      onPointerDown={gestures.onPointerDown}
      onPointerMove={gestures.onPointerMove}
      onPointerUp={gestures.onPointerUp}
      onPointerCancel={gestures.onPointerCancel}
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
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <rect width={layout.width} height={layout.height} fill={layout.scene.background} />
        <SceneSvg items={layout.scene.items} />
        <g className="map-overlay">
          {others.map((other) => {
            const box = other.selected ? boxes.get(other.selected) : undefined;
            if (!box) return null;
            return (
              <g key={other.user.id}>
                <rect
                  x={box.x - px(4)}
                  y={box.y - px(4)}
                  width={box.width + px(8)}
                  height={box.height + px(8)}
                  rx={px(6)}
                  fill="none"
                  stroke={other.user.color}
                  strokeWidth={px(2)}
                />
                <text x={box.x} y={box.y - px(9)} fontSize={px(12)} fontWeight={600} fill={other.user.color}>
                  {other.user.name}
                </text>
              </g>
            );
          })}
          {selectedBox && (
            <rect
              className="selection-outline"
              x={selectedBox.x - px(4)}
              y={selectedBox.y - px(4)}
              width={selectedBox.width + px(8)}
              height={selectedBox.height + px(8)}
              rx={px(6)}
              strokeWidth={px(2)}
            />
          )}
        </g>
        <RemotePointers others={others} myId={props.myId ?? ''} scale={view.scale} />
      </svg>
      {preview && previewed !== undefined && (
        <output className="drag-preview" aria-live="polite">
          Score {previewed > 0 ? `+${previewed}` : previewed}
        </output>
      )}
      {renaming && renameBox && (
        <RenameBox
          key={renaming}
          box={renameBox}
          view={view}
          initial={labelOf(renaming) ?? ''}
          onDone={(text) => {
            setRenaming(undefined);
            if (text !== undefined) onRename(renaming, text);
          }}
        />
      )}
      <ZoomControls scale={view.scale} onZoom={zoomCentre} onFit={fit} />
    </div>
  );
}
