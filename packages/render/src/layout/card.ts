import type { EvidenceLevel } from '@waymark/core';
import type { GroupItem, SceneItem } from '../scene/scene.js';
import type { TextStyle } from '../text/measure.js';
import { measureText } from '../text/measure.js';
import type { Theme } from '../theme.js';
import { CARD_PAD, lineHeight, RADIUS, styles } from './constants.js';
import { placeText, round, type TextBlock, wrapBlock } from './text.js';

/** A measured box of content: its height is known before it is placed. */
export interface Card {
  readonly width: number;
  readonly height: number;
  /** Draws the card with its top-left at (x, y), tagged with its grid cell. */
  draw(x: number, y: number, cell: string): GroupItem;
}

/** The card's outline. */
export interface CardFrame {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash?: readonly number[];
  readonly radius?: number;
  /** A bar down the left edge in this colour. */
  readonly accent?: string;
  /** A speech-bubble tail at the bottom left. */
  readonly tail?: boolean;
}

/** A horizontal slice of a card's content. `draw` gets its top-left and the inner width. */
export interface CardPart {
  readonly height: number;
  /** Space above the part (ignored for the first part). */
  readonly gap?: number;
  draw(x: number, y: number, width: number): readonly SceneItem[];
}

export interface CardSpec {
  readonly width: number;
  readonly className: string;
  readonly dataId?: string;
  readonly id?: string;
  readonly title?: string;
  readonly frame: CardFrame;
  readonly parts: readonly CardPart[];
  /** A solid badge in the top-right corner: the element is backed by measurement. */
  readonly measured?: boolean;
  readonly measuredColor?: string;
}

const ACCENT_WIDTH = 4;
const TAIL = 8;

/** The width content can use inside a card of this width and frame. */
export function innerWidth(width: number, frame: CardFrame): number {
  return width - 2 * CARD_PAD - (frame.accent ? ACCENT_WIDTH : 0);
}

/** The usual frame: dashed when the element is only assumed. */
export function frameFor(
  theme: Theme,
  fill: string,
  stroke: string,
  evidence: EvidenceLevel | undefined,
  accent?: string,
): CardFrame {
  return {
    fill,
    stroke,
    strokeWidth: theme.cardStroke,
    ...(evidence === 'assumed' ? { dash: [5, 4] } : {}),
    ...(accent ? { accent } : {}),
  };
}

/** Stacks parts inside a frame. */
export function buildCard(spec: CardSpec): Card {
  const inner = innerWidth(spec.width, spec.frame);
  let height = CARD_PAD * 2;
  spec.parts.forEach((part, index) => {
    height += part.height + (index > 0 ? (part.gap ?? 4) : 0);
  });
  const tail = spec.frame.tail ? TAIL : 0;
  height = Math.ceil(height) + tail;
  return {
    width: spec.width,
    height,
    draw(x, y, cell) {
      const radius = spec.frame.radius ?? RADIUS;
      const children: SceneItem[] = [
        {
          kind: 'rect',
          x: round(x),
          y: round(y),
          width: spec.width,
          height: height - tail,
          radius,
          fill: spec.frame.fill,
          stroke: spec.frame.stroke,
          strokeWidth: spec.frame.strokeWidth,
          ...(spec.frame.dash ? { dash: spec.frame.dash } : {}),
        },
      ];
      if (tail > 0) {
        const base = y + height - tail;
        const p = (value: number) => round(value);
        children.push(
          {
            kind: 'path',
            d: `M${p(x + 16)} ${p(base - 1.5)}L${p(x + 13)} ${p(base + tail)}L${p(x + 30)} ${p(base - 1.5)}Z`,
            fill: spec.frame.fill,
          },
          {
            kind: 'path',
            d: `M${p(x + 16)} ${p(base)}L${p(x + 13)} ${p(base + tail)}L${p(x + 30)} ${p(base)}`,
            stroke: spec.frame.stroke,
            strokeWidth: spec.frame.strokeWidth,
            lineJoin: 'round',
            ...(spec.frame.dash ? { dash: spec.frame.dash } : {}),
          },
        );
      }
      if (spec.frame.accent) {
        const inset = spec.frame.strokeWidth / 2;
        children.push({
          kind: 'path',
          d: accentPath(x + inset, y + inset, ACCENT_WIDTH, height - 2 * inset, radius - inset),
          fill: spec.frame.accent,
        });
      }
      const left = x + CARD_PAD + (spec.frame.accent ? ACCENT_WIDTH : 0);
      let top = y + CARD_PAD;
      spec.parts.forEach((part, index) => {
        if (index > 0) top += part.gap ?? 4;
        children.push(...part.draw(left, top, inner));
        top += part.height;
      });
      if (spec.measured) {
        children.push({
          kind: 'circle',
          cx: round(x + spec.width - 7),
          cy: round(y + 7),
          r: 4,
          fill: spec.measuredColor ?? spec.frame.stroke,
        });
      }
      return {
        kind: 'group',
        className: spec.className,
        ...(spec.id ? { id: spec.id } : {}),
        ...(spec.dataId ? { dataId: spec.dataId } : {}),
        ...(spec.title ? { title: spec.title } : {}),
        box: { x: round(x), y: round(y), width: spec.width, height },
        cell,
        children,
      };
    },
  };
}

