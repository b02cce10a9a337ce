import type { Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { detourJourney, richJourney, tinyJourney } from '../../../../test/golden/journeys.js';
import type { Box, GroupItem, SceneItem, TextItem } from '../scene/scene.js';
import { collectBoxes, collectTexts } from '../scene/scene.js';
import { layoutJourney } from './layoutJourney.js';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** The rectangle a text item's glyphs can cover (ascenders to descenders). */
export function textBounds(text: TextItem): Box {
  const left =
    text.anchor === 'start'
      ? text.x
      : text.anchor === 'middle'
        ? text.x - text.width / 2
        : text.x - text.width;
  const top = text.y - 0.9 * text.size;
  const bottom = text.y + (text.lines.length - 1) * text.lineHeight + 0.22 * text.size;
  return { x: left, y: top, width: text.width, height: bottom - top };
}

const inside = (inner: Box, outer: Box, slack = 0.6) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

/** Every text item with the box of its nearest boxed group. */
function textsWithBoxes(
  items: readonly SceneItem[],
  box?: GroupItem,
): { text: TextItem; group?: GroupItem }[] {
  const found: { text: TextItem; group?: GroupItem }[] = [];
  for (const item of items) {
    if (item.kind === 'text') found.push({ text: item, ...(box ? { group: box } : {}) });
    if (item.kind === 'group' && !item.transform)
      found.push(...textsWithBoxes(item.children, item.box ? item : box));
  }
  return found;
}

function checkLayout(journey: Journey) {
  const layout = layoutJourney(journey);
  const boxes = collectBoxes(layout.scene.items);
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a?.box || !b?.box || a.cell === b.cell) continue;
      if (overlaps(a.box, b.box)) {
        throw new Error(`${a.cell} (${a.className}) overlaps ${b.cell} (${b.className})`);
      }
    }
  }
  for (const { text, group } of textsWithBoxes(layout.scene.items)) {
    const bounds = textBounds(text);
    if (group?.box && !inside(bounds, group.box)) {
      throw new Error(
        `text “${text.lines.join(' / ')}” leaves its box in ${group.cell} (${group.className})`,
      );
    }
    if (!inside(bounds, { x: 0, y: 0, width: layout.width, height: layout.height })) {
      throw new Error(`text “${text.lines.join(' / ')}” leaves the map`);
    }
  }
  return layout;
}

describe('layoutJourney', () => {
  it('keeps boxes of different cells apart and every text line inside its box, for any journey', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        checkLayout(journey);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the rich example tidy', () => {
    const layout = checkLayout(richJourney());
    expect(layout.lanes.map((lane) => lane.id)).toEqual([
      'actions',
      'touchpoints',
      'thoughts',
      'emotions',
      'painPoints',
      'gains',
      'opportunities',
      'frontstage',
      'backstage',
      'support',
      'systems',
      'physical',
      'metrics',
      'paths',
    ]);
    expect(layout.columns).toHaveLength(9);
  });

  it('grows a lane and its card with long text instead of cutting it', () => {
    fc.assert(
      fc.property(
        arbJourney().filter((journey) => journey.stages.some((stage) => stage.steps.length > 0)),
        (journey) => {
          const before = layoutJourney(journey);
          const stageIndex = journey.stages.findIndex((stage) => stage.steps.length > 0);
          const long = 'A very long description that keeps going and going. '.repeat(12).trim();
          const grown: Journey = {
            ...journey,
            stages: journey.stages.map((stage, i) =>
              i === stageIndex
                ? {
                    ...stage,
                    steps: stage.steps.map((step, k) => (k === 0 ? { ...step, description: long } : step)),
                  }
                : stage,
            ),
          };
          const after = checkLayout(grown);
          const stepId = journey.stages[stageIndex]?.steps[0]?.id;
          const card = (layout: typeof before) =>
            collectBoxes(layout.scene.items).find(
              (group) => group.className.includes('wm-step') && group.dataId === stepId,
            );
          const rowOf = (layout: typeof before) =>
            layout.lanes.find((lane) => lane.id === 'actions')?.height ?? 0;
          expect(card(after)?.box?.height ?? 0).toBeGreaterThan(card(before)?.box?.height ?? 0);
          expect(rowOf(after)).toBeGreaterThanOrEqual(rowOf(before));
          expect(after.height).toBeGreaterThanOrEqual(before.height);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is deterministic', () => {
    expect(layoutJourney(richJourney())).toEqual(layoutJourney(richJourney()));
  });

  it('numbers pain points, gains and opportunities in reading order', () => {
    const layout = layoutJourney(richJourney());
    const badges = collectBoxes(layout.scene.items)
      .filter((group) => group.className.includes('wm-pain-point'))
      .map((group) => group.title?.split(' ')[0]);
    expect(badges.sort()).toEqual(['P1', 'P2', 'P3', 'P4']);
    const first = collectBoxes(layout.scene.items).find((group) => group.dataId === 'price-unclear');
    expect(first?.title?.startsWith('P1 ')).toBe(true);
  });

  it('counts the steps of alternative paths apart from the main path’s in the footer', () => {
    const footer = (journey: Journey) =>
      collectTexts(layoutJourney(journey).scene.items)
        .map((text) => text.lines.join(' '))
        .find((text) => text.endsWith('drawn with Waymark'));
    expect(footer(detourJourney())).toBe(
      'Returning a parcel · 2 stages · 4 steps · 1 alternative path (2 steps) · drawn with Waymark',
    );
    expect(footer(richJourney())).toContain(' · 6 stages · 9 steps · 2 alternative paths (3 steps) · ');
    expect(footer(tinyJourney())).toBe('Tiny journey · 1 stage · 1 step · drawn with Waymark');
  });

  it('stretches the columns of a tiny map so the header fits', () => {
    const layout = checkLayout(tinyJourney());
    expect(layout.columns).toHaveLength(1);
    expect(layout.columns[0]?.width).toBeGreaterThanOrEqual(240);
    expect(layout.width).toBeGreaterThanOrEqual(1000);
  });

  it('shows only the lanes asked for, in that order', () => {
    const layout = layoutJourney(richJourney(), { lanes: ['emotions', 'actions'] });
    expect(layout.lanes.map((lane) => lane.id)).toEqual(['emotions', 'actions']);
  });

  it('rejects options it cannot honour with a specific message', () => {
    const journey = richJourney();
    // @ts-expect-error: not a lane
    expect(() => layoutJourney(journey, { lanes: ['feelings'] })).toThrow(/unknown lane "feelings"/);
    expect(() => layoutJourney(journey, { personas: ['nobody'] })).toThrow(
      /unknown persona "nobody"; this journey has shopper, loyal, li/,
    );
    // @ts-expect-error: not a theme
    expect(() => layoutJourney(journey, { theme: 'neon' })).toThrow(/unknown theme "neon"/);
    expect(() => layoutJourney(journey, { idPrefix: '1 bad' })).toThrow(/idPrefix must start with a letter/);
  });
});
