import { type AnalysisDocument, allSteps, type Journey } from '@waymark/core';
import { momentStar } from '../lanes/actions.js';
import { MEASURED_DASH, measuredCurves } from '../lanes/measuredEmotions.js';
import type { LaneId } from '../options.js';
import type { SceneItem } from '../scene/scene.js';
import { type Theme, textOn } from '../theme.js';
import { drawBadge } from './card.js';
import { lineHeight, styles } from './constants.js';
import type { HeaderBlock } from './header.js';
import type { MapIndex } from './mapIndex.js';
import { lineBlock, placeText, round, wrapBlock } from './text.js';

/** Width of one legend column (sample and text). */
const COLUMN = 250;
const COLUMN_GAP = 20;
const SAMPLE = 52;
const ROW_GAP = 6;

interface Entry {
  readonly text: string;
  sample(x: number, cy: number): SceneItem[];
}

/** Whether any element of the journey carries this evidence level. */
function hasEvidence(journey: Journey, level: 'assumed' | 'measured'): boolean {
  const steps = allSteps(journey).map((place) => place.step);
  return [
    ...journey.stages,
    ...journey.paths,
    ...steps,
    ...steps.flatMap((step) => step.touchpoints),
    ...journey.painPoints,
    ...journey.gains,
    ...journey.opportunities,
    ...journey.metrics,
  ].some((element) => element.evidence === level);
}

/** A dashed line with a hollow dot: the measured curve's sample. */
function measuredSample(color: string, theme: Theme) {
  return (x: number, cy: number): SceneItem[] => [
    {
      kind: 'line',
      x1: x,
      y1: cy,
      x2: x + SAMPLE - 8,
      y2: cy,
      stroke: color,
      strokeWidth: 2,
      dash: MEASURED_DASH,
    },
    {
      kind: 'circle',
      cx: round(x + (SAMPLE - 8) / 2),
      cy,
      r: 5,
      fill: theme.background,
      stroke: color,
      strokeWidth: 2,
    },
  ];
}

function entries(
  journey: Journey,
  index: MapIndex,
  theme: Theme,
  shown: ReadonlySet<LaneId>,
  analysis: AnalysisDocument | undefined,
): Entry[] {
  const list: Entry[] = [];
  if (shown.has('emotions')) {
    for (const style of index.shownPersonas) {
      list.push({
        text: `${style.persona.name} — emotion curve`,
        sample: (x, cy) => [
          {
            kind: 'line',
            x1: x,
            y1: cy,
            x2: x + SAMPLE - 8,
            y2: cy,
            stroke: style.color,
            strokeWidth: 2.5,
            ...(style.dash.length > 0 ? { dash: style.dash } : {}),
          },
          {
            kind: 'circle',
            cx: round(x + (SAMPLE - 8) / 2),
            cy,
            r: 6,
            fill: style.color,
            stroke: theme.background,
            strokeWidth: 1,
          },
        ],
      });
    }
    for (const curve of measuredCurves(analysis, index.shownPersonas, index.stepColumn, theme)) {
      list.push({ text: `${curve.name} — measured`, sample: measuredSample(curve.color, theme) });
    }
    const low = allSteps(journey).some(({ step }) =>
      index.shownPersonas.some((style) => (step.emotions[style.persona.id]?.score ?? 0) <= -1),
    );
    if (low)
      list.push({
        text: 'A low: emotion −1 or below',
        sample: (x, cy) => [
          {
            kind: 'rect',
            x: x + 6,
            y: cy - 10,
            width: 32,
            height: 20,
            radius: 10,
            stroke: theme.pain.accent,
            strokeWidth: 2,
            fill: theme.background,
          },
          { kind: 'rect', x: x + 9, y: cy - 7, width: 26, height: 14, radius: 7, fill: theme.muted },
        ],
      });
  }
  const steps = allSteps(journey).map((place) => place.step);
  if (
    steps.some(
      (step) => step.momentOfTruth || step.touchpoints.some((touchpoint) => touchpoint.momentOfTruth),
    )
  ) {
    list.push({
      text: 'Moment of truth: decides how the customer sees us',
      sample: (x, cy) => [
        {
          kind: 'rect',
          x,
          y: cy - 10,
          width: 40,
          height: 20,
          radius: 4,
          fill: theme.surface,
          stroke: theme.moment.accent,
          strokeWidth: 2,
        },
        momentStar(x + 12, cy - 8, theme.moment.accent, theme.moment.text),
      ],
    });
  }
  const badge = (text: string, fill: string) => (x: number, cy: number) =>
    drawBadge(text, x, cy - (lineHeight(styles.badge) + 2) / 2, fill, textOn(fill));
  if (shown.has('painPoints') && journey.painPoints.length > 0) {
    list.push({ text: 'Pain point; its dots show severity 1–5', sample: badge('P1', theme.pain.accent) });
  }
  if (shown.has('gains') && journey.gains.length > 0)
    list.push({ text: 'Gain: what delights', sample: badge('G1', theme.gain.accent) });
  if (shown.has('opportunities') && journey.opportunities.length > 0) {
    list.push({
      text: 'Opportunity, with RICE score and actions',
      sample: badge('O1', theme.opportunity.accent),
    });
  }
  if (hasEvidence(journey, 'assumed')) {
    list.push({
      text: 'Assumed: not yet backed by evidence',
      sample: (x, cy) => [
        {
          kind: 'rect',
          x,
          y: cy - 10,
          width: 40,
          height: 20,
          radius: 4,
          fill: theme.surface,
          stroke: theme.muted,
          strokeWidth: 1.25,
          dash: [5, 4],
        },
      ],
    });
  }
  if (hasEvidence(journey, 'measured')) {
    list.push({
      text: 'Measured: backed by data',
      sample: (x, cy) => [
        {
          kind: 'rect',
          x,
          y: cy - 10,
          width: 40,
          height: 20,
          radius: 4,
          fill: theme.surface,
          stroke: theme.border,
          strokeWidth: 1,
        },
        { kind: 'circle', cx: x + 33, cy: cy - 3, r: 4, fill: theme.text },
      ],
    });
  }
  if (shown.has('paths')) {
    const kinds = [...new Set(journey.paths.map((path) => path.kind))];
    for (const kind of kinds) {
      const color = theme.pathKinds[kind];
      list.push({
        text: `${kind[0]?.toUpperCase()}${kind.slice(1)} path`,
        sample: (x, cy) => [
          { kind: 'line', x1: x, y1: cy, x2: x + 34, y2: cy, stroke: color, strokeWidth: 2 },
          { kind: 'path', d: `M${x + 33} ${cy - 4.5}L${x + 40} ${cy}L${x + 33} ${cy + 4.5}Z`, fill: color },
        ],
      });
    }
  }
  return list;
}

