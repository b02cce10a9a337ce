import { facePaths } from '../icons.js';
import { lineHeight, styles } from '../layout/constants.js';
import type { PersonaStyle } from '../layout/mapIndex.js';
import { lineBlock, placeText, round } from '../layout/text.js';
import type { SceneItem } from '../scene/scene.js';
import { measureText } from '../text/measure.js';
import { textOn } from '../theme.js';
import { columnX, type LaneContext, type LaneDefinition } from './lane.js';
import {
  hasMeasuredEmotions,
  MEASURED_DASH,
  type MeasuredCurve,
  measuredCurves,
} from './measuredEmotions.js';

const PAD_TOP = 24;
const UNIT = 34;
const PAD_BOTTOM = 24;
const HEIGHT = PAD_TOP + 4 * UNIT + PAD_BOTTOM;
const PILL_HEIGHT = 20;
const scoreStyle = styles.badge;

/** "+1", "0", "−1.5": a score as it is printed on the map. */
export function formatScore(score: number): string {
  const text = String(Math.round(Math.abs(score) * 10) / 10);
  if (score > 0) return `+${text}`;
  if (score < 0) return `−${text}`;
  return '0';
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/** A smooth curve through the points: Catmull-Rom turned into cubic Bézier segments, kept inside [top, bottom]. */
export function smoothPath(points: readonly Point[], top: number, bottom: number): string {
  const first = points[0];
  if (!first) return '';
  const clamp = (y: number) => Math.min(bottom, Math.max(top, y));
  let d = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[i - 1] ?? points[i] ?? first;
    const p1 = points[i] ?? first;
    const p2 = points[i + 1] ?? p1;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: clamp(p1.y + (p2.y - p0.y) / 6) };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: clamp(p2.y - (p3.y - p1.y) / 6) };
    d += `C${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(p2.x)} ${round(p2.y)}`;
  }
  return d;
}

/** Diagonal hatching inside a rectangle, as one path (print theme: the low zone without colour). */
export function hatchPath(x: number, y: number, width: number, height: number, spacing: number): string {
  let d = '';
  for (let c = x - height; c < x + width; c += spacing) {
    let x1 = c;
    let y1 = y + height;
    let x2 = c + height;
    let y2 = y;
    if (x1 < x) {
      y1 -= x - x1;
      x1 = x;
    }
    if (x2 > x + width) {
      y2 += x2 - (x + width);
      x2 = x + width;
    }
    if (x2 > x1) d += `M${round(x1)} ${round(y1)}L${round(x2)} ${round(y2)}`;
  }
  return d;
}

/** The pill's text: the score, and in print (where colour may be lost) the persona's initials when they fit. */
function pillText(style: PersonaStyle, score: number, initials: boolean): string {
  return initials ? `${style.initials} ${formatScore(score)}` : formatScore(score);
}

/** How far apart the personas' pills sit in a column, and whether the pills carry initials. */
function pillLayout(
  personas: readonly PersonaStyle[],
  context: LaneContext,
): { spacing: number; initials: boolean } {
  const room = (context.grid.columnWidth - 24) / Math.max(1, personas.length);
  const widest = (initials: boolean) =>
    Math.max(
      ...personas.map((style) => measureText(pillText(style, -1.5, initials), scoreStyle) + 18),
      PILL_HEIGHT,
    );
  const initials = context.theme.name === 'print' && widest(true) + 4 <= room;
  return { spacing: Math.min(widest(initials) + 4, room), initials };
}

