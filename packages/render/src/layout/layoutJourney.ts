import type { Journey } from '@waymark/core';
import { columnX, type Grid, type LaneContext, type LaneDefinition } from '../lanes/lane.js';
import { lanes as laneRegistry } from '../lanes/registry.js';
import { type LaneId, type PageSize, type RenderOptions, resolveOptions } from '../options.js';
import type { Scene, SceneItem } from '../scene/scene.js';
import { type ThemeName, themeFor } from '../theme.js';
import { COLUMN_WIDTH, LABEL_WIDTH, MARGIN, MIN_CONTENT_WIDTH, styles } from './constants.js';
import { headerBlock } from './header.js';
import { type LaneRow, placeLanes } from './laneRows.js';
import { legendBlock } from './legend.js';
import { buildMapIndex } from './mapIndex.js';
import { loopArrows, stageBand } from './stageBand.js';
import { placeText, wrapBlock } from './text.js';

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

/**
 * "4 stages · 12 steps · 1 alternative path (2 steps)": steps on the main path, and the
 * alternative paths with their own steps apart, since they are not steps of the main path.
 */
function journeyCounts(journey: Journey, separator = ' · '): string {
  const steps = journey.stages.reduce((sum, stage) => sum + stage.steps.length, 0);
  const parts = [count(journey.stages.length, 'stage'), count(steps, 'step')];
  if (journey.paths.length > 0) {
    const pathSteps = journey.paths.reduce((sum, path) => sum + path.steps.length, 0);
    parts.push(`${count(journey.paths.length, 'alternative path')} (${count(pathSteps, 'step')})`);
  }
  return parts.join(separator);
}

function describe(journey: Journey): string {
  const personas = journey.personas.map((persona) => persona.name).join(', ');
  return [
    `Customer journey map “${journey.title}”: ${journeyCounts(journey, ', ')}`,
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
  return laneRegistry.filter((lane) => lane.hasContent(journey, context.index, context.analysis));
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
  const context: LaneContext = {
    journey,
    theme,
    index,
    grid,
    ...(resolved.analysis ? { analysis: resolved.analysis } : {}),
  };
  const width = grid.left + grid.width + MARGIN;
  const contentWidth = width - 2 * MARGIN;
  const lanes = chosenLanes(journey, resolved.lanes, context);
  const shown = new Set(lanes.map((lane) => lane.id));

  const back: SceneItem[] = [];
  const front: SceneItem[] = [];
  let top = MARGIN;

  const legend = legendBlock(journey, index, theme, shown, MARGIN + contentWidth, top, resolved.analysis);
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

  const placed = placeLanes(lanes, context, top, width);
  back.push(...placed.back);
  front.push(...placed.front);
  top = placed.bottom;

  top += 24;
  const footer = wrapBlock(
    `${journey.title} · ${journeyCounts(journey)} · drawn with Waymark`,
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
    lanes: placed.rows,
    scene,
  };
}
