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
import { CELL_PAD_X, CELL_PAD_Y, lineHeight, styles } from '../layout/constants.js';
import { placeText, round, wrapBlock } from '../layout/text.js';
import { placeLabel } from './findingCard.js';
import {
  captionHeight,
  cardWidth,
  columnX,
  flowCell,
  type LaneContext,
  type LaneDefinition,
  laneHeight,
  type MeasuredCell,
  placeCells,
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

export const metricsLane: LaneDefinition = {
  id: 'metrics',
  label: 'Metrics',
  hint: 'KPIs per stage',
  group: 'measure',
  hasContent: (journey) => journey.metrics.some((metric) => metric.at !== undefined),
  measure: (context) => {
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
    // Journey-level KPIs (no `at`) are headline tiles in the header; here only those on other paths.
    const wide = journey.metrics.filter(
      (metric) => metric.at !== undefined && stageOf(metric, context) === undefined,
    );
    const captions: { text: string; x: number; y: number }[] = [];
    if (wide.length > 0) {
      const top = laneHeight(cells) + (cells.length > 0 ? 6 : 0);
      captions.push({ text: 'Off the main path', x: grid.left + CELL_PAD_X, y: top });
      cells.push(
        flowCell(
          'metrics:wide',
          grid.left + CELL_PAD_X,
          top + captionHeight,
          grid.width - 2 * CELL_PAD_X,
          wide.map((m) => metricCard(m, context, false)),
          grid,
        ),
      );
    }
    return { height: laneHeight(cells, 56), cells, captions };
  },
  place: (measured, top, context) => placeCells(measured, top, context.theme),
};
