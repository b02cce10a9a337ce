import type { Gain, PainPoint } from '@waymark/core';
import {
  buildCard,
  type Card,
  type CardPart,
  frameFor,
  headerPart,
  innerWidth,
  textPart,
} from '../layout/card.js';
import { lineHeight, styles } from '../layout/constants.js';
import { lineBlock, placeText, round } from '../layout/text.js';
import type { SceneItem } from '../scene/scene.js';
import type { Tone } from '../theme.js';
import { type CardGroup, cardWidth, type LaneContext } from './lane.js';

const DOT = 3.5;
const DOT_STEP = 10;

/** Five dots, `value` of them filled: severity of a pain point, strength of a gain. */
export function ratingDots(value: number, x: number, cy: number, color: string, empty: string): SceneItem[] {
  const dots: SceneItem[] = [];
  for (let i = 0; i < 5; i += 1) {
    const filled = i < value;
    dots.push({
      kind: 'circle',
      cx: round(x + DOT + i * DOT_STEP),
      cy: round(cy),
      r: DOT,
      ...(filled ? { fill: color } : { stroke: empty, strokeWidth: 1 }),
    });
  }
  return dots;
}

/** "35%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Where a finding sits, when its column does not say it all: "at 2.1 Checkout",
 * "at touchpoint Order confirmation (2.1)". `inColumn`: only touchpoints need saying.
 */
export function placeLabel(
  at: string | undefined,
  context: LaneContext,
  inColumn: boolean,
): string | undefined {
  if (at === undefined) return undefined;
  const stepId = context.index.stepOf.get(at);
  const step = stepId === undefined ? undefined : context.index.stepNames.get(stepId);
  if (!step) return undefined;
  const touchpoint = context.index.touchpointNames.get(at);
  if (touchpoint !== undefined) return `at touchpoint ${touchpoint}${inColumn ? '' : ` (${step.label})`}`;
  return inColumn ? undefined : `at ${step.label} ${step.name}`;
}

/** Rating dots and a short text after them. */
function ratingPart(value: number, caption: string, tone: Tone, context: LaneContext): CardPart {
  const block = lineBlock(caption, styles.small);
  const height = lineHeight(styles.small);
  return {
    height,
    gap: 6,
    draw: (x, y) => [
      ...ratingDots(value, x, y + height / 2, tone.accent, context.theme.muted),
      placeText(block, x + 5 * DOT_STEP + 6, y, context.theme.muted),
    ],
  };
}

/** A pain point or gain: numbered badge, title, severity dots, reach, personas, description. */
export function findingCard(
  finding: PainPoint | Gain,
  kind: 'pain' | 'gain',
  context: LaneContext,
  inColumn: boolean,
): Card {
  const { theme, index } = context;
  const tone = kind === 'pain' ? theme.pain : theme.gain;
  const width = cardWidth(context.grid);
  const frame = frameFor(
    theme,
    tone.fill,
    theme.name === 'print' ? theme.border : tone.fill,
    finding.evidence,
    tone.accent,
  );
  const inner = innerWidth(width, frame);
  const number = index.numbers.get(finding.id) ?? '';
  const caption = [
    `${kind === 'pain' ? 'severity' : 'strength'} ${finding.severity}/5`,
    finding.reach !== undefined ? `reach ${percent(finding.reach)}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const parts: CardPart[] = [
    headerPart({
      text: finding.title,
      color: theme.text,
      width: inner,
      badge: { text: number, fill: tone.accent, color: tone.onAccent },
    }),
    ratingPart(finding.severity, caption, tone, context),
  ];
  if (finding.description)
    parts.push(textPart(finding.description, styles.small, theme.muted, inner, { gap: 6 }));
  const names = finding.personas.flatMap((id) => index.personaById.get(id)?.persona.name ?? []);
  if (names.length > 0)
    parts.push(textPart(`Affects ${names.join(', ')}`, styles.small, theme.muted, inner, { gap: 4 }));
  const where = placeLabel(finding.at, context, inColumn);
  if (where) parts.push(textPart(where, styles.small, theme.muted, inner, { gap: 4 }));
  return buildCard({
    width,
    className: `wm-card wm-${kind === 'pain' ? 'pain-point' : 'gain'}`,
    id: `${kind}-${finding.id}`,
    dataId: finding.id,
    title: `${number} ${finding.title}${finding.description ? `: ${finding.description}` : ''}`,
    frame,
    parts,
    measured: finding.evidence === 'measured',
    measuredColor: tone.accent,
  });
}

/**
 * Findings or opportunities that sit in a column because of an alternative path step drawn
 * there, grouped by path (in path order) under "on path: <name>".
 */
export function pathGroups<T extends { id: string }>(
  items: readonly T[],
  column: number,
  context: LaneContext,
  card: (item: T) => Card,
): CardGroup[] {
  const { index, journey } = context;
  return journey.paths.flatMap((path) => {
    const cards = items
      .filter(
        (item) => index.findingColumn.get(item.id) === column && index.findingPath.get(item.id) === path.id,
      )
      .map(card);
    return cards.length > 0 ? [{ caption: `on path: ${path.name}`, cards }] : [];
  });
}

/** Sorts findings or opportunities by their number (P2 before P10). */
export function byNumber<T extends { id: string }>(items: readonly T[], context: LaneContext): T[] {
  const { numbers } = context.index;
  return [...items].sort((a, b) =>
    (numbers.get(a.id) ?? '').localeCompare(numbers.get(b.id) ?? '', 'en', { numeric: true }),
  );
}

/**
 * Cards of pain points or gains per column (in number order): those on the main path, those on
 * alternative path steps drawn in the column (grouped by path), and the journey-wide ones.
 */
export function findingCards(
  findings: readonly (PainPoint | Gain)[],
  kind: 'pain' | 'gain',
  context: LaneContext,
): {
  cardsFor(column: number): Card[];
  groupsFor(column: number): CardGroup[];
  wide: Card[];
} {
  const { index } = context;
  const sorted = byNumber(findings, context);
  return {
    cardsFor: (column) =>
      sorted
        .filter(
          (finding) => index.findingColumn.get(finding.id) === column && !index.findingPath.has(finding.id),
        )
        .map((finding) => findingCard(finding, kind, context, true)),
    // The column belongs to a main-path step: say which path step the finding is at.
    groupsFor: (column) =>
      pathGroups(sorted, column, context, (finding) => findingCard(finding, kind, context, false)),
    wide: sorted
      .filter((finding) => !index.findingColumn.has(finding.id))
      .map((finding) => findingCard(finding, kind, context, false)),
  };
}
