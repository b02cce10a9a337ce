import { type Journey, type Metric, metricDirection } from '@waymark/core';
import { withUnit } from '../lanes/metrics.js';
import type { SceneItem } from '../scene/scene.js';
import type { Theme } from '../theme.js';
import { lineHeight, styles } from './constants.js';
import type { HeaderBlock } from './header.js';
import { lineBlock, placeText, round, wrapBlock } from './text.js';

const TILE_WIDTH = 250;
const GAP = 20;
const PAD = 10;

/** The latest measurement, by date. */
function latestOf(metric: Metric) {
  return [...metric.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/** A headline KPI: name, latest value with a coloured arrow, target and baseline. */
function kpiTile(metric: Metric, theme: Theme, x: number, y: number): HeaderBlock {
  const inner = TILE_WIDTH - 2 * PAD;
  const name = wrapBlock(metric.name, styles.cardTitle, inner);
  const latest = latestOf(metric);
  const reference = metric.baseline ?? metric.measurements[0]?.value;
  const delta = latest && reference !== undefined ? latest.value - reference : 0;
  const good = delta === 0 ? undefined : delta > 0 === (metricDirection(metric) === 'up');
  const color = good === undefined ? theme.muted : good ? theme.gain.accent : theme.pain.accent;
  const value = latest
    ? lineBlock(withUnit(latest.value, metric.unit), { size: 20, weight: 700 })
    : undefined;
  const facts = [
    latest ? `on ${latest.date}` : 'not measured yet',
    metric.target !== undefined ? `target ${withUnit(metric.target, metric.unit)}` : undefined,
    metric.baseline !== undefined ? `baseline ${withUnit(metric.baseline, metric.unit)}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const detail = wrapBlock(facts, styles.small, inner);
  const valueHeight = value ? lineHeight(value.style) : 0;
  const height = PAD + name.height + valueHeight + detail.height + PAD + 2;
  const children: SceneItem[] = [
    {
      kind: 'rect',
      x,
      y,
      width: TILE_WIDTH,
      height,
      radius: 6,
      fill: theme.surface,
      stroke: theme.border,
      strokeWidth: theme.cardStroke,
    },
    placeText(name, x + PAD, y + PAD, theme.text),
  ];
  let top = y + PAD + name.height;
  if (value) {
    children.push(placeText(value, x + PAD, top, theme.text));
    if (delta !== 0) {
      const ax = x + PAD + value.width + 10;
      const cy = top + valueHeight / 2;
      const d =
        delta > 0
          ? `M${round(ax)} ${round(cy + 4)}L${round(ax + 5)} ${round(cy - 4.5)}L${round(ax + 10)} ${round(cy + 4)}Z`
          : `M${round(ax)} ${round(cy - 4)}L${round(ax + 5)} ${round(cy + 4.5)}L${round(ax + 10)} ${round(cy - 4)}Z`;
      children.push({ kind: 'path', d, fill: color });
    }
    top += valueHeight;
  }
  children.push(placeText(detail, x + PAD, top, theme.muted));
  return {
    height,
    items: [
      {
        kind: 'group',
        className: 'wm-kpi wm-metric',
        id: `kpi-${metric.id}`,
        dataId: metric.id,
        title: metric.name,
        box: { x, y, width: TILE_WIDTH, height },
        cell: `header:kpi-${metric.id}`,
        children,
      },
    ],
  };
}

/** Journey-level metrics (no `at`) as headline tiles, flowing left to right within the width. */
export function kpiTiles(journey: Journey, theme: Theme, x: number, y: number, width: number): HeaderBlock {
  const metrics = journey.metrics.filter((metric) => metric.at === undefined);
  if (metrics.length === 0) return { height: 0, items: [] };
  const items: SceneItem[] = [];
  const caption = lineBlock('JOURNEY KPIs', styles.group);
  items.push(placeText(caption, x, y, theme.muted));
  let top = y + caption.height + 6;
  const perRow = Math.max(1, Math.floor((width + GAP) / (TILE_WIDTH + GAP)));
  for (let start = 0; start < metrics.length; start += perRow) {
    let rowHeight = 0;
    metrics.slice(start, start + perRow).forEach((metric, i) => {
      const tile = kpiTile(metric, theme, x + i * (TILE_WIDTH + GAP), top);
      items.push(...tile.items);
      rowHeight = Math.max(rowHeight, tile.height);
    });
    top += rowHeight + 12;
  }
  return { height: top - 12 - y, items };
}
