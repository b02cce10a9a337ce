// Charts of an analysis document as SVG text, pure and browser-safe: the HTML report of
// `waymark analyze` and the web app's analytics panel draw the same ones. Styling is by class
// (bar, label, value, tick, axis, measured, designed, dot, low, flow, node, whisker) so each host
// themes them; every text from a journey or a file goes through escapeXml.
import type { AnalysisDocument, Journey } from '@waymark/core';
import { escapeXml } from '../svg/escapeXml.js';

const fmt = (x: number, digits = 0) => x.toFixed(digits);

const short = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;

/** How many characters of 12px text fit in `pixels` (about 7px each), for cutting labels. */
const fits = (pixels: number) => Math.max(3, Math.floor(pixels / 7));

/**
 * The journey's stage, step and touchpoint names by id, in the journey's order (each stage, then
 * its steps with their touchpoints): the labels of every chart, and the order scores follow.
 */
export function chartNames(journey: Journey): Map<string, string> {
  const names = new Map<string, string>();
  for (const stage of journey.stages) {
    names.set(stage.id, stage.name);
    for (const step of stage.steps) {
      names.set(step.id, step.name);
      for (const t of step.touchpoints) names.set(t.id, t.name ?? t.channel);
    }
  }
  return names;
}

/** Horizontal bars: customers per stage, with conversion to the next. */
export function funnelChart(
  funnel: NonNullable<AnalysisDocument['funnel']>,
  names: ReadonlyMap<string, string>,
  width = 720,
): string {
  const row = 34;
  const label = Math.min(200, Math.round(width * 0.28));
  const max = Math.max(1, ...funnel.stages.map((s) => s.customers));
  const bars = funnel.stages.map((stage, i) => {
    const w = ((width - label - 120) * stage.customers) / max;
    const y = i * row + 4;
    const conversion =
      stage.conversionToNext === null ? '' : ` → ${fmt(stage.conversionToNext * 100)}% go on`;
    return `<text x="0" y="${y + 17}" class="label">${escapeXml(short(names.get(stage.stage) ?? stage.stage, fits(label - 6)))}</text>
<rect x="${label}" y="${y}" width="${fmt(Math.max(1, w), 1)}" height="24" rx="3" class="bar"/>
<text x="${fmt(label + w + 6, 1)}" y="${y + 17}" class="value">${stage.customers}${escapeXml(conversion)}</text>`;
  });
  const height = funnel.stages.length * row + 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Stage funnel">${bars.join('\n')}</svg>`;
}

