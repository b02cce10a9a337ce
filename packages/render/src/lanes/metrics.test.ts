import type { Journey, Metric } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { detourJourney } from '../../../../test/golden/journeys.js';
import { layoutJourney, type MapLayout } from '../layout/layoutJourney.js';
import { type Box, collectBoxes, collectTexts } from '../scene/scene.js';

const sameColumn = (a: Box, b: Box) => a.x === b.x && a.width === b.width;

function box(layout: MapLayout, dataId: string, className: string): Box {
  const found = collectBoxes(layout.scene.items).find(
    (group) => group.dataId === dataId && group.className.split(' ').includes(className),
  )?.box;
  if (!found) throw new Error(`no ${className} card for ${dataId}`);
  return found;
}

const metric = (id: string, at: string | undefined): Metric => ({
  id,
  name: `Metric ${id}`,
  kind: 'csat',
  ...(at ? { at } : {}),
  baseline: 3.9,
  target: 4.4,
  measurements: [],
  insights: [],
});

/** The detour journey with metrics on its stages, on its path's steps and on nothing known. */
function detourWithMetrics(): Journey {
  return {
    ...detourJourney(),
    metrics: [
      metric('delivery-csat', 's2'),
      metric('chat-csat', 'x1-chat'),
      metric('swap-time', 'x2'),
      metric('lost', 'no-such-step'),
      metric('nps', undefined),
    ],
  };
}

/** The path step a metric is at (directly or through one of the step's touchpoints). */
function pathStepOf(journey: Journey, at: string | undefined): string | undefined {
  for (const path of journey.paths) {
    for (const step of path.steps) {
      if (step.id === at || step.touchpoints.some((touchpoint) => touchpoint.id === at)) return step.id;
    }
  }
  return undefined;
}

describe('metrics of alternative path steps', () => {
  it('sit in the column of their path step, under “on path: …”, below the stage’s metrics', () => {
    const layout = layoutJourney(detourWithMetrics());
    const chat = box(layout, 'chat-csat', 'wm-metric');
    const swap = box(layout, 'swap-time', 'wm-metric');
    expect(sameColumn(chat, box(layout, 'x1', 'wm-path-step'))).toBe(true);
    expect(sameColumn(swap, box(layout, 'x2', 'wm-path-step'))).toBe(true);
    const stage = box(layout, 'delivery-csat', 'wm-metric');
    const lane = layout.lanes.find((row) => row.id === 'metrics');
    const captions = collectTexts(layout.scene.items)
      .filter((text) => lane && text.y > lane.y && text.y < lane.y + lane.height)
      .map((text) => ({ text: text.lines.join(' '), x: text.x, y: text.y }));
    for (const card of [chat, swap]) {
      const above = captions.filter((caption) => caption.x === card.x && caption.y < card.y).at(-1);
      expect(above?.text).toBe('on path: Arrives broken');
      if (sameColumn(card, stage)) expect(above?.y).toBeGreaterThan(stage.y + stage.height);
    }
    // x2 shares its column with the metrics of the stage “Delivery”; the old bottom-left block is gone.
    expect(sameColumn(stage, chat) || sameColumn(stage, swap)).toBe(true);
    expect(captions.map((caption) => caption.text)).not.toContain('Off the main path');
  });

  it('say which path step they are at', () => {
    const layout = layoutJourney(detourWithMetrics());
    const card = collectBoxes(layout.scene.items).find((group) => group.dataId === 'chat-csat');
    const texts = collectTexts(card?.children ?? []).map((text) => text.lines.join(' '));
    expect(texts).toContain('at touchpoint help chat (A1)');
  });

  it('keeps a metric whose `at` names nothing on the map in an “Across the journey” strip; journey KPIs stay in the header', () => {
    const layout = layoutJourney(detourWithMetrics());
    const groups = collectBoxes(layout.scene.items);
    expect(groups.find((group) => group.dataId === 'lost')?.cell).toBe('metrics:wide');
    expect(groups.filter((group) => group.dataId === 'nps').map((group) => group.cell)).toEqual([
      'header:kpi-nps',
    ]);
  });

  it('lines up every metric at a path step with that step’s card, for any journey', () => {
    fc.assert(
      fc.property(
        arbJourney().filter((journey) => journey.paths.length > 0 && journey.metrics.length > 0),
        (journey) => {
          const layout = layoutJourney(journey);
          for (const item of journey.metrics) {
            const step = pathStepOf(journey, item.at);
            if (step === undefined) continue;
            expect(sameColumn(box(layout, item.id, 'wm-metric'), box(layout, step, 'wm-path-step'))).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
