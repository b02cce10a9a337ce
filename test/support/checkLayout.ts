// The layout's promises, checked on a laid-out map: boxes of different cells apart, every text
// line inside its box and inside the map. Shared by the layout tests of packages/render.
import type { Journey } from '@waymark/core';
import type { MapLayout } from '../../packages/render/src/layout/layoutJourney.js';
import { layoutJourney } from '../../packages/render/src/layout/layoutJourney.js';
import type { RenderOptions } from '../../packages/render/src/options.js';
import type { Box, GroupItem, SceneItem, TextItem } from '../../packages/render/src/scene/scene.js';
import { collectBoxes } from '../../packages/render/src/scene/scene.js';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** The rectangle a text item's glyphs can cover (ascenders to descenders). */
export function textBounds(text: TextItem): Box {
  const left =
    text.anchor === 'start'
      ? text.x
      : text.anchor === 'middle'
        ? text.x - text.width / 2
        : text.x - text.width;
  const top = text.y - 0.9 * text.size;
  const bottom = text.y + (text.lines.length - 1) * text.lineHeight + 0.22 * text.size;
  return { x: left, y: top, width: text.width, height: bottom - top };
}

const inside = (inner: Box, outer: Box, slack = 0.6) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

/** Every text item with the box of its nearest boxed group. */
function textsWithBoxes(
  items: readonly SceneItem[],
  box?: GroupItem,
): { text: TextItem; group?: GroupItem }[] {
  const found: { text: TextItem; group?: GroupItem }[] = [];
  for (const item of items) {
    if (item.kind === 'text') found.push({ text: item, ...(box ? { group: box } : {}) });
    if (item.kind === 'group' && !item.transform)
      found.push(...textsWithBoxes(item.children, item.box ? item : box));
  }
  return found;
}

export function checkLayout(journey: Journey, options: RenderOptions = {}): MapLayout {
  const layout = layoutJourney(journey, options);
  const boxes = collectBoxes(layout.scene.items);
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a?.box || !b?.box || a.cell === b.cell) continue;
      if (overlaps(a.box, b.box)) {
        throw new Error(`${a.cell} (${a.className}) overlaps ${b.cell} (${b.className})`);
      }
    }
  }
  for (const { text, group } of textsWithBoxes(layout.scene.items)) {
    const bounds = textBounds(text);
    if (group?.box && !inside(bounds, group.box)) {
      throw new Error(
        `text “${text.lines.join(' / ')}” leaves its box in ${group.cell} (${group.className})`,
      );
    }
    if (!inside(bounds, { x: 0, y: 0, width: layout.width, height: layout.height })) {
      throw new Error(`text “${text.lines.join(' / ')}” leaves the map`);
    }
  }
  return layout;
}
