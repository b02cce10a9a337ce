import { allSteps, type Journey } from '@waymark/core';
import { columnX, type Grid, type LaneContext, type LaneDefinition, type LaneGroup } from '../lanes/lane.js';
import { lanes as laneRegistry } from '../lanes/registry.js';
import { type LaneId, type PageSize, type RenderOptions, resolveOptions } from '../options.js';
import type { Scene, SceneItem } from '../scene/scene.js';
import { type ThemeName, themeFor } from '../theme.js';
import {
  COLUMN_WIDTH,
  GROUP_GAP,
  LABEL_WIDTH,
  lineHeight,
  MARGIN,
  MIN_CONTENT_WIDTH,
  styles,
} from './constants.js';
import { headerBlock } from './header.js';
import { legendBlock } from './legend.js';
import { buildMapIndex } from './mapIndex.js';
import { loopArrows, stageBand } from './stageBand.js';
import { lineBlock, placeText, round, wrapBlock } from './text.js';

/** Where a lane ended up. */
export interface LaneRow {
  readonly id: LaneId;
  readonly label: string;
  readonly group: LaneGroup;
  readonly y: number;
  readonly height: number;
}

/** Where a step column ended up. */
export interface ColumnPlacement {
  readonly x: number;
  readonly width: number;
  readonly stageId: string;
  readonly stepId?: string;
  readonly label: string;
}

/** The positioned map: every box, and the scene that draws it. Pure data. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly theme: ThemeName;
  readonly page: PageSize;
  readonly idPrefix: string;
  readonly columns: readonly ColumnPlacement[];
  readonly lanes: readonly LaneRow[];
  readonly scene: Scene;
}

const groupNames: Readonly<Record<LaneGroup, string>> = {
  customer: 'CUSTOMER EXPERIENCE',
  analysis: 'FINDINGS AND IMPROVEMENTS',
  blueprint: 'SERVICE BLUEPRINT',
  measure: 'MEASURES',
};

const VISIBILITY_GAP = 28;

function gridFor(columnCount: number): Grid {
  const columnWidth =
    columnCount === 0 ? COLUMN_WIDTH : Math.max(COLUMN_WIDTH, Math.floor(MIN_CONTENT_WIDTH / columnCount));
  return {
    left: MARGIN + LABEL_WIDTH,
    columnWidth,
    columnCount,
    width: Math.max(columnCount * columnWidth, columnCount === 0 ? MIN_CONTENT_WIDTH : 0),
  };
}

/** "1 stage", "3 stages". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function describe(journey: Journey): string {
  const steps = journey.stages.reduce((sum, stage) => sum + stage.steps.length, 0);
  const personas = journey.personas.map((persona) => persona.name).join(', ');
  return [
    `Customer journey map “${journey.title}”: ${count(journey.stages.length, 'stage')}, ${count(steps, 'step')}`,
    personas ? `, personas: ${personas}.` : '.',
    journey.objective ? ` Objective: ${journey.objective}` : '',
  ].join('');
}

/** The lanes to draw: those asked for, in that order, or every lane with content. */
function chosenLanes(
  journey: Journey,
  lanes: readonly LaneId[] | undefined,
  context: LaneContext,
): LaneDefinition[] {
  if (lanes) return lanes.flatMap((id) => laneRegistry.find((lane) => lane.id === id) ?? []);
  return laneRegistry.filter((lane) => lane.hasContent(journey, context.index));
}

/**
 * Lays a journey out as a wall map: header and legend, loop arrows, the stage band, then one
 * row per lane over the step columns. Pure and deterministic: the same journey and options
 * always give the same layout.
 */
