import type { Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { detourJourney, richJourney, tinyJourney } from '../../../../test/golden/journeys.js';
import { checkLayout } from '../../../../test/support/checkLayout.js';
import { collectBoxes, collectTexts } from '../scene/scene.js';
import { layoutJourney } from './layoutJourney.js';

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
