import type { AnalysisDocument } from '@waymark/core';
import { CELL_PAD_X, CELL_PAD_Y, RADIUS, styles } from '../layout/constants.js';
import type { MapIndex } from '../layout/mapIndex.js';
import { placeText, round, type TextBlock, wrapBlock } from '../layout/text.js';
import type { SceneItem } from '../scene/scene.js';
import { columnX, type LaneContext, type LaneDefinition } from './lane.js';

const PAD = 10;
const BAR_HEIGHT = 10;
const GAP = 6;

type FunnelStage = NonNullable<AnalysisDocument['funnel']>['stages'][number];

/** "1,749": a count as printed on the map. */
export function formatCount(count: number): string {
  return new Intl.NumberFormat('en-US').format(count);
}

/** "45%": a share as a whole percentage. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "14 min", "6.5 h", "1.1 days": a duration in seconds, for reading at a glance. */
export function formatDuration(seconds: number): string {
  const minutes = seconds / 60;
  if (minutes < 90) return `${Math.max(1, Math.round(minutes))} min`;
  const hours = minutes / 60;
  if (hours < 36) return `${Math.round(hours * 10) / 10} h`;
  const days = Math.round((hours / 24) * 10) / 10;
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** One stage's badge: its texts (wrapped to the badge) and where the bar goes. */
interface StageBadge {
  readonly stage: FunnelStage;
  readonly column: number;
  readonly span: number;
  readonly headline: TextBlock;
  readonly reach: TextBlock;
  readonly next: TextBlock;
  readonly timing?: TextBlock;
  readonly height: number;
}

/** The funnel stages of the analysis that are stages of this map, each with its column span. */
function badgesFor(context: LaneContext): StageBadge[] {
  const { analysis, index, grid, journey } = context;
  const stages = analysis?.funnel?.stages ?? [];
  return stages.flatMap((stage) => {
    const span = index.stageSpans.get(stage.stage);
    if (!span) return [];
    const [first, last] = span;
    const width = (last - first + 1) * grid.columnWidth - 2 * CELL_PAD_X - 2 * PAD;
    const position = journey.stages.findIndex((candidate) => candidate.id === stage.stage);
    const following = journey.stages[position + 1];
    const headline = wrapBlock(`${formatCount(stage.customers)} customers`, styles.stageName, width);
    const reach = wrapBlock(
      position === 0 || stage.shareOfStart === null
        ? 'started here'
        : `${formatShare(stage.shareOfStart)} of those who started`,
      styles.small,
      width,
    );
    const next = wrapBlock(
      stage.conversionToNext === null || stage.dropOff === null || !following
        ? 'last stage measured'
        : `${formatShare(stage.conversionToNext)} go on to ${following.name} · ${formatShare(stage.dropOff)} drop off`,
      styles.smallStrong,
      width,
    );
    const timing =
      stage.medianSecondsToNext === null
        ? undefined
        : wrapBlock(
            `median ${formatDuration(stage.medianSecondsToNext)} to the next stage`,
            styles.small,
            width,
          );
    const height =
      PAD +
      headline.height +
      2 +
      reach.height +
      GAP +
      BAR_HEIGHT +
      GAP +
      next.height +
      (timing ? 2 + timing.height : 0) +
      PAD;
    return [
      {
        stage,
        column: first,
        span: last - first + 1,
        headline,
        reach,
        next,
        height,
        ...(timing ? { timing } : {}),
      },
    ];
  });
}

function drawBadge(badge: StageBadge, top: number, context: LaneContext): SceneItem {
  const { theme, grid, index } = context;
  const x = columnX(grid, badge.column) + CELL_PAD_X;
  const y = top + CELL_PAD_Y;
  const width = badge.span * grid.columnWidth - 2 * CELL_PAD_X;
  const inner = width - 2 * PAD;
  const left = x + PAD;
  let cursor = y + PAD;
  const children: SceneItem[] = [
    {
      kind: 'rect',
      x,
      y,
      width,
      height: badge.height,
      radius: RADIUS,
      fill: theme.surface,
      stroke: theme.metric.accent,
      strokeWidth: 1.25,
    },
  ];
  children.push(placeText(badge.headline, left, cursor, theme.text));
  cursor += badge.headline.height + 2;
  children.push(placeText(badge.reach, left, cursor, theme.muted));
  cursor += badge.reach.height + GAP;
  const reached = inner * Math.min(1, Math.max(0, badge.stage.shareOfStart ?? 1));
  const dropped = reached * Math.min(1, Math.max(0, badge.stage.dropOff ?? 0));
  children.push(
    {
      kind: 'rect',
      x: round(left),
      y: round(cursor),
      width: round(inner),
      height: BAR_HEIGHT,
      radius: 3,
      fill: theme.grid,
    },
    {
      kind: 'rect',
      x: round(left),
      y: round(cursor),
      width: round(reached),
      height: BAR_HEIGHT,
      radius: 3,
      fill: theme.metric.accent,
    },
  );
  if (dropped > 0.5) {
    children.push({
      kind: 'rect',
      x: round(left + reached - dropped),
      y: round(cursor),
      width: round(dropped),
      height: BAR_HEIGHT,
      fill: theme.pain.accent,
    });
  }
  cursor += BAR_HEIGHT + GAP;
  children.push(
    placeText(badge.next, left, cursor, badge.stage.dropOff !== null ? theme.pain.text : theme.text),
  );
  cursor += badge.next.height + 2;
  if (badge.timing) children.push(placeText(badge.timing, left, cursor, theme.muted));
  const name = index.columns[badge.column]?.stage.name ?? badge.stage.stage;
  return {
    kind: 'group',
    className: 'wm-measured-stage',
    id: `measured-${badge.stage.stage}`,
    dataId: badge.stage.stage,
    title: `${name}: ${formatCount(badge.stage.customers)} customers${
      badge.stage.dropOff === null
        ? ''
        : `, ${formatShare(badge.stage.dropOff)} drop off before the next stage`
    }`,
    box: { x, y, width, height: badge.height },
    cell: `measured:${badge.column}`,
    children,
  };
}

/** Whether the analysis has a funnel stage that is a stage of this map. */
function hasFunnel(analysis: AnalysisDocument | undefined, index: MapIndex): boolean {
  return (analysis?.funnel?.stages ?? []).some((stage) => index.stageSpans.has(stage.stage));
}

export const measuredLane: LaneDefinition = {
  id: 'measured',
  label: 'Measured',
  hint: 'customers per stage, from data',
  group: 'measure',
  hasContent: (_journey, index, analysis) => hasFunnel(analysis, index),
  measure: (context) => {
    const tallest = Math.max(0, ...badgesFor(context).map((badge) => badge.height));
    return { height: tallest > 0 ? tallest + 2 * CELL_PAD_Y : 56, cells: [] };
  },
  place: (_measured, top, context) => badgesFor(context).map((badge) => drawBadge(badge, top, context)),
};
