import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../../test/arbitraries.js';
import { Journey } from '../../model/journey.js';
import { exportMermaid } from './exportMermaid.js';
import { DEFAULT_MERMAID_PERSONA, importMermaid } from './importMermaid.js';

const small = Journey.parse({
  id: 'tea',
  title: 'Morning tea',
  objective: 'Why tea # matters',
  personas: [
    { id: 'me', name: 'Me' },
    { id: 'cat', name: 'Cat, the' },
  ],
  stages: [
    {
      id: 'home',
      name: 'Home: kitchen',
      steps: [
        { id: 'boil', name: 'Boil water', emotions: { me: { score: 1 }, cat: { score: 1 } } },
        { id: 'brew', name: 'Brew', emotions: { me: { score: 2 }, cat: { score: -0.5 } } },
        { id: 'wait', name: 'Wait' },
        { id: 'title', name: 'title of the day', emotions: { me: { score: 0 } } },
      ],
    },
    { id: 'later', name: 'Later' },
  ],
  paths: [{ id: 'spill', name: 'Spilled tea', from: 'brew', steps: [{ id: 'mop', name: 'Mop up' }] }],
});

describe('exportMermaid', () => {
  it('writes title, accessibility texts, sections and tasks, and comments on what is lost', () => {
    expect(exportMermaid(small)).toBe(
      [
        'journey',
        '  title Morning tea',
        '  accTitle: Morning tea',
        '  accDescr: Why tea #35; matters',
        '  section Home#58; kitchen',
        '    Boil water: 4: Me, Cat#44; the',
        '    %% "Brew" per persona: Me 5, Cat, the 2.5; shown as 4',
        '    Brew: 4: Me, Cat#44; the',
        '    %% "Wait": no emotion recorded; shown as 3',
        '    Wait: 3',
        '    #116;itle of the day: 3: Me',
        '  section Later',
        '  %% alternative path "Spilled tea" (1 steps) is not part of the diagram',
        '',
      ].join('\n'),
    );
  });

  it('writes a multi-line objective as an accDescr block that reads back', () => {
    const journey = Journey.parse({ id: 'j', title: 'J', objective: 'First line\nSecond {line}' });
    const text = exportMermaid(journey);
    expect(text).toContain('  accDescr {\n    First line\n    Second #123;line#125;\n  }\n');
    const back = importMermaid(text);
    expect(back.ok && back.journey.objective).toBe('First line\nSecond {line}');
  });

  it('round trip keeps stage, step and persona names and equal whole scores', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const result = importMermaid(exportMermaid(journey));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const back = result.journey;
        expect(back.title).toBe(journey.title);
        expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
        expect(back.stages.map((s) => s.steps.map((step) => step.name))).toEqual(
          journey.stages.map((s) => s.steps.map((step) => step.name)),
        );

        const steps = journey.stages.flatMap((s) => s.steps);
        const name = new Map(journey.personas.map((p) => [p.id, p.name]));
        const expected = new Set(
          steps.flatMap((step) => Object.keys(step.emotions).map((id) => name.get(id))),
        );
        if (steps.some((step) => Object.keys(step.emotions).length === 0))
          expected.add(DEFAULT_MERMAID_PERSONA);
        expect(new Set(back.personas.map((p) => p.name))).toEqual(expected);

        const backName = new Map(back.personas.map((p) => [p.id, p.name]));
        const backSteps = back.stages.flatMap((s) => s.steps);
        steps.forEach((step, i) => {
          const scores = Object.values(step.emotions).map((e) => e.score);
          if (scores.length === 0 || !scores.every((s) => Number.isInteger(s) && s === scores[0])) return;
          const backScores = Object.fromEntries(
            Object.entries(backSteps[i]?.emotions ?? {}).map(([id, e]) => [backName.get(id), e.score]),
          );
          for (const id of Object.keys(step.emotions))
            expect(backScores[name.get(id) as string]).toBe(scores[0]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
