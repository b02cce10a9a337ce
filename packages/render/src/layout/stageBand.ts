import type { Journey } from '@waymark/core';
import { columnX, type Grid } from '../lanes/lane.js';
import type { SceneItem } from '../scene/scene.js';
import { type Theme, textOn } from '../theme.js';
import { lineHeight, styles } from './constants.js';
import type { HeaderBlock } from './header.js';
import type { MapIndex } from './mapIndex.js';
import { lineBlock, placeText, round, wrapBlock } from './text.js';

const PAD = 12;
const NUMBER = 26;
const INSET = 3;

/** Colours of a stage: a soft fill and a strong accent, cycling through the theme's palette. */
export function stageColors(theme: Theme, stageIndex: number): { fill: string; accent: string } {
  return {
    fill: theme.stageFills[stageIndex % theme.stageFills.length] ?? theme.band,
    accent: theme.stageAccents[stageIndex % theme.stageAccents.length] ?? theme.text,
  };
}

/** One coloured block per stage spanning its steps, numbered 1..n. */
export function stageBand(
  journey: Journey,
  index: MapIndex,
  grid: Grid,
  theme: Theme,
  top: number,
): HeaderBlock {
  const blocks = journey.stages.map((stage, stageIndex) => {
    const [first, last] = index.stageSpans.get(stage.id) ?? [0, 0];
    const x = columnX(grid, first) + INSET;
    const width = (last - first + 1) * grid.columnWidth - 2 * INSET;
    const textWidth = width - 2 * PAD - NUMBER - 10;
    const name = wrapBlock(stage.name, styles.stageName, textWidth);
    const description = stage.description
      ? wrapBlock(stage.description, styles.stageDescription, textWidth)
      : undefined;
    const nameOffset = Math.max(0, (NUMBER - lineHeight(styles.stageName)) / 2);
    const height = Math.max(NUMBER, nameOffset + name.height + (description ? description.height + 2 : 0));
    return { stage, stageIndex, x, width, name, description, height, nameOffset };
  });
  const height = Math.max(0, ...blocks.map((block) => block.height)) + 2 * PAD;
  const items: SceneItem[] = blocks.map(({ stage, stageIndex, x, width, name, description, nameOffset }) => {
    const { fill, accent } = stageColors(theme, stageIndex);
    const print = theme.name === 'print';
    const number = lineBlock(String(stageIndex + 1), styles.stageNumber);
    const children: SceneItem[] = [
      {
        kind: 'rect',
        x: round(x),
        y: top,
        width: round(width),
        height,
        radius: 8,
        fill,
        ...(print || stage.evidence === 'assumed'
          ? { stroke: print ? theme.border : accent, strokeWidth: print ? 1.5 : 1.25 }
          : {}),
        ...(stage.evidence === 'assumed' ? { dash: [5, 4] } : {}),
      },
      { kind: 'rect', x: round(x), y: top, width: round(width), height: 4, radius: 2, fill: accent },
      {
        kind: 'circle',
        cx: round(x + PAD + NUMBER / 2),
        cy: top + PAD + NUMBER / 2,
        r: NUMBER / 2,
        fill: accent,
      },
      placeText(
        number,
        x + PAD + NUMBER / 2,
        top + PAD + (NUMBER - lineHeight(styles.stageNumber)) / 2,
        textOn(accent),
        'middle',
      ),
      placeText(name, x + PAD + NUMBER + 10, top + PAD + nameOffset, theme.stageText),
    ];
    if (description) {
      children.push(
        placeText(description, x + PAD + NUMBER + 10, top + PAD + nameOffset + name.height + 2, theme.muted),
      );
    }
    return {
      kind: 'group',
      className: 'wm-stage',
      id: `stage-${stage.id}`,
      dataId: stage.id,
      title: stage.description ? `${stage.name}: ${stage.description}` : stage.name,
      box: { x: round(x), y: top, width: round(width), height },
      cell: `stage:${stageIndex}`,
      children,
    };
  });
  return { height, items };
}

const LOOP_GAP = 10;

/** Arrows above the stage band from a stage back to the one it loops to, with the reason. */
export function loopArrows(
  journey: Journey,
  index: MapIndex,
  grid: Grid,
  theme: Theme,
  top: number,
): HeaderBlock {
  const items: SceneItem[] = [];
  let level = top;
  const levels: {
    y: number;
    from: number;
    to: number;
    label: ReturnType<typeof wrapBlock>;
    stageId: string;
  }[] = [];
  for (const stage of journey.stages) {
    if (!stage.loop) continue;
    const targetIndex = journey.stages.findIndex((candidate) => candidate.id === stage.loop?.to);
    const from = index.stageSpans.get(stage.id);
    const target = targetIndex >= 0 ? journey.stages[targetIndex] : undefined;
    const to = target ? index.stageSpans.get(target.id) : undefined;
    if (!from || !to || !target) continue;
    const x1 = columnX(grid, from[1] + 1) - 28;
    const x2 = columnX(grid, to[0]) + 28;
    const text = `↺ back to ${targetIndex + 1} ${target.name}${stage.loop.reason ? `: ${stage.loop.reason}` : ''}`;
    const label = wrapBlock(text, styles.smallStrong, Math.max(120, Math.abs(x1 - x2) - 40));
    levels.push({ y: level, from: x1, to: x2, label, stageId: stage.id });
    level += label.height + LOOP_GAP + 8;
  }
  const bottom = level;
  for (const { y, from, to, label, stageId } of levels) {
    const lineY = round(y + label.height / 2);
    const stroke = theme.name === 'print' ? theme.text : theme.muted;
    const r = 8;
    const left = Math.min(from, to);
    const right = Math.max(from, to);
    const d =
      `M${round(from)} ${bottom}L${round(from)} ${round(lineY + r)}Q${round(from)} ${lineY} ${round(from - Math.sign(from - to) * r)} ${lineY}` +
      `L${round(to + Math.sign(from - to) * r)} ${lineY}Q${round(to)} ${lineY} ${round(to)} ${round(lineY + r)}L${round(to)} ${bottom - 6}`;
    const labelX = (left + right) / 2;
    items.push({
      kind: 'group',
      className: 'wm-loop',
      id: `loop-${stageId}`,
      dataId: stageId,
      children: [
        { kind: 'path', d, stroke, strokeWidth: 1.75, lineJoin: 'round' },
        {
          kind: 'path',
          d: `M${round(to - 5)} ${bottom - 7}L${round(to)} ${bottom}L${round(to + 5)} ${bottom - 7}Z`,
          fill: stroke,
        },
        {
          kind: 'rect',
          x: round(labelX - label.width / 2 - 8),
          y: round(y - 2),
          width: round(label.width + 16),
          height: label.height + 4,
          radius: 4,
          fill: theme.background,
        },
        placeText(label, labelX, y, theme.text, 'middle'),
      ],
    });
  }
  return { height: bottom - top, items };
}
