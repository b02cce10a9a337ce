import type { Journey } from '@waymark/core';
import type { SceneItem } from '../scene/scene.js';
import { type Theme, textOn } from '../theme.js';
import { lineHeight, styles } from './constants.js';
import { kpiTiles } from './kpis.js';
import type { MapIndex, PersonaStyle } from './mapIndex.js';
import { lineBlock, placeText, round, wrapBlock } from './text.js';

const PERSONA_WIDTH = 250;
const AVATAR = 40;

/** A block of the header: its height and its items, placed at a given top-left. */
export interface HeaderBlock {
  readonly height: number;
  readonly items: readonly SceneItem[];
}

const statusNames: Readonly<Record<Journey['status'], string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  published: 'Published',
};

/** The facts about the map: state, status, version, owner, review. */
export function metaFacts(journey: Journey): string[] {
  const facts = [
    journey.state === 'future'
      ? `Future state${journey.redesigns ? ` (redesigns ${journey.redesigns})` : ''}`
      : 'Current state',
    statusNames[journey.status],
    journey.scope === 'interaction' ? 'Interaction map' : 'High-level map',
  ];
  if (journey.version) facts.push(`Version ${journey.version}`);
  if (journey.owner) facts.push(`Owner ${journey.owner}`);
  if (journey.review?.lastReviewed) {
    facts.push(
      `Last reviewed ${journey.review.lastReviewed}${journey.review.cadence ? ` (${journey.review.cadence})` : ''}`,
    );
  } else if (journey.review?.cadence) {
    facts.push(`Reviewed ${journey.review.cadence}`);
  }
  return facts;
}

/** Pills flowing left to right, wrapping at the width. */
function pills(texts: readonly string[], x: number, y: number, width: number, theme: Theme): HeaderBlock {
  const items: SceneItem[] = [];
  const height = lineHeight(styles.small) + 8;
  let cx = x;
  let cy = y;
  for (const text of texts) {
    const block = wrapBlock(text, styles.small, width - 20);
    const w = Math.ceil(block.width) + 20;
    const h = block.height + 8;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += height + 6;
    }
    items.push(
      {
        kind: 'rect',
        x: round(cx),
        y: round(cy),
        width: w,
        height: h,
        radius: h / 2,
        fill: theme.band,
        stroke: theme.border,
        strokeWidth: 1,
      },
      placeText(block, cx + 10, cy + 4, theme.muted),
    );
    cx += w + 6;
    if (h > height) cy += h - height;
  }
  return { height: cy - y + height, items };
}

/** The avatar: a circle in the persona's colour with initials. */
export function avatar(style: PersonaStyle, cx: number, cy: number, radius: number): SceneItem[] {
  const size = Math.min(styles.heading.size, radius);
  const text = { size, weight: 700 } as const;
  const block = lineBlock(style.initials, text);
  return [
    { kind: 'circle', cx: round(cx), cy: round(cy), r: radius, fill: style.color },
    placeText(block, cx, cy - lineHeight(text) / 2, textOn(style.color), 'middle'),
  ];
}

function personaCard(style: PersonaStyle, x: number, y: number, theme: Theme): HeaderBlock {
  const { persona } = style;
  const textWidth = PERSONA_WIDTH - AVATAR - 12;
  const name = wrapBlock(persona.name, { size: 14, weight: 600 }, textWidth);
  const line = [
    persona.segment,
    persona.share !== undefined ? `${Math.round(persona.share * 100)}% of customers` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const detail = line ? wrapBlock(line, styles.small, textWidth) : undefined;
  const height = Math.max(AVATAR, name.height + (detail?.height ?? 0));
  const textTop = y + Math.max(0, (AVATAR - name.height - (detail?.height ?? 0)) / 2);
  const items: SceneItem[] = [
    ...avatar(style, x + AVATAR / 2, y + AVATAR / 2, AVATAR / 2),
    placeText(name, x + AVATAR + 12, textTop, theme.text),
  ];
  if (detail) items.push(placeText(detail, x + AVATAR + 12, textTop + name.height, theme.muted));
  return {
    height,
    items: [
      {
        kind: 'group',
        className: 'wm-persona',
        id: `persona-${persona.id}`,
        dataId: persona.id,
        title: [persona.name, persona.description].filter(Boolean).join(': '),
        box: { x, y, width: PERSONA_WIDTH, height },
        cell: `header:persona-${persona.id}`,
        children: items,
      },
    ],
  };
}

/** Title, objective, description, facts and personas, in a column `width` wide. */
export function headerBlock(
  journey: Journey,
  index: MapIndex,
  theme: Theme,
  x: number,
  y: number,
  width: number,
): HeaderBlock {
  const items: SceneItem[] = [];
  let top = y;
  const title = wrapBlock(journey.title, styles.title, width);
  items.push({ ...placeText(title, x, top, theme.text) });
  top += title.height + 4;
  if (journey.objective) {
    const objective = wrapBlock(journey.objective, styles.objective, width);
    items.push(placeText(objective, x, top, theme.text));
    top += objective.height + 4;
  }
  if (journey.description) {
    const description = wrapBlock(journey.description, styles.body, width);
    items.push(placeText(description, x, top, theme.muted));
    top += description.height + 4;
  }
  top += 8;
  const facts = pills([...metaFacts(journey), ...journey.tags.map((tag) => `#${tag}`)], x, top, width, theme);
  items.push(...facts.items);
  top += facts.height + 18;
  if (index.personas.length > 0) {
    const perRow = Math.max(1, Math.floor((width + 20) / (PERSONA_WIDTH + 20)));
    for (let start = 0; start < index.personas.length; start += perRow) {
      let rowHeight = 0;
      index.personas.slice(start, start + perRow).forEach((style, i) => {
        const card = personaCard(style, x + i * (PERSONA_WIDTH + 20), top, theme);
        items.push(...card.items);
        rowHeight = Math.max(rowHeight, card.height);
      });
      top += rowHeight + 14;
    }
    top -= 14;
  }
  const kpis = kpiTiles(journey, theme, x, top + 22, width);
  if (kpis.height > 0) {
    items.push(...kpis.items);
    top += 22 + kpis.height;
  }
  return { height: top - y, items: [{ kind: 'group', className: 'wm-header', children: items }] };
}
