import { columnX, type LaneContext, type LaneDefinition, type LaneGroup } from '../lanes/lane.js';
import type { LaneId } from '../options.js';
import type { SceneItem } from '../scene/scene.js';
import { GROUP_GAP, LABEL_WIDTH, lineHeight, MARGIN, styles } from './constants.js';
import { lineBlock, placeText, round, wrapBlock } from './text.js';

/** Where a lane ended up. */
export interface LaneRow {
  readonly id: LaneId;
  readonly label: string;
  readonly group: LaneGroup;
  readonly y: number;
  readonly height: number;
}

const groupNames: Readonly<Record<LaneGroup, string>> = {
  customer: 'CUSTOMER EXPERIENCE',
  analysis: 'FINDINGS AND IMPROVEMENTS',
  blueprint: 'SERVICE BLUEPRINT',
  measure: 'MEASURES',
};

const VISIBILITY_GAP = 28;

/** The dashed line between what the customer sees and what they do not, labelled. */
function lineOfVisibility(y: number, width: number, context: LaneContext): SceneItem {
  const { theme } = context;
  const label = lineBlock('line of visibility', { size: 12, weight: 600, italic: true });
  return {
    kind: 'group',
    className: 'wm-line-of-visibility',
    children: [
      {
        kind: 'line',
        x1: MARGIN,
        y1: y,
        x2: width - MARGIN,
        y2: y,
        stroke: theme.text,
        strokeWidth: 1.5,
        dash: [8, 5],
      },
      {
        kind: 'rect',
        x: MARGIN,
        y: y - 9,
        width: round(label.width + 16),
        height: 18,
        fill: theme.background,
      },
      placeText(label, MARGIN + 8, y - lineHeight(label.style) / 2, theme.text),
    ],
  };
}

/** The caption above the first lane of a group, and a rule under it. */
function groupCaption(text: string, top: number, width: number, context: LaneContext): SceneItem[] {
  const caption = lineBlock(text.toUpperCase(), styles.group);
  return [
    placeText(caption, MARGIN, top - lineHeight(styles.group) - 4, context.theme.muted),
    {
      kind: 'line',
      x1: MARGIN,
      y1: top - 1,
      x2: width - MARGIN,
      y2: top - 1,
      stroke: context.theme.border,
      strokeWidth: 1,
    },
  ];
}

/**
 * The lanes as rows from `top` down: each lane measured, its row as tall as its tallest cell
 * (or its label), banded, labelled on the left; group captions between groups, the line of
 * visibility above the first lane the customer does not see, and column rules behind it all.
 */
export function placeLanes(
  lanes: readonly LaneDefinition[],
  context: LaneContext,
  top: number,
  width: number,
): { rows: LaneRow[]; back: SceneItem[]; front: SceneItem[]; bottom: number } {
  const { theme, grid, index } = context;
  const back: SceneItem[] = [];
  const front: SceneItem[] = [];
  const rows: LaneRow[] = [];
  const lanesTop = top;
  let y = top;
  let visibilityDrawn = false;
  let previous: { group: LaneGroup; section: string } | undefined;
  lanes.forEach((lane, laneIndex) => {
    const section = lane.section ?? groupNames[lane.group];
    if (!previous || section !== previous.section || lane.group !== previous.group) {
      y += laneIndex === 0 ? 4 : GROUP_GAP;
      front.push(...groupCaption(section, y, width, context));
    }
    previous = { group: lane.group, section };
    if (lane.belowVisibility && !visibilityDrawn && laneIndex > 0) {
      visibilityDrawn = true;
      y += VISIBILITY_GAP;
      front.push(lineOfVisibility(round(y - VISIBILITY_GAP / 2), width, context));
    }
    const measured = lane.measure(context);
    const labelWidth = LABEL_WIDTH - 24 - (lane.labelReserve ?? 0);
    const label = wrapBlock(lane.label, styles.laneLabel, labelWidth);
    const hint = lane.hint ? wrapBlock(lane.hint, styles.laneHint, labelWidth) : undefined;
    const height = Math.ceil(Math.max(measured.height, 28 + label.height + (hint ? hint.height + 2 : 0)));
    back.push({
      kind: 'rect',
      x: MARGIN,
      y,
      width: width - 2 * MARGIN,
      height,
      fill: rows.length % 2 === 1 ? theme.background : theme.band,
      ...(theme.name === 'print' ? { stroke: theme.grid, strokeWidth: 0.5 } : {}),
    });
    const labelItems: SceneItem[] = [placeText(label, MARGIN + 12, y + 14, theme.text)];
    if (hint) labelItems.push(placeText(hint, MARGIN + 12, y + 14 + label.height + 2, theme.muted));
    front.push(
      {
        kind: 'group',
        className: `wm-lane-label wm-lane-${lane.id}`,
        box: { x: MARGIN, y, width: LABEL_WIDTH, height },
        cell: `label:${lane.id}`,
        children: labelItems,
      },
      {
        kind: 'group',
        id: `lane-${lane.id}`,
        className: `wm-lane wm-lane-${lane.id}`,
        children: lane.place(measured, y, context),
      },
    );
    rows.push({ id: lane.id, label: lane.label, group: lane.group, y, height });
    y += height;
  });

  // Column rules: faint between steps, stronger between stages.
  if (rows.length > 0) {
    for (let column = 1; column < grid.columnCount; column += 1) {
      const stageBoundary = index.columns[column]?.stageIndex !== index.columns[column - 1]?.stageIndex;
      const x = columnX(grid, column);
      back.push({
        kind: 'line',
        x1: x,
        y1: lanesTop,
        x2: x,
        y2: y,
        stroke: stageBoundary ? theme.border : theme.grid,
        strokeWidth: 1,
        ...(stageBoundary ? {} : { dash: [2, 4] }),
      });
    }
  }
  return { rows, back, front, bottom: y };
}
