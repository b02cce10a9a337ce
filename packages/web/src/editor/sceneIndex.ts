// What the editor looks up in render's layout: where each element's card is (for the selection
// outline, the in-place rename box and others' highlights), which card and cell lie under a
// point, and the emotion lane's scale.
import type { Box, GroupItem, LaneId, MapLayout, SceneItem } from '@waymark/render';
import { collectTexts } from '@waymark/render';

/** The box of each element's card, by element id (the first card of an element drawn several times). */
export function elementBoxes(items: readonly SceneItem[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const visit = (list: readonly SceneItem[]) => {
    for (const item of list) {
      if (item.kind !== 'group') continue;
      if (item.dataId && item.box && !boxes.has(item.dataId)) boxes.set(item.dataId, item.box);
      if (!item.transform) visit(item.children);
    }
  };
  visit(items);
  return boxes;
}

/**
 * Map units per score point on the emotion lane (render's emotions lane: a four-point band from
 * +2 to -2 with 24 units of padding above and below), or undefined when the lane is not drawn.
 */
export function emotionUnit(layout: MapLayout): number | undefined {
  const lane = layout.lanes.find((row) => row.id === 'emotions');
  return lane ? (lane.height - 48) / 4 : undefined;
}

/** The persona an emotion marker belongs to, from its class (`wm-emotion wm-persona-<id>`). */
export function personaOfMarker(className: string): string | undefined {
  const token = className.split(/\s+/).find((name) => name.startsWith('wm-persona-'));
  return token?.slice('wm-persona-'.length);
}

/** A card on the map that draws (part of) an element, with the grid cell it sits in. */
export interface MapCard {
  readonly group: GroupItem;
  readonly dataId: string;
  readonly box: Box;
  /** `lane:column` (`thoughts:3`), `lane:wide` for cards across the journey. */
  readonly cell: string;
  readonly lane: string;
  /** Its place among the cards of the same element, lane and persona: which line of the list it draws. */
  readonly ordinal: number;
  readonly persona?: string | undefined;
  /** Its text, for a screen reader when the card has no title. */
  readonly text: string;
}

/** Every card with an element id and a cell, in painting order (so `data-card` numbers match). */
export function mapCards(items: readonly SceneItem[]): MapCard[] {
  const cards: MapCard[] = [];
  const seen = new Map<string, number>();
  const visit = (list: readonly SceneItem[]) => {
    for (const item of list) {
      if (item.kind !== 'group') continue;
      if (item.dataId && item.box && item.cell) {
        const lane = item.cell.split(':')[0] ?? '';
        const persona = personaOfMarker(item.className);
        const key = `${item.dataId}\n${lane}\n${persona ?? ''}`;
        const ordinal = seen.get(key) ?? 0;
        seen.set(key, ordinal + 1);
        const text = collectTexts(item.children)
          .flatMap((t) => t.lines)
          .join(' ');
        cards.push({
          group: item,
          dataId: item.dataId,
          box: item.box,
          cell: item.cell,
          lane,
          ordinal,
          persona,
          text,
        });
      }
      if (!item.transform) visit(item.children);
    }
  };
  visit(items);
  return cards;
}

/** A point of the map, in map units. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

const inside = (box: Box, point: MapPoint) =>
  point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;

/** The lane row and step column under a point, if it is on the grid. */
export function cellAt(
  layout: MapLayout,
  point: MapPoint,
): { lane: LaneId; stage: string; step?: string | undefined } | undefined {
  const lane = layout.lanes.find((row) => point.y >= row.y && point.y < row.y + row.height);
  const column = layout.columns.find((col) => point.x >= col.x && point.x < col.x + col.width);
  if (!lane || !column) return undefined;
  return { lane: lane.id, stage: column.stageId, step: column.stepId };
}

/** The topmost card under a point (cards drawn later sit on top). */
export function cardAt(cards: readonly MapCard[], point: MapPoint): MapCard | undefined {
  return cards.findLast((card) => inside(card.box, point));
}