/** The measured emotion curve over the steps (−2..+2), with the designed one dashed where the map has it. */
export function emotionChart(
  curve: NonNullable<AnalysisDocument['emotionCurve']>,
  steps: readonly { readonly id: string; readonly name: string }[],
  persona: string | null,
  width?: number,
): string {
  const points = curve.filter((e) => e.persona === persona);
  const shown = steps.filter((s) => points.some((p) => p.step === s.id));
  if (shown.length === 0) return '';
  const chartWidth = width ?? Math.max(360, shown.length * 110);
  const tick = fits((chartWidth - 80) / Math.max(1, shown.length));
  const height = 220;
  const x = (i: number) => 40 + (i * (chartWidth - 80)) / Math.max(1, shown.length - 1);
  const y = (score: number) => 20 + ((2 - score) / 4) * (height - 70);
  const line = (pick: (step: string) => number | null | undefined, cls: string) => {
    const coords = shown
      .map((s, i) => [i, pick(s.id)] as const)
      .filter((p): p is readonly [number, number] => typeof p[1] === 'number')
      .map(([i, score]) => `${fmt(x(i), 1)},${fmt(y(score), 1)}`);
    return coords.length > 1 ? `<polyline points="${coords.join(' ')}" class="${cls}" fill="none"/>` : '';
  };
  const measured = (step: string) => points.find((p) => p.step === step)?.score;
  const designed = (step: string) => points.find((p) => p.step === step)?.designed;
  const dots = shown.map((s, i) => {
    const score = measured(s.id) ?? 0;
    return `<circle cx="${fmt(x(i), 1)}" cy="${fmt(y(score), 1)}" r="4" class="${score < 0 ? 'low' : 'dot'}"><title>${escapeXml(s.name)}: ${fmt(score, 2)}</title></circle>
<text x="${fmt(x(i), 1)}" y="${height - 12}" text-anchor="middle" class="tick">${escapeXml(short(s.name, Math.min(18, tick)))}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chartWidth} ${height}" width="${chartWidth}" height="${height}" role="img" aria-label="Measured emotion curve">
<line x1="30" x2="${chartWidth - 30}" y1="${y(0)}" y2="${y(0)}" class="axis"/>
${line(designed, 'designed')}${line(measured, 'measured')}${dots.join('\n')}</svg>`;
}

/** Okabe–Ito, colour-blind safe: one per node of the Sankey, in order of first appearance. */
const flowColours = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

interface SankeyNode {
  readonly column: number;
  readonly id: string;
  value: number;
  y: number;
  height: number;
  outOffset: number;
  inOffset: number;
}

/**
 * The top paths as a Sankey: one column per position in a customer's path, one node per stage
 * (or step) there, bands as wide as the customers who went from one to the next. At most
 * `columns` positions are drawn; longer paths are cut there.
 */
export function sankeyChart(
  paths: NonNullable<AnalysisDocument['paths']>,
  names: ReadonlyMap<string, string>,
  columns = 6,
  width = 760,
): string {
  const variants = paths.variants.filter((v) => v.customers > 0);
  const depth = Math.min(columns, Math.max(0, ...variants.map((v) => v.sequence.length)));
  if (variants.length === 0 || depth === 0) return '';
  const total = variants.reduce((sum, v) => sum + v.customers, 0);
  const nodes = new Map<string, SankeyNode>();
  const links = new Map<string, { from: SankeyNode; to: SankeyNode; value: number }>();
  const nodeAt = (column: number, id: string) => {
    const key = `${column}:${id}`;
    let node = nodes.get(key);
    if (!node) {
      node = { column, id, value: 0, y: 0, height: 0, outOffset: 0, inOffset: 0 };
      nodes.set(key, node);
    }
    return node;
  };
  for (const variant of variants) {
    const sequence = variant.sequence.slice(0, depth);
    sequence.forEach((id, column) => {
      const node = nodeAt(column, id);
      node.value += variant.customers;
      const next = sequence[column + 1];
      if (next === undefined) return;
      const to = nodeAt(column + 1, next);
      const key = `${column}:${id}>${next}`;
      const link = links.get(key) ?? { from: node, to, value: 0 };
      link.value += variant.customers;
      links.set(key, link);
    });
  }
  const height = 320;
  const nodeWidth = 14;
  const gap = 10;
  const left = 8;
  // The last column keeps room for its labels; the others cut theirs to the gap to the next.
  const lastLabel = Math.min(150, width * 0.25);
  const step = (width - lastLabel - left) / Math.max(1, depth - 1);
  const labelChars = (column: number) => fits((column === depth - 1 ? lastLabel : step) - nodeWidth - 8) - 4;
  const colour = new Map<string, string>();
  for (const node of nodes.values())
    if (!colour.has(node.id)) colour.set(node.id, flowColours[colour.size % flowColours.length] ?? '#0072b2');
  const inColumn = (column: number) =>
    [...nodes.values()].filter((n) => n.column === column).sort((a, b) => b.value - a.value);
  const busiest = Math.max(...Array.from({ length: depth }, (_, c) => inColumn(c).length));
  const scale = (height - 20 - gap * (busiest - 1)) / total;
  for (let column = 0; column < depth; column++) {
    let y = 10;
    for (const node of inColumn(column)) {
      node.y = y;
      node.height = Math.max(1, node.value * scale);
      y += node.height + gap;
    }
  }
  const x = (column: number) => left + column * step;
  const bands = [...links.values()]
    .sort((a, b) => a.from.column - b.from.column || a.to.y - b.to.y)
    .map((link) => {
      const band = Math.max(1, link.value * scale);
      const y0 = link.from.y + link.from.outOffset + band / 2;
      const y1 = link.to.y + link.to.inOffset + band / 2;
      link.from.outOffset += band;
      link.to.inOffset += band;
      const x0 = x(link.from.column) + nodeWidth;
      const x1 = x(link.to.column);
      const mid = (x0 + x1) / 2;
      const label = `${names.get(link.from.id) ?? link.from.id} → ${names.get(link.to.id) ?? link.to.id}: ${link.value}`;
      return `<path d="M${fmt(x0, 1)},${fmt(y0, 1)} C${fmt(mid, 1)},${fmt(y0, 1)} ${fmt(mid, 1)},${fmt(y1, 1)} ${fmt(x1, 1)},${fmt(y1, 1)}" class="flow" stroke="${colour.get(link.from.id)}" stroke-width="${fmt(band, 1)}" fill="none"><title>${escapeXml(label)}</title></path>`;
    });
  const boxes = [...nodes.values()].map((node) => {
    const name = names.get(node.id) ?? node.id;
    return `<rect x="${fmt(x(node.column), 1)}" y="${fmt(node.y, 1)}" width="${nodeWidth}" height="${fmt(node.height, 1)}" class="node" fill="${colour.get(node.id)}"><title>${escapeXml(`${name}: ${node.value}`)}</title></rect>
<text x="${fmt(x(node.column) + nodeWidth + 4, 1)}" y="${fmt(node.y + Math.min(node.height, 24) / 2 + 4, 1)}" class="label">${escapeXml(short(name, Math.min(22, labelChars(node.column))))} <tspan class="value">${node.value}</tspan></text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Top paths of ${total} customers by ${paths.level}">${bands.join('\n')}${boxes.join('\n')}</svg>`;
}

const scoreRanges: Readonly<Record<'nps' | 'csat' | 'ces', readonly [number, number]>> = {
  nps: [-100, 100],
  csat: [1, 5],
  ces: [1, 7],
};

/**
 * One score (NPS, CSAT or CES) along the journey: its value with the confidence interval at
 * each stage, step or touchpoint in the order given (answers about no one element first, as
 * "All"), joined by a line, so the trend over the journey reads left to right.
 */
export function scoreChart(
  scores: NonNullable<AnalysisDocument['feedback']>['scores'],
  kind: 'nps' | 'csat' | 'ces',
  order: readonly { readonly id: string; readonly name: string }[],
  width?: number,
): string {
  const points = [
    ...scores.filter((s) => s.kind === kind && s.at === null).map((s) => ({ s, name: 'All' })),
    ...order.flatMap((element) =>
      scores
        .filter((s) => s.kind === kind && s.at === element.id && s.responses > 0)
        .map((s) => ({ s, name: element.name })),
    ),
  ];
  if (points.length === 0) return '';
  const [low, high] = scoreRanges[kind];
  const chartWidth = width ?? Math.max(360, points.length * 90);
  const height = 200;
  const tick = fits((chartWidth - 80) / Math.max(1, points.length));
  const x = (i: number) => 40 + (i * (chartWidth - 80)) / Math.max(1, points.length - 1);
  const y = (v: number) => 14 + ((high - Math.min(high, Math.max(low, v))) / (high - low)) * (height - 60);
  const line = points.map(({ s }, i) => `${fmt(x(i), 1)},${fmt(y(s.value), 1)}`).join(' ');
  const marks = points.map(({ s, name }, i) => {
    const cx = fmt(x(i), 1);
    const title = `${name}: ${kind.toUpperCase()} ${fmt(s.value, 1)} (${fmt(s.ciLow, 1)}–${fmt(s.ciHigh, 1)}), ${s.responses} responses`;
    return `<line x1="${cx}" x2="${cx}" y1="${fmt(y(s.ciHigh), 1)}" y2="${fmt(y(s.ciLow), 1)}" class="whisker"/>
<circle cx="${cx}" cy="${fmt(y(s.value), 1)}" r="4" class="dot"><title>${escapeXml(title)}</title></circle>
<text x="${cx}" y="${fmt(y(s.value) - 8, 1)}" text-anchor="middle" class="value">${fmt(s.value, kind === 'nps' ? 0 : 1)}</text>
<text x="${cx}" y="${height - 12}" text-anchor="middle" class="tick">${escapeXml(short(name, Math.min(14, tick)))}</text>`;
  });
  const mid = (low + high) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chartWidth} ${height}" width="${chartWidth}" height="${height}" role="img" aria-label="${kind.toUpperCase()} along the journey">
<line x1="30" x2="${chartWidth - 30}" y1="${fmt(y(mid), 1)}" y2="${fmt(y(mid), 1)}" class="axis"/>
${points.length > 1 ? `<polyline points="${line}" class="measured" fill="none"/>` : ''}${marks.join('\n')}</svg>`;
}