/** The band (zone, grid lines) and, outside it on the left, the scale labels and faces. */
function drawScale(context: LaneContext, top: number): { band: SceneItem[]; labels: SceneItem[] } {
  const { theme, grid } = context;
  const items: SceneItem[] = [];
  const labels: SceneItem[] = [];
  const zero = top + PAD_TOP + 2 * UNIT;
  const low = top + PAD_TOP + 4 * UNIT;
  items.push({
    kind: 'rect',
    x: grid.left,
    y: zero,
    width: grid.width,
    height: low - zero + 8,
    fill: theme.negativeZone,
    fillOpacity: theme.negativeOpacity,
  });
  if (theme.hatchNegative) {
    items.push({
      kind: 'path',
      d: hatchPath(grid.left, zero, grid.width, low - zero + 8, 10),
      stroke: theme.muted,
      strokeWidth: 0.5,
    });
  }
  for (let score = 2; score >= -2; score -= 1) {
    const y = top + PAD_TOP + (2 - score) * UNIT;
    items.push({
      kind: 'line',
      x1: grid.left,
      y1: y,
      x2: grid.left + grid.width,
      y2: y,
      stroke: score === 0 ? theme.muted : theme.grid,
      strokeWidth: score === 0 ? 1.25 : 1,
      ...(score === 0 ? {} : { dash: [2, 4] }),
    });
    const label = lineBlock(formatScore(score), styles.small);
    labels.push(placeText(label, grid.left - 30, y - lineHeight(styles.small) / 2, theme.muted, 'end'));
  }
  const face = (score: 2 | -2, mood: 1 | -1) => {
    const cx = grid.left - 15;
    const cy = top + PAD_TOP + (2 - score) * UNIT;
    const stroke = mood > 0 ? theme.gain.accent : theme.pain.accent;
    return [
      { kind: 'circle', cx, cy, r: 8, stroke, strokeWidth: 1.4 } satisfies SceneItem,
      { kind: 'circle', cx: cx - 2.8, cy: cy - 2.2, r: 1.1, fill: stroke } satisfies SceneItem,
      { kind: 'circle', cx: cx + 2.8, cy: cy - 2.2, r: 1.1, fill: stroke } satisfies SceneItem,
      ...facePaths(cx, cy, 8, mood).map(
        (d): SceneItem => ({ kind: 'path', d, stroke, strokeWidth: 1.4, lineCap: 'round' }),
      ),
    ];
  };
  labels.push(...face(2, 1), ...face(-2, -1));
  return { band: items, labels };
}

function drawPersona(
  style: PersonaStyle,
  slot: number,
  pills: { readonly spacing: number; readonly initials: boolean; readonly count: number },
  context: LaneContext,
  top: number,
) {
  const { spacing, initials, count } = pills;
  const { theme, grid, index } = context;
  const offset = (slot - (count - 1) / 2) * spacing;
  const yOf = (score: number) => top + PAD_TOP + (2 - score) * UNIT;
  const points: (Point & { score: number; step: string; stepName: string; assumed: boolean })[] = [];
  for (const column of index.columns) {
    const emotion = column.step?.emotions[style.persona.id];
    if (!column.step || !emotion) continue;
    points.push({
      x: columnX(grid, column.index) + grid.columnWidth / 2 + offset,
      y: yOf(emotion.score),
      score: emotion.score,
      step: column.step.id,
      stepName: column.step.name,
      assumed: emotion.evidence === 'assumed',
    });
  }
  const curve: SceneItem[] = [];
  if (points.length > 1) {
    curve.push({
      kind: 'path',
      d: smoothPath(points, yOf(2), yOf(-2)),
      stroke: style.color,
      strokeWidth: 2.5,
      lineCap: 'round',
      ...(style.dash.length > 0 ? { dash: style.dash } : {}),
    });
  }
  const markers: SceneItem[] = points.map((point) => {
    const text = pillText(style, point.score, initials);
    const width = Math.max(PILL_HEIGHT + 6, Math.ceil(measureText(text, scoreStyle)) + 12);
    const x = point.x - width / 2;
    const y = point.y - PILL_HEIGHT / 2;
    const children: SceneItem[] = [];
    if (point.score <= -1) {
      children.push({
        kind: 'rect',
        x: round(x - 3),
        y: round(y - 3),
        width: width + 6,
        height: PILL_HEIGHT + 6,
        radius: PILL_HEIGHT / 2 + 3,
        stroke: theme.pain.accent,
        strokeWidth: 2,
        fill: theme.background,
      });
    }
    children.push({
      kind: 'rect',
      x: round(x),
      y: round(y),
      width,
      height: PILL_HEIGHT,
      radius: PILL_HEIGHT / 2,
      fill: point.assumed ? theme.background : style.color,
      stroke: point.assumed ? style.color : theme.background,
      strokeWidth: point.assumed ? 1.5 : 1,
      ...(point.assumed ? { dash: [3, 2] } : {}),
    });
    children.push(
      placeText(
        lineBlock(text, scoreStyle),
        point.x,
        point.y - lineHeight(scoreStyle) / 2,
        point.assumed ? theme.text : textOn(style.color),
        'middle',
      ),
    );
    return {
      kind: 'group',
      className: `wm-emotion wm-persona-${style.persona.id}`,
      id: `emotion-${point.step}-${style.persona.id}`,
      dataId: point.step,
      title: `${style.persona.name} at “${point.stepName}”: ${formatScore(point.score)}`,
      children,
    };
  });
  return { curve, markers };
}