export function layoutJourney(journey: Journey, options: RenderOptions = {}): MapLayout {
  const resolved = resolveOptions(journey, options);
  const theme = themeFor(resolved.theme);
  const index = buildMapIndex(journey, resolved, theme);
  const grid = gridFor(index.columns.length);
  const context: LaneContext = { journey, theme, index, grid };
  const width = grid.left + grid.width + MARGIN;
  const contentWidth = width - 2 * MARGIN;
  const lanes = chosenLanes(journey, resolved.lanes, context);
  const shown = new Set(lanes.map((lane) => lane.id));

  const back: SceneItem[] = [];
  const front: SceneItem[] = [];
  let top = MARGIN;

  const legend = legendBlock(journey, index, theme, shown, MARGIN + contentWidth, top);
  const header = headerBlock(
    journey,
    index,
    theme,
    MARGIN,
    top,
    contentWidth - (legend.width > 0 ? legend.width + 40 : 0),
  );
  front.push(...header.items, ...legend.items);
  top += Math.max(header.height, legend.height) + 36;

  const loops = loopArrows(journey, index, grid, theme, top);
  front.push(...loops.items);
  top += loops.height;
  const band = stageBand(journey, index, grid, theme, top);
  front.push(...band.items);
  top += band.height + (band.height > 0 ? 12 : 0);
  if (journey.stages.length === 0) {
    const note = wrapBlock('This journey has no stages yet.', styles.objective, grid.width);
    front.push(placeText(note, grid.left, top, theme.muted));
    top += note.height + 12;
  }

  const lanesTop = top;
  const rows: LaneRow[] = [];
  let visibilityDrawn = false;
  let previousGroup: LaneGroup | undefined;
  let previousSection: string | undefined;
  lanes.forEach((lane, laneIndex) => {
    const section = lane.section ?? groupNames[lane.group];
    if (section !== previousSection || lane.group !== previousGroup) {
      top += laneIndex === 0 ? 4 : GROUP_GAP;
      const caption = lineBlock(section.toUpperCase(), styles.group);
      front.push(placeText(caption, MARGIN, top - lineHeight(styles.group) - 4, theme.muted));
      front.push({
        kind: 'line',
        x1: MARGIN,
        y1: top - 1,
        x2: width - MARGIN,
        y2: top - 1,
        stroke: theme.border,
        strokeWidth: 1,
      });
    }
    previousGroup = lane.group;
    previousSection = section;
    if (lane.belowVisibility && !visibilityDrawn && laneIndex > 0) {
      visibilityDrawn = true;
      top += VISIBILITY_GAP;
      const y = round(top - VISIBILITY_GAP / 2);
      const label = lineBlock('line of visibility', { size: 12, weight: 600, italic: true });
      front.push({
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
      });
    }
    const measured = lane.measure(context);
    const labelWidth = LABEL_WIDTH - 24 - (lane.labelReserve ?? 0);
    const label = wrapBlock(lane.label, styles.laneLabel, labelWidth);
    const hint = lane.hint ? wrapBlock(lane.hint, styles.laneHint, labelWidth) : undefined;
    const labelHeight = 14 + label.height + (hint ? hint.height + 2 : 0) + 14;
    const height = Math.ceil(Math.max(measured.height, labelHeight));
    const odd = rows.length % 2 === 1;
    back.push({
      kind: 'rect',
      x: MARGIN,
      y: top,
      width: contentWidth,
      height,
      fill: odd ? theme.background : theme.band,
      ...(theme.name === 'print' ? { stroke: theme.grid, strokeWidth: 0.5 } : {}),
    });
    const labelItems: SceneItem[] = [placeText(label, MARGIN + 12, top + 14, theme.text)];
    if (hint) labelItems.push(placeText(hint, MARGIN + 12, top + 14 + label.height + 2, theme.muted));
    front.push({
      kind: 'group',
      className: `wm-lane-label wm-lane-${lane.id}`,
      box: { x: MARGIN, y: top, width: LABEL_WIDTH, height },
      cell: `label:${lane.id}`,
      children: labelItems,
    });
    front.push({
      kind: 'group',
      id: `lane-${lane.id}`,
      className: `wm-lane wm-lane-${lane.id}`,
      children: lane.place(measured, top, context),
    });
    rows.push({ id: lane.id, label: lane.label, group: lane.group, y: top, height });
    top += height;
  });
  const lanesBottom = top;

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
        y2: lanesBottom,
        stroke: stageBoundary ? theme.border : theme.grid,
        strokeWidth: 1,
        ...(stageBoundary ? {} : { dash: [2, 4] }),
      });
    }
  }

  top += 24;
  const steps = allSteps(journey).length;
  const footer = wrapBlock(
    `${journey.title} · ${count(journey.stages.length, 'stage')} · ${count(steps, 'step')} · drawn with Waymark`,
    styles.small,
    contentWidth,
  );
  front.push(placeText(footer, MARGIN, top, theme.muted));
  top += footer.height + MARGIN;

  const height = Math.ceil(top);
  const scene: Scene = {
    width,
    height,
    background: theme.background,
    title: journey.title,
    description: describe(journey),
    items: [{ kind: 'rect', x: 0, y: 0, width, height, fill: theme.background }, ...back, ...front],
  };
  return {
    width,
    height,
    theme: resolved.theme,
    page: resolved.page,
    idPrefix: resolved.idPrefix,
    columns: index.columns.map((column) => ({
      x: columnX(grid, column.index),
      width: grid.columnWidth,
      stageId: column.stage.id,
      ...(column.step ? { stepId: column.step.id } : {}),
      label: column.label,
    })),
    lanes: rows,
    scene,
  };
}
