import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { formatDiagnostic } from '../diagnostic.js';
import { Journey } from '../model/journey.js';
import { parseJourney } from './parseJourney.js';
import { writeJourney } from './writeJourney.js';

function reparse(text: string): Journey {
  const result = parseJourney(text, { fileName: 'written.yaml' });
  if (!result.ok) throw new Error(`${result.errors.map(formatDiagnostic).join('\n')}\n---\n${text}`);
  return result.journey;
}

const small = Journey.parse({
  id: 'jacket',
  title: 'Buying a jacket',
  status: 'published',
  tags: ['retail', 'yes'],
  personas: [
    { id: 'shopper', name: 'Budget shopper', share: 0.6 },
    { id: 'loyal', name: 'Loyal' },
  ],
  stages: [
    {
      id: 'buy',
      name: 'Buy',
      steps: [
        {
          id: 'pay',
          name: 'Pays: by card # fast',
          touchpoints: [{ id: 'checkout', channel: 'web', name: 'checkout' }],
          emotions: { shopper: { score: -1.5 }, loyal: { score: 1, thoughts: ['Quick'] } },
          blueprint: { backstage: ['Fraud check'] },
        },
      ],
    },
  ],
  painPoints: [{ id: 'slow', title: 'Slow', at: 'pay', severity: 4 }],
});

describe('writeJourney', () => {
  it('writes canonical YAML: schema key order, defaults left out, compact personas and emotions', () => {
    expect(writeJourney(small)).toBe(
      [
        'id: jacket',
        'title: Buying a jacket',
        'status: published',
        'tags: [ retail, "yes" ]',
        'personas:',
        '  shopper:',
        '    name: Budget shopper',
        '    share: 0.6',
        '  loyal:',
        '    name: Loyal',
        'stages:',
        '  - id: buy',
        '    name: Buy',
        '    steps:',
        '      - id: pay',
        '        name: "Pays: by card # fast"',
        '        touchpoints:',
        '          - id: checkout',
        '            channel: web',
        '            name: checkout',
        '        emotions:',
        '          shopper: -1.5',
        '          loyal:',
        '            score: 1',
        '            thoughts:',
        '              - Quick',
        '        blueprint:',
        '          backstage:',
        '            - Fraud check',
        'painPoints:',
        '  - id: slow',
        '    title: Slow',
        '    at: pay',
        '    severity: 4',
        '',
      ].join('\n'),
    );
  });

  it('writes emotion maps of bare numbers on one line', () => {
    const journey = Journey.parse({
      ...small,
      stages: [
        {
          id: 's',
          name: 'S',
          steps: [{ id: 'a', name: 'A', emotions: { shopper: { score: 1 }, loyal: { score: 2 } } }],
        },
      ],
      painPoints: [],
    });
    expect(writeJourney(journey)).toContain('        emotions: { shopper: 1, loyal: 2 }\n');
  });

  it('writes JSON with the same content', () => {
    const json = JSON.parse(writeJourney(small, 'json')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['id', 'title', 'status', 'tags', 'personas', 'stages', 'painPoints']);
    expect(json.personas).toEqual({
      shopper: { name: 'Budget shopper', share: 0.6 },
      loyal: { name: 'Loyal' },
    });
  });

  it('writes personas as a list when an id looks like an array index (object keys would reorder)', () => {
    const journey = Journey.parse({
      id: 'j',
      title: 'J',
      personas: [
        { id: 'b', name: 'B' },
        { id: '2', name: 'Two' },
      ],
    });
    expect(reparse(writeJourney(journey)).personas.map((p) => p.id)).toEqual(['b', '2']);
    expect(reparse(writeJourney(journey, 'json')).personas.map((p) => p.id)).toEqual(['b', '2']);
  });

  it('keeps a present but empty review (it differs from no review)', () => {
    const journey = Journey.parse({ id: 'j', title: 'J', review: {} });
    expect(reparse(writeJourney(journey)).review).toEqual({});
  });

  it('round-trips the hand-written sketch, and its canonical text is stable', () => {
    const sketch = readFileSync(
      new URL('../../../../test/fixtures/winter-jacket.sketch.yaml', import.meta.url),
      'utf8',
    );
    const journey = reparse(sketch);
    const text = writeJourney(journey);
    expect(reparse(text)).toStrictEqual(journey);
    expect(writeJourney(reparse(text))).toBe(text);
    expect(text).toContain('emotions: { shopper: 0, loyal: 1 }');
  });

  it('round-trips the small journey', () => {
    expect(reparse(writeJourney(small))).toStrictEqual(small);
  });

  for (const format of ['yaml', 'json'] as const) {
    it(`round-trips every valid journey through ${format}`, () => {
      fc.assert(
        fc.property(arbJourney(), (journey) => {
          expect(reparse(writeJourney(journey, format))).toStrictEqual(journey);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('writes the same text twice and the same text after a round trip', () => {
    fc.assert(
      fc.property(arbJourney({ maxStages: 3 }), (journey) => {
        const text = writeJourney(journey);
        expect(writeJourney(journey)).toBe(text);
        expect(writeJourney(reparse(text))).toBe(text);
      }),
      { numRuns: 50 },
    );
  });
});