/** The legend box, its right edge at `right`: one row per kind of mark on this map, in one or two columns. */
export function legendBlock(
  journey: Journey,
  index: MapIndex,
  theme: Theme,
  shown: ReadonlySet<LaneId>,
  right: number,
  y: number,
  analysis?: AnalysisDocument,
): HeaderBlock & { readonly width: number } {
  const list = entries(journey, index, theme, shown, analysis);
  if (list.length === 0) return { width: 0, height: 0, items: [] };
  const columns = list.length > 5 ? 2 : 1;
  const width = columns * COLUMN + (columns - 1) * COLUMN_GAP + 28;
  const x = right - width;
  const items: SceneItem[] = [];
  const heading = lineBlock('Legend', styles.heading);
  items.push(placeText(heading, x + 14, y + 12, theme.text));
  const rowsTop = y + 12 + heading.height + 8;
  const perColumn = Math.ceil(list.length / columns);
  let bottom = rowsTop;
  for (let column = 0; column < columns; column += 1) {
    let top = rowsTop;
    const left = x + 14 + column * (COLUMN + COLUMN_GAP);
    for (const entry of list.slice(column * perColumn, (column + 1) * perColumn)) {
      const block = wrapBlock(entry.text, styles.small, COLUMN - SAMPLE);
      const rowHeight = Math.max(22, block.height);
      items.push(...entry.sample(left, round(top + rowHeight / 2)));
      items.push(placeText(block, left + SAMPLE, top + (rowHeight - block.height) / 2, theme.muted));
      top += rowHeight + ROW_GAP;
    }
    bottom = Math.max(bottom, top);
  }
  const height = bottom - ROW_GAP + 12 - y;
  return {
    width,
    height,
    items: [
      {
        kind: 'group',
        className: 'wm-legend',
        box: { x, y, width, height },
        cell: 'header:legend',
        children: [
          {
            kind: 'rect',
            x,
            y,
            width,
            height,
            radius: 8,
            fill: theme.surface,
            stroke: theme.border,
            strokeWidth: 1,
          },
          ...items,
        ],
      },
    ],
  };
}
