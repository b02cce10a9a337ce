import type { FontWeight } from '../text/measure.js';

/** An axis-aligned rectangle in map px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Stroke settings shared by the outlined primitives. */
export interface Stroke {
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** Dash pattern in px, e.g. [6, 4]. */
  readonly dash?: readonly number[];
}

export interface RectItem extends Stroke {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius?: number;
  readonly fill?: string;
  readonly fillOpacity?: number;
}

export interface LineItem extends Stroke {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A shape given as SVG path data, absolute commands only (M L H V C Q A Z). */
export interface PathItem extends Stroke {
  readonly kind: 'path';
  readonly d: string;
  readonly fill?: string;
  readonly fillOpacity?: number;
  readonly lineCap?: 'butt' | 'round';
  readonly lineJoin?: 'miter' | 'round';
}

export interface CircleItem extends Stroke {
  readonly kind: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill?: string;
}

/** One or more lines of text; `y` is the baseline of the first line. */
export interface TextItem {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly size: number;
  readonly weight: FontWeight;
  readonly italic?: boolean;
  readonly lineHeight: number;
  readonly fill: string;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Measured width of the widest line, in px. */
  readonly width: number;
}

/** A named group: one element of the journey (data-id), a lane, a card. */
export interface GroupItem {
  readonly kind: 'group';
  /** Local id, made unique in the SVG by the id prefix. */
  readonly id?: string;
  /** The journey element this group draws (step, touchpoint, pain point id…). */
  readonly dataId?: string;
  readonly className: string;
  /** A tooltip: the element's full text. */
  readonly title?: string;
  /** The box the group's content stays inside; with `cell`, checked by the layout tests. */
  readonly box?: Box;
  /** Which grid cell the box belongs to, e.g. `painPoints:3`. */
  readonly cell?: string;
  /** Draws the children moved by (x, y) and scaled; used for icons. */
  readonly transform?: { readonly x: number; readonly y: number; readonly scale: number };
  readonly children: readonly SceneItem[];
}

export type SceneItem = RectItem | LineItem | PathItem | CircleItem | TextItem | GroupItem;

/** Everything to draw, in painting order. Both the SVG and the PDF writer consume it. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** The journey title: the SVG's <title>, the PDF's Title. */
  readonly title: string;
  /** A sentence describing the map for screen readers. */
  readonly description: string;
  readonly items: readonly SceneItem[];
}

/** Every group with a box and a cell, depth first. */
export function collectBoxes(items: readonly SceneItem[]): GroupItem[] {
  const found: GroupItem[] = [];
  const visit = (list: readonly SceneItem[]) => {
    for (const item of list) {
      if (item.kind !== 'group') continue;
      if (item.box && item.cell) found.push(item);
      visit(item.children);
    }
  };
  visit(items);
  return found;
}

/** Every text item, depth first (ignoring text inside transformed groups' coordinates). */
export function collectTexts(items: readonly SceneItem[]): TextItem[] {
  const found: TextItem[] = [];
  const visit = (list: readonly SceneItem[]) => {
    for (const item of list) {
      if (item.kind === 'text') found.push(item);
      else if (item.kind === 'group' && !item.transform) visit(item.children);
    }
  };
  visit(items);
  return found;
}
