import { describe, expect, it } from 'vitest';
import type { Journey } from '../../model/journey.js';
import type { ImportResult } from '../interchangeFormat.js';
import { importMermaid } from './importMermaid.js';

function imported(result: ImportResult): { journey: Journey; notes: string[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

/** Stage name → step name → persona name → emotion score. */
function shape(journey: Journey) {
  const names = new Map(journey.personas.map((p) => [p.id, p.name]));
  return journey.stages.map((stage) => ({
    stage: stage.name,
    steps: stage.steps.map((step) => ({
      step: step.name,
      emotions: Object.fromEntries(
        Object.entries(step.emotions).map(([id, emotion]) => [names.get(id), emotion.score]),
      ),
    })),
  }));
}

describe('importMermaid', () => {
  it('reads the clean example of the Mermaid documentation', () => {
    const { journey, notes } = imported(
      importMermaid(
        [
          'journey',
          '    title My working day',
          '    section Go to work',
          '      Make tea: 5: Me',
          '      Go upstairs: 3: Me',
          '      Do work: 1: Me, Cat',
          '    section Go home',
          '      Go downstairs: 5: Me',
          '      Sit down: 5: Me',
        ].join('\n'),
      ),
    );
    expect(notes).toEqual([]);
    expect(journey.title).toBe('My working day');
    expect(journey.id).toBe('my-working-day');
    expect(journey.personas.map((p) => [p.id, p.name])).toEqual([
      ['me', 'Me'],
      ['cat', 'Cat'],
    ]);
    expect(journey.stages.map((s) => s.id)).toEqual(['go-to-work', 'go-home']);
    expect(shape(journey)).toEqual([
      {
        stage: 'Go to work',
        steps: [
          { step: 'Make tea', emotions: { Me: 2 } },
          { step: 'Go upstairs', emotions: { Me: 0 } },
          { step: 'Do work', emotions: { Me: -2, Cat: -2 } },
        ],
      },
      {
        stage: 'Go home',
        steps: [
          { step: 'Go downstairs', emotions: { Me: 2 } },
          { step: 'Sit down', emotions: { Me: 2 } },
        ],
      },
    ]);
  });

  it('reads a messy diagram and says what it adjusted, line by line', () => {
    const text = [
      '```mermaid', // 1
      'journey', // 2
      '%% a comment', // 3
      '  title Ticket #5: "fix" <the> café', // 4
      'accTitle: Short title', // 5
      '  accDescr {', // 6
      '    Why we map:', // 7
      '    the first visit', // 8
      '  }', // 9
      '   Arrive early: 4: Night owl', // 10
      '', // 11
      'section Day 1: Arrival', // 12
      '\tCheck in: 7: Night owl, Business   traveller', // 13
      '      Wait for the room: 0.4', // 14
      '  日本語のタスク: 3.6: 日本語, Ελληνικά', // 15
      'section    Δεύτερη μέρα', // 16
      '    Ask "where is <breakfast>?" # now: 2: Business   traveller,  , Night owl', // 17
      '```', // 18
      'not part of the diagram', // 19
    ].join('\r\n');
    const { journey, notes } = imported(importMermaid(text));
    expect(journey.title).toBe('Ticket #5: "fix" <the> café');
    expect(journey.objective).toBe('Why we map:\nthe first visit');
    expect(journey.personas.map((p) => [p.id, p.name])).toEqual([
      ['night-owl', 'Night owl'],
      ['business-traveller', 'Business   traveller'],
      ['customer', 'Customer'],
      ['persona', '日本語'],
      ['persona-2', 'Ελληνικά'],
    ]);
    expect(shape(journey)).toEqual([
      { stage: 'Start', steps: [{ step: 'Arrive early', emotions: { 'Night owl': 1 } }] },
      {
        stage: 'Day 1: Arrival',
        steps: [
          { step: 'Check in', emotions: { 'Night owl': 2, 'Business   traveller': 2 } },
          { step: 'Wait for the room', emotions: { Customer: -2 } },
          { step: '日本語のタスク', emotions: { 日本語: 1, Ελληνικά: 1 } },
        ],
      },
      {
        stage: 'Δεύτερη μέρα',
        steps: [
          {
            step: 'Ask "where is <breakfast>?" # now',
            emotions: { 'Business   traveller': -1, 'Night owl': -1 },
          },
        ],
      },
    ]);
    expect(journey.stages.map((s) => s.id)).toEqual(['start', 'day-1-arrival', 'stage']);
    expect(notes).toEqual([
      'line 10: task before any section; put in a first stage "Start"',
      'line 13: score 7 is outside 1–5; clamped to 5',
      'line 14: score 0.4 is outside 1–5; clamped to 1',
      'line 14: no actors listed; the score goes to the persona "Customer"',
      'line 15: score 3.6 is not a whole number; rounded to 4',
      'accTitle "Short title" differs from the title; kept the title',
    ]);
  });

  it('refuses malformed lines, reporting all of them with their line numbers', () => {
    const result = importMermaid(
      [
        'journey',
        '  title Broken',
        '  section One',
        '    Make tea',
        '    Go: abc: Me',
        '    Fine: 3: Me',
        '    : 4: Me',
        '    Sit:',
      ].join('\n'),
      { fileName: 'broken.mmd' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['broken.mmd', 4, 'expected a task written as "Task: score: Actor, Actor", got "Make tea" (no score)'],
      ['broken.mmd', 5, 'score "abc" is not a number (expected a number from 1 to 5)'],
      ['broken.mmd', 7, 'task has no name before its score'],
      ['broken.mmd', 8, 'task "Sit" has no score (expected a number from 1 to 5)'],
    ]);
  });

  it('refuses other diagram types and an unclosed accDescr block', () => {
    const flowchart = importMermaid('flowchart LR\n  A --> B\n');
    expect(flowchart.ok).toBe(false);
    if (!flowchart.ok) {
      expect(flowchart.errors[0]?.line).toBe(1);
      expect(flowchart.errors[0]?.message).toContain("'flowchart' diagram, not a journey diagram");
    }
    const open = importMermaid('journey\n title T\n accDescr {\n  never closed\n section S\n');
    expect(open.ok).toBe(false);
    if (!open.ok)
      expect(open.errors.map((e) => [e.line, e.message])).toEqual([
        [3, "'accDescr {' is never closed with '}'"],
      ]);
  });

  it('takes the title from front matter, a file name or a default, and notes a missing journey line', () => {
    const front = imported(
      importMermaid('---\ntitle: "From front matter"\n---\njourney\n section A\n  Go: 3: Me\n'),
    );
    expect(front.journey.title).toBe('From front matter');
    const named = imported(importMermaid('section A\n  Go: 3: Me\n', { fileName: 'maps/day-one.mmd' }));
    expect(named.journey.title).toBe('day-one');
    expect(named.notes).toEqual([
      "line 1: no 'journey' line at the top; read as a journey diagram",
      'no title; named the journey "day-one"',
    ]);
    expect(imported(importMermaid('journey\n')).journey.title).toBe('Imported journey');
  });

  it('reads the character codes Mermaid uses for special characters', () => {
    const { journey } = imported(
      importMermaid(
        'journey\n title A #35;1 #amp; co\n section Day 1#58; Arrival\n  Pay#59; leave: 4: Smith#44; Jo\n',
      ),
    );
    expect(journey.title).toBe('A #1 & co');
    expect(shape(journey)).toEqual([
      { stage: 'Day 1: Arrival', steps: [{ step: 'Pay; leave', emotions: { 'Smith, Jo': 1 } }] },
    ]);
  });

  it('accepts task names with colons, taking the last number as the score', () => {
    const { journey } = imported(importMermaid('journey\n section S\n  Step 1: call at 10:30: 4: Me\n'));
    expect(shape(journey)).toEqual([
      { stage: 'S', steps: [{ step: 'Step 1: call at 10:30', emotions: { Me: 1 } }] },
    ]);
  });
});
