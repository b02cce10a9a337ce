import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { arbJourney } from '../../../../test/arbitraries.js';
import { journeyJsonSchema } from './fileSchema.js';
import { writeJourney } from './writeJourney.js';

const sketch = readFileSync(
  new URL('../../../../test/fixtures/winter-jacket.sketch.yaml', import.meta.url),
  'utf8',
);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(journeyJsonSchema());
}

describe('journeyJsonSchema', () => {
  const validate = validator();

  it('is a draft 2020-12 schema with readable shared definitions', () => {
    const schema = journeyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(['Text', 'Id', 'Touchpoint', 'Emotion']),
    );
  });

  it('accepts the hand-written sketch', () => {
    expect(validate(parse(sketch)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts canonical written journeys', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const valid = validate(parse(writeJourney(journey)));
        expect(valid, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects an emotion of 5', () => {
    expect(validate(parse(sketch.replace('shopper: 0, loyal: 1', 'shopper: 5, loyal: 1')))).toBe(false);
  });

  it('rejects an unknown field and a journey without a title', () => {
    expect(validate(parse(sketch.replace('objective:', 'objectiv:')))).toBe(false);
    expect(validate({ stages: [] })).toBe(false);
  });

  it('knows the aliases and kebab-case spellings of the alias table', () => {
    const journey = {
      journey: 'Aliases',
      'format-version': 1,
      review: { 'last-reviewed': '2024-01-01' },
      stages: [
        {
          S: [
            {
              A: {
                emotion: { x: 1 },
                thinking: 'Hm',
                'moment-of-truth': 'Why',
                pain: 'Ouch',
                backstage: 'Ops',
              },
            },
          ],
        },
      ],
    };
    expect(validate(journey), JSON.stringify(validate.errors)).toBe(true);
  });
});
