import { findTemplate, parseJourney } from '@waymark/core';
import { layoutJourney } from '@waymark/render';
import { describe, expect, it } from 'vitest';
import { elementBoxes, emotionUnit, personaOfMarker } from './sceneIndex';

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const journey = parsed.journey;
const layout = layoutJourney(journey);

describe('looking things up in render’s layout', () => {
  it('finds the card of every stage and step', () => {
    const boxes = elementBoxes(layout.scene.items);
    for (const stage of journey.stages) {
      expect(boxes.get(stage.id)?.width).toBeGreaterThan(0);
      for (const step of stage.steps) expect(boxes.get(step.id)?.height).toBeGreaterThan(0);
    }
  });

  it('reads the emotion lane’s scale, and none when the lane is hidden', () => {
    expect(emotionUnit(layout)).toBe(34);
    expect(emotionUnit(layoutJourney(journey, { lanes: ['actions'] }))).toBeUndefined();
  });

  it('reads the persona of an emotion marker from its class', () => {
    expect(personaOfMarker('wm-emotion wm-persona-first-timer')).toBe('first-timer');
    expect(personaOfMarker('wm-card wm-step')).toBeUndefined();
  });
});
