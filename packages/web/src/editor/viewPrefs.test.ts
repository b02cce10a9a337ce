import { findTemplate, parseJourney } from '@waymark/core';
import { layoutJourney } from '@waymark/render';
import { describe, expect, it } from 'vitest';
import { laneMenu, moveLane, parseViewPrefs, toggleLane, togglePersona, viewOptions } from './viewPrefs';

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const journey = parsed.journey;

describe('a person’s view of a map (lanes, emotion curves)', () => {
  it('reads what was stored, dropping unknown lanes, repeats and anything that is not a list', () => {
    expect(parseViewPrefs(null)).toEqual({});
    expect(parseViewPrefs('not json')).toEqual({});
    expect(
      parseViewPrefs('{"lanes":["emotions","bogus","emotions","actions"],"personas":["loyal",3]}'),
    ).toEqual({
      lanes: ['emotions', 'actions'],
      personas: ['loyal'],
    });
    expect(parseViewPrefs('{"lanes":"actions"}')).toEqual({});
  });

  it('draws the chosen lanes in the chosen order, and only the chosen personas’ curves', () => {
    const options = viewOptions({ lanes: ['emotions', 'actions'], personas: ['loyal', 'gone'] }, journey);
    expect(options).toEqual({ lanes: ['emotions', 'actions'], personas: ['loyal'] });
    const layout = layoutJourney(journey, options);
    expect(layout.lanes.map((lane) => lane.id)).toEqual(['emotions', 'actions']);
    const curves = JSON.stringify(layout.scene.items).match(/wm-emotion wm-persona-[a-z-]+/g) ?? [];
    expect(new Set(curves)).toEqual(new Set(['wm-emotion wm-persona-loyal']));
  });

  it('hides and shows lanes (a shown lane goes back to its standard place) and reorders them', () => {
    expect(toggleLane(['actions', 'emotions'], 'thoughts')).toEqual(['actions', 'thoughts', 'emotions']);
    expect(toggleLane(['actions', 'thoughts', 'emotions'], 'thoughts')).toEqual(['actions', 'emotions']);
    expect(moveLane(['actions', 'thoughts', 'emotions'], 'emotions', -1)).toEqual([
      'actions',
      'emotions',
      'thoughts',
    ]);
    expect(moveLane(['actions', 'thoughts'], 'actions', -1)).toEqual(['actions', 'thoughts']);
    const menu = laneMenu(['emotions', 'actions']);
    expect(menu.slice(0, 3)).toEqual([
      { lane: 'emotions', shown: true },
      { lane: 'actions', shown: true },
      { lane: 'touchpoints', shown: false },
    ]);
  });

  it('toggles a persona’s curve', () => {
    expect(togglePersona(['shopper', 'loyal'], 'shopper')).toEqual(['loyal']);
    expect(togglePersona(['loyal'], 'shopper')).toEqual(['loyal', 'shopper']);
  });
});