/** A bar down the left edge whose outer corners follow the card's rounding. */
function accentPath(x: number, y: number, width: number, height: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, width, height / 2));
  const p = (value: number) => round(value);
  return (
    `M${p(x + width)} ${p(y)}L${p(x + r)} ${p(y)}Q${p(x)} ${p(y)} ${p(x)} ${p(y + r)}` +
    `L${p(x)} ${p(y + height - r)}Q${p(x)} ${p(y + height)} ${p(x + r)} ${p(y + height)}` +
    `L${p(x + width)} ${p(y + height)}Z`
  );
}

/** Wrapped text as a card part. `indent` narrows every line (for a badge or icon on the left). */
export function textPart(
  text: string,
  style: TextStyle,
  color: string,
  width: number,
  options: { gap?: number; indent?: number; reserveRight?: number; maxLines?: number } = {},
): CardPart {
  const indent = options.indent ?? 0;
  const block = wrapBlock(text, style, width - indent - (options.reserveRight ?? 0), options.maxLines);
  return {
    height: block.height,
    ...(options.gap !== undefined ? { gap: options.gap } : {}),
    draw: (x, y) => [placeText(block, x + indent, y, color)],
  };
}

/** A badge such as "P3": a small rounded pill with bold text. */
export function badgeSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(measureText(text, styles.badge)) + 10, height: lineHeight(styles.badge) + 2 };
}

export function drawBadge(text: string, x: number, y: number, fill: string, color: string): SceneItem[] {
  const size = badgeSize(text);
  const block: TextBlock = {
    lines: [text],
    style: styles.badge,
    width: measureText(text, styles.badge),
    height: lineHeight(styles.badge),
  };
  return [
    { kind: 'rect', x: round(x), y: round(y), width: size.width, height: size.height, radius: 4, fill },
    placeText(block, x + size.width / 2, y + 1, color, 'middle'),
  ];
}

/**
 * A title with an optional badge on its left (hanging indent) and an optional mark on the
 * right (severity dots, a star): the first part of most cards.
 */
export function headerPart(options: {
  text: string;
  style?: TextStyle;
  color: string;
  width: number;
  badge?: { text: string; fill: string; color: string };
  right?: { width: number; height: number; draw(x: number, y: number): SceneItem[] };
}): CardPart {
  const style = options.style ?? styles.cardTitle;
  const badge = options.badge ? badgeSize(options.badge.text) : undefined;
  const indent = badge ? badge.width + 7 : 0;
  const reserve = options.right ? options.right.width + 6 : 0;
  const block = wrapBlock(options.text, style, options.width - indent - reserve);
  const height = Math.max(block.height, badge?.height ?? 0, options.right?.height ?? 0);
  return {
    height,
    draw: (x, y, width) => {
      const items: SceneItem[] = [];
      if (options.badge && badge) {
        items.push(...drawBadge(options.badge.text, x, y, options.badge.fill, options.badge.color));
      }
      const textTop = badge ? y + Math.max(0, (badge.height - lineHeight(style)) / 2) : y;
      items.push(placeText(block, x + indent, textTop, options.color));
      if (options.right) items.push(...options.right.draw(x + width - options.right.width, y));
      return items;
    },
  };
}

/** An empty part: room for something drawn by the caller. */
export function spacePart(height: number, draw: CardPart['draw'] = () => [], gap?: number): CardPart {
  return { height, draw, ...(gap !== undefined ? { gap } : {}) };
}
