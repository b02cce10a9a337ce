import { blueprintLanes, type Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { detourJourney } from '../../../../test/golden/journeys.js';
import { layoutJourney, type MapLayout } from '../layout/layoutJourney.js';
import { type Box, collectBoxes, collectTexts, type GroupItem } from '../scene/scene.js';

const classes = (group: GroupItem) => group.className.split(' ');
const sameColumn = (a: Box, b: Box) => a.x === b.x && a.width === b.width;

function pathStepBox(layout: MapLayout, stepId: string): Box {
  const box = collectBoxes(layout.scene.items).find(
    (group) => group.dataId === stepId && classes(group).includes('wm-path-step'),
  )?.box;
  if (!box) throw new Error(`no card for path step ${stepId}`);
  return box;
}

/** The detour journey with backstage and systems lines on its first path step. */
function detourWithBlueprint(): Journey {
  const journey = detourJourney();
  return {
    ...journey,
    paths: journey.paths.map((path) => ({
      ...path,
      steps: path.steps.map((step) =>
        step.id === 'x1'
          ? {
              ...step,
              blueprint: {
                ...step.blueprint,
                backstage: ['Agent checks the photos'],
                systems: ['Returns portal', 'Courier API'],
              },
            }
          : step,
      ),
    })),
  };
}

describe('blueprint lines of alternative path steps', () => {
  it('sit in their blueprint lanes, in the column of their path step, under “on path: …”, each saying its path step', () => {
    const layout = layoutJourney(detourWithBlueprint());
    // Only the path step has blueprint lines, and still the lanes are drawn.
    expect(layout.lanes.map((lane) => lane.id)).toEqual(expect.arrayContaining(['backstage', 'systems']));
    const step = pathStepBox(layout, 'x1');
    const notes = collectBoxes(layout.scene.items).filter(
      (group) => group.dataId === 'x1' && classes(group).includes('wm-on-path'),
    );
    const laneOf = (note: GroupItem) => blueprintLanes.find((lane) => classes(note).includes(`wm-${lane}`));
    expect(notes.map(laneOf)).toEqual(['backstage', 'systems', 'systems']);
    for (const note of notes) expect(note.box && sameColumn(note.box, step)).toBe(true);
    for (const note of notes) {
      expect(
        collectTexts(note.children)
          .map((text) => text.lines.join(' '))
          .at(-1),
      ).toBe('at A1');
    }
    // One caption in each of the two lanes (the other captions belong to findings and opportunities).
    const captions = collectTexts(layout.scene.items).filter(
      (text) => text.lines.join(' ') === 'on path: Arrives broken' && text.x === step.x,
    );
    const lanes = layout.lanes.filter((lane) => lane.id === 'backstage' || lane.id === 'systems');
    for (const lane of lanes) {
      const inLane = captions.filter((text) => text.y > lane.y && text.y < lane.y + lane.height);
      expect(inLane).toHaveLength(1);
    }
  });

  it('lines up every blueprint line of a path step with that step’s card, for any journey', () => {
    fc.assert(
      fc.property(
        arbJourney().filter((journey) => journey.paths.some((path) => path.steps.length > 0)),
        (journey) => {
          const layout = layoutJourney(journey);
          const groups = collectBoxes(layout.scene.items);
          for (const path of journey.paths) {
            for (const step of path.steps) {
              const box = pathStepBox(layout, step.id);
              for (const lane of blueprintLanes) {
                const notes = groups.filter(
                  (group) =>
                    group.dataId === step.id &&
                    classes(group).includes('wm-on-path') &&
                    classes(group).includes(`wm-${lane}`),
                );
                expect(notes).toHaveLength(step.blueprint[lane].length);
                for (const note of notes) expect(note.box && sameColumn(note.box, box)).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
