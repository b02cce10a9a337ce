import { applyCommands, parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { personaLines, setPersonaList } from './personaLists';
import { withAddedLine, withLine, withoutLine } from './textLists';

describe('a list of text lines', () => {
  const lines = ['Warm', 'Cheap'];
  it('changes one line, trimmed; a blank one is removed; the same text or no such line changes nothing', () => {
    expect(withLine(lines, 1, ' Light ')).toEqual(['Warm', 'Light']);
    expect(withLine(lines, 0, '  ')).toEqual(['Cheap']);
    expect(withLine(lines, 0, 'Warm')).toBeUndefined();
    expect(withLine(lines, 2, 'More')).toBeUndefined();
  });
  it('adds a line at the end, never a blank one; removes one that is there', () => {
    expect(withAddedLine(lines, 'Light')).toEqual(['Warm', 'Cheap', 'Light']);
    expect(withAddedLine(lines, ' ')).toBeUndefined();
    expect(withoutLine(lines, 0)).toEqual(['Cheap']);
    expect(withoutLine(lines, 3)).toBeUndefined();
  });
});

describe('a persona’s lists', () => {
  const parsed = parseJourney(`title: T
personas:
  - { id: shopper, name: Shopper, goals: [Stay warm], needs: [] }
stages: [{ id: s, name: S, steps: [{ id: a, name: A }] }]
`);
  if (!parsed.ok) throw new Error('the fixture does not parse');
  const journey = parsed.journey;

  it('sets one list of a persona with one update that core accepts', () => {
    const commands = setPersonaList(
      journey,
      'shopper',
      'goals',
      withAddedLine(personaLines(journey, 'shopper', 'goals'), 'Look good'),
    );
    expect(commands).toEqual([{ op: 'update', id: 'shopper', set: { goals: ['Stay warm', 'Look good'] } }]);
    const result = applyCommands(journey, commands);
    expect(result.ok && result.journey.personas[0]?.goals).toEqual(['Stay warm', 'Look good']);
    const frustrations = setPersonaList(journey, 'shopper', 'frustrations', ['Sizes run small']);
    const next = applyCommands(journey, frustrations);
    expect(next.ok && next.journey.personas[0]?.frustrations).toEqual(['Sizes run small']);
  });

  it('sends nothing when the list does not change', () => {
    expect(setPersonaList(journey, 'shopper', 'goals', undefined)).toEqual([]);
    expect(setPersonaList(journey, 'shopper', 'goals', ['Stay warm'])).toEqual([]);
  });
});