/** A measured curve (dashed, hollow dots) at the same offset as its persona's designed curve. */
function drawMeasured(
  curve: MeasuredCurve,
  pills: { readonly spacing: number; readonly count: number },
  context: LaneContext,
  top: number,
): { curve: SceneItem[]; markers: SceneItem[] } {
  const { theme, grid, index } = context;
  const slot = curve.style ? index.shownPersonas.indexOf(curve.style) : -1;
  const offset = slot >= 0 ? (slot - (pills.count - 1) / 2) * pills.spacing : 0;
  const yOf = (score: number) => top + PAD_TOP + (2 - score) * UNIT;
  const points = curve.points.flatMap((point) => {
    const column = index.stepColumn.get(point.step);
    if (column === undefined) return [];
    return [{ ...point, x: columnX(grid, column) + grid.columnWidth / 2 + offset, y: yOf(point.score) }];
  });
  const line: SceneItem[] =
    points.length > 1
      ? [
          {
            kind: 'path',
            d: smoothPath(points, yOf(2), yOf(-2)),
            stroke: curve.color,
            strokeWidth: 2,
            lineCap: 'round',
            dash: MEASURED_DASH,
          },
        ]
      : [];
  const key = curve.style?.persona.id ?? 'all';
  const markers: SceneItem[] = points.map((point) => ({
    kind: 'group',
    className: `wm-emotion-measured wm-persona-${key}`,
    id: `measured-emotion-${point.step}-${key}`,
    dataId: point.step,
    title: `${curve.name} at “${index.stepNames.get(point.step)?.name ?? point.step}”, measured: ${formatScore(point.score)} (${point.responses} responses)`,
    children: [
      {
        kind: 'circle',
        cx: round(point.x),
        cy: round(point.y),
        r: 5,
        fill: theme.background,
        stroke: curve.color,
        strokeWidth: 2,
      },
    ],
  }));
  return { curve: line, markers };
}

export const emotionsLane: LaneDefinition = {
  id: 'emotions',
  label: 'Emotions',
  hint: 'per persona',
  group: 'customer',
  labelReserve: 48,
  hasContent: (journey, index, analysis) =>
    hasMeasuredEmotions(analysis, index.stepColumn) ||
    journey.stages.some((stage) =>
      stage.steps.some((step) => index.shownPersonas.some((persona) => step.emotions[persona.persona.id])),
    ),
  measure: () => ({ height: HEIGHT, cells: [] }),
  place: (_measured, top, context) => {
    const personas = context.index.shownPersonas;
    const { spacing, initials } = pillLayout(personas, context);
    const drawn = personas.map((style, slot) =>
      drawPersona(style, slot, { spacing, initials, count: personas.length }, context, top),
    );
    const measured = measuredCurves(context.analysis, personas, context.index.stepColumn, context.theme).map(
      (curve) => drawMeasured(curve, { spacing, count: personas.length }, context, top),
    );
    const scale = drawScale(context, top);
    return [
      { kind: 'group', className: 'wm-emotion-scale', children: scale.labels },
      {
        kind: 'group',
        className: 'wm-emotion-curve',
        box: { x: context.grid.left, y: top, width: context.grid.width, height: HEIGHT },
        cell: 'emotions',
        children: [
          ...scale.band,
          ...measured.flatMap((curve) => curve.curve),
          ...measured.flatMap((curve) => curve.markers),
          ...drawn.flatMap((persona) => persona.curve),
          ...drawn.flatMap((persona) => persona.markers),
        ],
      },
    ];
  },
};
