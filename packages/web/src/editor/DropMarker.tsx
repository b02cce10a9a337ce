import type { Box } from '@waymark/render';
import type { Landing } from './moveIntents';

interface DropMarkerProps {
  readonly landing: Landing;
  readonly boxes: ReadonlyMap<string, Box>;
  /** Screen pixels in map units: the marker keeps its size at every zoom. */
  readonly px: (pixels: number) => number;
}

/**
 * Where a dragged card will land: a bar in the gap before or after the card it will sit beside
 * (upright between stages and steps, level between touchpoints), or an outline of the step or
 * path it goes into when it will be alone there.
 */
export function DropMarker({ landing, boxes, px }: DropMarkerProps) {
  const box = boxes.get(landing.beside);
  if (!box) return null;
  const thick = px(4);
  const gap = px(4);
  if (landing.side === 'inside')
    return (
      <rect
        className="drop-marker drop-marker-inside"
        x={box.x - gap}
        y={box.y - gap}
        width={box.width + 2 * gap}
        height={box.height + 2 * gap}
        rx={px(6)}
        strokeWidth={thick / 2}
      />
    );
  const after = landing.side === 'after';
  const bar =
    landing.axis === 'row'
      ? {
          x: (after ? box.x + box.width + gap : box.x - gap) - thick / 2,
          y: box.y,
          width: thick,
          height: box.height,
        }
      : {
          x: box.x,
          y: (after ? box.y + box.height + gap : box.y - gap) - thick / 2,
          width: box.width,
          height: thick,
        };
  return <rect className="drop-marker" {...bar} rx={thick / 2} />;
}
