// What the editor looks up in render's layout: where each element's card is (for the selection
// outline, the in-place rename box and others' highlights) and the emotion lane's scale.
import type { Box, MapLayout, SceneItem } from '@waymark/render';

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
