import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDiagnostic } from '../diagnostic.js';
import { JourneyCommand, JourneySetCommand } from './journeyCommand.js';
import { settableJourneyFields } from './ops/setJourneyFields.js';
import { parseCommands } from './parseCommands.js';

const errorsOf = (input: unknown): string[] => {
  const result = parseCommands(input);
  return result.ok ? [] : result.errors.map(formatDiagnostic);
};

describe('parseCommands', () => {
  it('reads a list of well-formed commands as they are', () => {
    const commands = [
      { op: 'journey.set', set: { status: 'published', objective: null } },
      { op: 'add', kind: 'step', parent: 'purchase', index: 0, item: { name: 'Pays' } },
      { op: 'update', id: 'checkout', set: { name: 'Orders' } },
      { op: 'move', id: 'checkout', index: 1, parent: 'consideration' },
      { op: 'remove', id: 'badge' },
      {
        op: 'emotion.set',
        step: 'checkout',
        persona: 'shopper',
        score: -0.5,
        thoughts: ['Hmm'],
        evidence: null,
      },
      { op: 'emotion.clear', step: 'checkout', persona: 'shopper' },
      { op: 'measurement.add', metric: 'nps', measurement: { date: '2026-06-01', value: 31 } },
    ];
    expect(parseCommands(JSON.parse(JSON.stringify(commands)))).toEqual({ ok: true, commands });
  });

  it('reports every malformed command at once, at its place in the list', () => {
    expect(
      errorsOf([
        { op: 'ad', kind: 'step' },
        { id: 'x' },
        5,
        { op: 'move', id: 'x', index: -1, parnet: 'y' },
        { op: 'add', kind: 'pain', item: [] },
        { op: 'emotion.set', step: 'a', persona: 'b', score: '1' },
        { op: 7 },
      ]),
    ).toEqual([
      "commands[0].op: unknown op 'ad' (did you mean 'add'?); the ops are journey.set, add, update, move, remove, emotion.set, emotion.clear, measurement.add",
      "commands[1]: missing required field 'op' (one of journey.set, add, update, move, remove, emotion.set, emotion.clear, measurement.add)",
      "commands[2]: expected a command (a map with an 'op'), got 5",
      'commands[3].index: expected a whole number of at least 0, got -1',
      "commands[3].parnet: unknown field 'parnet' (did you mean 'parent'?)",
      "commands[4].kind: expected one of persona, stage, step, touchpoint, path, insight, painPoint, gain, opportunity, action, metric, got 'pain'",
      'commands[4].item: expected a map, got a list',
      "commands[5].score: expected a number from -2 to 2, got '1'",
      'commands[6].op: unknown op 7; the ops are journey.set, add, update, move, remove, emotion.set, emotion.clear, measurement.add',
    ]);
  });

  it('refuses what is not a list, and ids that are not ids', () => {
    expect(errorsOf({ op: 'remove', id: 'x' })).toEqual(['commands: expected a list of commands, got a map']);
    expect(errorsOf([{ op: 'remove', id: 'two words' }])).toEqual([
      'commands[0].id: expected a short id of letters, digits, "-", "_" or "." (like "price-unclear"), got \'two words\'',
    ]);
  });

  it('tells journey.set apart from the element commands', () => {
    expect(errorsOf([{ op: 'journey.set', set: { stages: [], id: 'j' } }])).toEqual([
      "commands[0].set.stages: the journey's stages are edited with add, update, move and remove commands, not journey.set",
      "commands[0].set.id: the journey's id cannot be changed by a command",
    ]);
  });

  it('journey.set takes exactly the journey fields it applies', () => {
    expect(Object.keys(JourneySetCommand.shape.set.shape)).toEqual(settableJourneyFields);
  });

  it('the command schema converts to JSON Schema, for the API description', () => {
    expect(() => z.toJSONSchema(z.array(JourneyCommand))).not.toThrow();
  });
});
