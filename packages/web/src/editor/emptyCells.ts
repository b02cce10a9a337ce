// The empty places of the map where typing adds an item (the map's cells without a card, in the
// lanes that take new items), so the keyboard can reach them as it reaches cards: Tab to one,
// Enter, type, Enter. Pure: render's layout and the cards on it → the empty cells, in reading
// order (lane by lane, left to right).
import type { Box, MapLayout } from '@waymark/render';
import { addableLanes, type CellPlace } from './cellIntents';
import type { MapCard } from './sceneIndex';

export interface EmptyCell {
  readonly cell: CellPlace;
  /** The cell's place on the map: its column across its lane's row. */
  readonly box: Box;
  /** What a screen reader hears: "Add to Backstage, 2.1 Pays". */
  readonly label: string;
}

/** Whether two boxes share any area. */
export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function emptyCells(layout: MapLayout, cards: readonly MapCard[]): EmptyCell[] {
  return layout.lanes.flatMap((row) => {
    if (addableLanes[row.id] === undefined) return [];
    // The row's cards first: a big map has many cards and columns, but few cards per row.
    const inRow = cards.filter(
      (card) => card.box.y < row.y + row.height && row.y < card.box.y + card.box.height,
    );
    return layout.columns.flatMap((column) => {
      const box = { x: column.x, y: row.y, width: column.width, height: row.height };
      if (inRow.some((card) => overlaps(card.box, box))) return [];
      return [
        {
          cell: { lane: row.id, stage: column.stageId, step: column.stepId },
          box,
          label: `Add to ${row.label}, ${column.label}`,
        },
      ];
    });
  });
}
