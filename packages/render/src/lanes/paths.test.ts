import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { detourJourney, richJourney } from '../../../../test/golden/journeys.js';
import { MARGIN } from '../layout/constants.js';
import { layoutJourney } from '../layout/layoutJourney.js';
import { type Box, collectBoxes, collectTexts, type GroupItem } from '../scene/scene.js';

const classes = (group: GroupItem) => group.className.split(' ');

/** The boxes of one path's cards in reading order: branch card, steps, rejoin/end marker. */
function trackBoxes(groups: readonly GroupItem[], pathId: string, stepIds: readonly string[]): Box[] {
  const find = (test: (group: GroupItem) => boolean, what: string) => {
    const box = groups.find(test)?.box;
    if (!box) throw new Error(`no card for ${what}`);
    return box;
  };
  return [
    find((g) => classes(g).includes('wm-path') && g.dataId === pathId, `path ${pathId}`),
    ...stepIds.map((id) => find((g) => classes(g).includes('wm-path-step') && g.dataId === id, `step ${id}`)),
    find((g) => classes(g).includes('wm-path-end') && g.dataId === pathId, `the end of ${pathId}`),
  ];
}

describe('the alternative paths lane', () => {
  it('starts a path further left when it would run past the last column, so its rejoin marker follows its last step', () => {
    const layout = layoutJourney(detourJourney());
    const groups = collectBoxes(layout.scene.items);
    const [branch, x1, x2, end] = trackBoxes(groups, 'broken', ['x1', 'x2']);
    if (!branch || !x1 || !x2 || !end) throw new Error('track incomplete');
    // One row, left to right, the marker right of the last step and inside the map.
    for (const box of [x1, x2, end]) expect(box.y).toBe(branch.y);
    expect(x1.x).toBeGreaterThan(branch.x + branch.width);
    expect(x2.x).toBeGreaterThan(x1.x + x1.width);
    expect(end.x).toBeGreaterThan(x2.x + x2.width);
    expect(end.x + end.width).toBeLessThanOrEqual(layout.width - MARGIN);
    // It ends in the last column; the branch card no longer sits under 2.1, so a connector says where it comes from.
    expect(end.x).toBeGreaterThan((layout.columns.at(-1)?.x ?? Infinity) - 1);
    expect(branch.x).toBeLessThan(layout.columns[2]?.x ?? 0);
    expect(collectTexts(layout.scene.items).some((text) => text.lines.join(' ') === 'from 2.1')).toBe(true);
  });

  it('leaves a path that fits where it branches, without a connector', () => {
    const layout = layoutJourney(richJourney());
    const groups = collectBoxes(layout.scene.items);
    const [branch] = trackBoxes(groups, 'out-of-stock', ['notify', 'alert-arrives']);
    const searches = layout.columns.find((column) => column.stepId === 'searches');
    expect(branch?.x).toBe((searches?.x ?? 0) + 10);
    expect(collectTexts(layout.scene.items).some((text) => text.lines.join(' ').startsWith('from '))).toBe(
      false,
    );
  });

  it('keeps every path together and inside the map: each card right of the one before, or on a row below under the path’s start', () => {
    fc.assert(
      fc.property(
        arbJourney().filter((journey) => journey.paths.length > 0),
        (journey) => {
          const layout = layoutJourney(journey);
          const groups = collectBoxes(layout.scene.items);
          const left = layout.columns[0]?.x ?? 0;
          for (const path of journey.paths) {
            const boxes = trackBoxes(
              groups,
              path.id,
              path.steps.map((step) => step.id),
            );
            const first = boxes[0];
            if (path.steps.length + 2 <= layout.columns.length) {
              for (const box of boxes) expect(box.y).toBe(first?.y);
            }
            boxes.forEach((box, i) => {
              expect(box.x).toBeGreaterThanOrEqual(left);
              expect(box.x + box.width).toBeLessThanOrEqual(layout.width - MARGIN);
              const previous = boxes[i - 1];
              if (!previous) return;
              const sameRow = box.y === previous.y && box.x > previous.x + previous.width;
              const rowBelow = box.y > previous.y + previous.height && box.x === first?.x;
              expect(sameRow || rowBelow).toBe(true);
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the card of an alternative path step', () => {
  it('shows what the main path shows in its lanes: moments of truth, departments, persona thoughts, the detail map', () => {
    const journey = detourJourney();
    const x1 = journey.paths[0]?.steps[0];
    if (!x1) throw new Error('no path step');
    const step = {
      ...x1,
      momentOfTruth: { reason: 'A quick answer keeps the customer' },
      touchpoints: x1.touchpoints.map((touchpoint) => ({
        ...touchpoint,
        department: 'Customer Care',
        momentOfTruth: { reason: 'The bot decides whether they call' },
      })),
      emotions: { p: { score: -2, thoughts: ['Why can I not send a photo?'], insights: [] } },
      detail: 'returns-detail.yaml',
    };
    const layout = layoutJourney({
      ...journey,
      paths: journey.paths.map((path) => ({ ...path, steps: [step, ...path.steps.slice(1)] })),
    });
    const card = collectBoxes(layout.scene.items).find(
      (group) => group.dataId === 'x1' && classes(group).includes('wm-path-step'),
    );
    expect(card && classes(card)).toContain('wm-moment');
    const texts = collectTexts(card?.children ?? []).map((text) => text.lines.join(' '));
    expect(texts).toEqual([
      'A1',
      'Reports the damage',
      'Moment of truth',
      'A quick answer keeps the customer',
      'Chat · online: help chat · Customer Care',
      'Moment of truth',
      'The bot decides whether they call',
      '“Why can I not send a photo?”',
      '−2',
      'detail map → returns-detail.yaml',
    ]);
    // Two stars: the step's and the touchpoint's.
    const stars = (card?.children ?? []).filter((item) => item.kind === 'path' && item.lineJoin === 'round');
    expect(stars).toHaveLength(2);
  });
});
