import type { Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { detourJourney } from '../../../../test/golden/journeys.js';
import { layoutJourney, type MapLayout } from '../layout/layoutJourney.js';
import { type Box, collectBoxes, collectTexts } from '../scene/scene.js';

function box(layout: MapLayout, dataId: string, className: string): Box {
  const found = collectBoxes(layout.scene.items).find(
    (group) => group.dataId === dataId && group.className.split(' ').includes(className),
  )?.box;
  if (!found) throw new Error(`no ${className} card for ${dataId}`);
  return found;
}

const sameColumn = (a: Box, b: Box) => a.x === b.x && a.width === b.width;

/** The path step a finding is at (directly or through one of the step's touchpoints). */
function pathStepOf(journey: Journey, at: string | undefined): string | undefined {
  for (const path of journey.paths) {
    for (const step of path.steps) {
      if (step.id === at || step.touchpoints.some((touchpoint) => touchpoint.id === at)) return step.id;
    }
  }
  return undefined;
}

describe('findings on alternative paths', () => {
  it('draws them in the column of their path step, under “on path: …”', () => {
    const layout = layoutJourney(detourJourney());
    const step = box(layout, 'x1', 'wm-path-step');
    const pain = box(layout, 'chat-bot', 'wm-pain-point');
    expect(sameColumn(pain, step)).toBe(true);
    expect(sameColumn(box(layout, 'quick-swap', 'wm-gain'), box(layout, 'x2', 'wm-path-step'))).toBe(true);
    // The opportunity that addresses only that pain point sits with it.
    expect(sameColumn(box(layout, 'photo-upload', 'wm-opportunity'), step)).toBe(true);
    const captions = collectTexts(layout.scene.items).filter(
      (text) => text.lines.join(' ') === 'on path: Arrives broken',
    );
    expect(captions).toHaveLength(3);
    const above = captions.find((text) => text.x === pain.x && text.y < pain.y);
    expect(above).toBeDefined();
  });

  it('says which path step a finding is at, since the column belongs to a main-path step', () => {
    const layout = layoutJourney(detourJourney());
    const pain = collectBoxes(layout.scene.items).find((group) => group.dataId === 'chat-bot');
    const texts = collectTexts(pain?.children ?? []).map((text) => text.lines.join(' '));
    expect(texts.join(' ')).toContain('at touchpoint help chat (A1)');
  });

  it('numbers them in reading order, after the main-path findings of their column', () => {
    const layout = layoutJourney(detourJourney());
    const number = (id: string) =>
      collectBoxes(layout.scene.items)
        .find((g) => g.dataId === id)
        ?.title?.split(' ')[0];
    expect(['slow-pay', 'card-fails', 'no-voucher', 'chat-bot', 'vague'].map(number)).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'P5',
    ]);
  });

  it('lines every finding at a path step up with that step’s card, for any journey', () => {
    fc.assert(
      fc.property(
        arbJourney().filter((journey) => journey.paths.length > 0),
        (journey) => {
          const layout = layoutJourney(journey);
          for (const [findings, className] of [
            [journey.painPoints, 'wm-pain-point'],
            [journey.gains, 'wm-gain'],
          ] as const) {
            for (const finding of findings) {
              const step = pathStepOf(journey, finding.at);
              if (step === undefined) continue;
              expect(sameColumn(box(layout, finding.id, className), box(layout, step, 'wm-path-step'))).toBe(
                true,
              );
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the “Across the journey” strip', () => {
  it('keeps only journey-wide items', () => {
    const layout = layoutJourney(detourJourney());
    const strips = collectBoxes(layout.scene.items)
      .filter((group) => group.cell?.endsWith(':wide'))
      .map((group) => group.dataId);
    expect(strips).toEqual(['vague', 'one-contact']);
  });

  it('fills an empty column instead of adding a row under the tallest one', () => {
    const journey = detourJourney();
    const layout = layoutJourney(journey);
    const without = layoutJourney({
      ...journey,
      painPoints: journey.painPoints.filter((p) => p.id !== 'vague'),
    });
    const lane = (l: MapLayout) => l.lanes.find((row) => row.id === 'painPoints');
    const wide = box(layout, 'vague', 'wm-pain-point');
    const tallest = box(layout, 'no-voucher', 'wm-pain-point');
    expect(wide.y).toBeLessThan(tallest.y + tallest.height);
    expect(lane(layout)?.height).toBe(lane(without)?.height);
    // In the last column, which holds nothing else: journey-wide items read last.
    expect(wide.x).toBe((layout.columns.at(-1)?.x ?? 0) + 10);
  });
});
