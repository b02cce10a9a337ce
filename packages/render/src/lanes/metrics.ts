import { type Metric, metricDirection } from '@waymark/core';
import {
  badgeSize,
  buildCard,
  type Card,
  type CardPart,
  drawBadge,
  frameFor,
  headerPart,
  innerWidth,
  textPart,
} from '../layout/card.js';
import { CARD_GAP, CELL_PAD_X, CELL_PAD_Y, lineHeight, styles } from '../layout/constants.js';
import { placeText, round, wrapBlock } from '../layout/text.js';
import { placeLabel } from './findingCard.js';
import {
  type Caption,
  type CardGroup,
  cardWidth,
  columnCell,
  columnX,
  flowCell,
  GROUP_SPACE,
  type LaneContext,
  type LaneDefinition,
  laneHeight,
  type MeasuredCell,
  type MeasuredLane,
  placeCells,
  placeStrip,
} from './lane.js';

/** A number with its unit: "42%", "3.5 min", "38 pts". */
export function withUnit(value: number, unit: string | undefined): string {
  const number = String(Math.round(value * 100) / 100);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** Acronym kinds get a chip on the card; the others say their kind in words. */
const kindChips: Readonly<Partial<Record<Metric['kind'], string>>> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** The latest measurement: value, date, and an arrow coloured by whether it moved the right way. */
function latestPart(metric: Metric, context: LaneContext, width: number): CardPart | undefined {
  const latest = [...metric.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (!latest) return undefined;
  const { theme } = context;
  const better = metricDirection(metric);
  const reference = metric.baseline ?? metric.measurements[0]?.value ?? latest.value;
  const delta = latest.value - reference;
  const good = delta === 0 ? undefined : delta > 0 === (better === 'up');
  const color = good === undefined ? theme.muted : good ? theme.gain.accent : theme.pain.accent;
  const text = wrapBlock(
    `latest ${withUnit(latest.value, metric.unit)} · ${latest.date}`,
    styles.smallStrong,
    width - 16,
  );
  const line = lineHeight(styles.smallStrong);
  const arrow = (x: number, y: number) => {
    const cx = x + 5;
    const cy = y + line / 2;
    if (delta === 0) return `M${round(cx - 4)} ${round(cy)}L${round(cx + 4)} ${round(cy)}`;
    return delta > 0
      ? `M${round(cx - 5)} ${round(cy + 3.5)}L${round(cx)} ${round(cy - 4)}L${round(cx + 5)} ${round(cy + 3.5)}Z`
      : `M${round(cx - 5)} ${round(cy - 3.5)}L${round(cx)} ${round(cy + 4)}L${round(cx + 5)} ${round(cy - 3.5)}Z`;
  };
  return {
    height: text.height,
    gap: 4,
    draw: (x, y) => [
      delta === 0
        ? { kind: 'path', d: arrow(x, y), stroke: color, strokeWidth: 2 }
        : { kind: 'path', d: arrow(x, y), fill: color },
      placeText(text, x + 16, y, theme.text),
    ],
  };
}

function metricCard(metric: Metric, context: LaneContext, inStage: boolean): Card {
  const { theme } = context;
  const tone = theme.metric;
  const width = cardWidth(context.grid);
  const frame = frameFor(
    theme,
    theme.surface,
    theme.name === 'print' ? theme.border : tone.accent,
    metric.evidence,
  );
  const inner = innerWidth(width, frame);
  const chipText = kindChips[metric.kind];
  const chip = chipText ? badgeSize(chipText) : undefined;
  const parts: CardPart[] = [
    headerPart({
      text: metric.name,
      color: theme.text,
      width: inner,
      ...(chipText && chip
        ? {
            right: {
              width: chip.width,
              height: chip.height,
              draw: (x: number, y: number) => drawBadge(chipText, x, y, tone.fill, tone.text),
            },
          }
        : {}),
    }),
  ];
  const plan = [
    metric.baseline !== undefined ? `baseline ${withUnit(metric.baseline, metric.unit)}` : undefined,
    metric.target !== undefined ? `target ${withUnit(metric.target, metric.unit)}` : undefined,
  ].filter(Boolean);
  const kind = metric.kind === 'custom' || chipText ? '' : `${metric.kind.replace('-', ' ')} · `;
  const better = `${kind}${metricDirection(metric) === 'up' ? '↑ higher is better' : '↓ lower is better'}`;
  parts.push(
    textPart(plan.length > 0 ? `${plan.join(' → ')}` : better, styles.small, theme.muted, inner, { gap: 6 }),
  );
  if (plan.length > 0) parts.push(textPart(better, styles.small, theme.muted, inner, { gap: 2 }));
  if (!inStage) {
    const where = placeLabel(metric.at, context, false);
    if (where) parts.push(textPart(where, styles.small, theme.muted, inner, { gap: 4 }));
  }
  const latest = latestPart(metric, context, inner);
  if (latest) parts.push(latest);
  return buildCard({
    width,
    className: 'wm-card wm-metric',
    id: `metric-${metric.id}`,
    dataId: metric.id,
    title: metric.name,
    frame,
    parts,
    measured: metric.evidence === 'measured',
    measuredColor: tone.accent,
  });
}

/** The stage a metric belongs to (via its stage, step or touchpoint), if on the main path. */
function stageOf(metric: Metric, context: LaneContext): number | undefined {
  const { journey, index } = context;
  if (metric.at === undefined) return undefined;
  const direct = journey.stages.findIndex((stage) => stage.id === metric.at);
  if (direct >= 0) return direct;
  const step = index.stepOf.get(metric.at);
  const column = step === undefined ? undefined : index.stepColumn.get(step);
  return column === undefined ? undefined : index.columns[column]?.stageIndex;
}

/** The alternative path step a metric is at (directly or through one of its touchpoints). */
function pathStepOf(metric: Metric, context: LaneContext): string | undefined {
  const { index } = context;
  const step = metric.at === undefined ? undefined : index.stepOf.get(metric.at);
  return step !== undefined && index.pathOfStep.has(step) ? step : undefined;
}

/** One cell per stage: the KPI cards of the stage, its steps and their touchpoints, flowing across its columns. */
function stageCells(context: LaneContext): MeasuredCell[] {
  const { journey, index, grid } = context;
  const cells: MeasuredCell[] = [];
  journey.stages.forEach((stage, stageIndex) => {
    const span = index.stageSpans.get(stage.id);
    const metrics = journey.metrics.filter((metric) => stageOf(metric, context) === stageIndex);
    if (!span || metrics.length === 0) return;
    const x = columnX(grid, span[0]) + CELL_PAD_X;
    const width = (span[1] - span[0] + 1) * grid.columnWidth - 2 * CELL_PAD_X;
    cells.push(
      flowCell(
        `metrics:stage-${stageIndex}`,
        x,
        CELL_PAD_Y,
        width,
        metrics.map((m) => metricCard(m, context, true)),
        grid,
      ),
    );
  });
  return cells;
}

/** How far down each column is filled by the cards of these cells. */
function columnBottoms(cells: readonly MeasuredCell[], context: LaneContext): number[] {
  const { grid } = context;
  const bottoms = Array.from({ length: grid.columnCount }, () => 0);
  for (const cell of cells) {
    for (const { card, dx, dy } of cell.cards) {
      const column = Math.round((cell.x + dx - CELL_PAD_X - grid.left) / grid.columnWidth);
      if (column >= 0 && column < bottoms.length)
        bottoms[column] = Math.max(bottoms[column] ?? 0, cell.y + dy + card.height);
    }
  }
  return bottoms;
}

/**
 * The metrics of the alternative path steps drawn in a column, grouped by path (in path order)
 * under "on path: <name>"; each card says which path step it is at.
 */
function pathGroups(
  metrics: readonly Metric[],
  column: number,
  context: LaneContext,
): (CardGroup & { readonly ids: readonly string[] })[] {
  const groups: { pathId: string; caption: string; cards: Card[]; ids: string[] }[] = [];
  for (const { path, step } of context.index.pathStepsByColumn.get(column) ?? []) {
    const here = metrics.filter((metric) => pathStepOf(metric, context) === step.id);
    if (here.length === 0) continue;
    const cards = here.map((metric) => metricCard(metric, context, false));
    const ids = here.map((metric) => metric.id);
    const last = groups[groups.length - 1];
    if (last && last.pathId === path.id) {
      last.cards.push(...cards);
      last.ids.push(...ids);
    } else groups.push({ pathId: path.id, caption: `on path: ${path.name}`, cards, ids });
  }
  return groups;
}

/**
 * Metrics per stage, in a cell spanning the stage's columns; metrics of alternative path steps in
 * the column of their path step, under "on path: <name>", below the stage's cards. Journey-level
 * KPIs (no `at`) are headline tiles in the header; a metric whose `at` names nothing drawn on the
 * map goes in an "Across the journey" strip, so it is never lost.
 */
function measureMetrics(context: LaneContext): MeasuredLane {
  const { journey, grid } = context;
  const cells = stageCells(context);
  const captions: Caption[] = [];
  const bottoms = columnBottoms(cells, context);
  const onPaths = journey.metrics.filter((metric) => pathStepOf(metric, context) !== undefined);
  const drawn = new Set<string>();
  if (onPaths.length > 0) {
    // A map without columns still draws its alternative paths from column 0.
    for (let column = 0; column < Math.max(1, grid.columnCount); column += 1) {
      const groups = pathGroups(onPaths, column, context);
      if (groups.length === 0) continue;
      for (const group of groups) for (const id of group.ids) drawn.add(id);
      const above = bottoms[column] ?? 0;
      const built = columnCell(
        `metrics:${column}`,
        columnX(grid, column) + CELL_PAD_X,
        cardWidth(grid),
        [],
        groups,
        above > 0 ? above + CARD_GAP + GROUP_SPACE : CELL_PAD_Y,
      );
      cells.push(built.cell);
      captions.push(...built.captions);
      bottoms[column] = built.cell.y + built.cell.height;
    }
  }
  const unplaced = journey.metrics.filter(
    (metric) => metric.at !== undefined && stageOf(metric, context) === undefined && !drawn.has(metric.id),
  );
  if (unplaced.length > 0) {
    const strip = placeStrip(
      'metrics:wide',
      { caption: 'Across the journey', cards: unplaced.map((m) => metricCard(m, context, false)) },
      bottoms,
      grid,
    );
    cells.push(strip.cell);
    captions.push(strip.caption);
  }
  return { height: laneHeight(cells, 56), cells, captions };
}

export const metricsLane: LaneDefinition = {
  id: 'metrics',
  label: 'Metrics',
  hint: 'KPIs per stage',
  group: 'measure',
  hasContent: (journey) => journey.metrics.some((metric) => metric.at !== undefined),
  measure: measureMetrics,
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
