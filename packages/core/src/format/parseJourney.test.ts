import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { formatDiagnostic } from '../diagnostic.js';
import type { Journey } from '../model/journey.js';
import type { ParseOptions, ParseResult } from './parseJourney.js';
import { parseJourney, validateJourney } from './parseJourney.js';
import { writeJourney } from './writeJourney.js';

const sketchPath = new URL('../../../../test/fixtures/winter-jacket.sketch.yaml', import.meta.url);

/** Lines joined with newlines, so positions in tests are easy to count. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function journeyOf(result: ParseResult): Journey {
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.journey;
}

/** The formatted errors of a file that must not parse. */
function errorsOf(source: string, options: ParseOptions = { fileName: 'jacket.yaml' }): string[] {
  const result = parseJourney(source, options);
  if (result.ok) throw new Error('expected errors, but the journey parsed');
  return result.errors.map(formatDiagnostic);
}

const parse = (source: string, options?: ParseOptions) => journeyOf(parseJourney(source, options));

describe('parseJourney: the hand-written sketch', () => {
  const journey = parse(readFileSync(sketchPath, 'utf8'), { fileName: 'winter-jacket.sketch.yaml' });

  it('reads title, objective and personas with their ids', () => {
    expect(journey.title).toBe('Buying a winter jacket online');
    expect(journey.id).toBe('buying-a-winter-jacket-online');
    expect(journey.personas.map((p) => [p.id, p.name, p.share])).toEqual([
      ['shopper', 'Budget shopper', 0.6],
      ['loyal', 'Returning customer', 0.4],
    ]);
  });

  it('reads shorthand stages and steps with derived ids', () => {
    expect(journey.stages.map((s) => s.id)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'usage',
      'loyalty',
    ]);
    const consideration = journey.stages[1];
    expect(consideration?.steps.map((s) => s.id)).toEqual([
      'searches-the-shop-finds-jackets-at-400-500',
      'compares-prices-on-other-sites',
    ]);
    expect(consideration?.steps[0]?.thoughts).toEqual(['Nice, but is it cheaper elsewhere?']);
  });

  it('reads touchpoint shorthands into channels and names', () => {
    const touchpoints = journey.stages.flatMap((s) => s.steps.flatMap((st) => st.touchpoints));
    expect(touchpoints.map((t) => [t.id, t.channel, t.name])).toEqual([
      ['word-of-mouth', 'word-of-mouth', undefined],
      ['product-search', 'web', 'product search'],
      ['comparison-sites', 'web', 'comparison sites'],
      ['checkout', 'web', 'checkout'],
      ['confirmation', 'email', 'confirmation'],
      ['delivery', 'delivery', undefined],
      ['product', 'product', undefined],
      ['newsletter', 'email', 'newsletter'],
    ]);
  });

  it('reads emotions, the moment of truth, and a pain point on a step', () => {
    const purchase = journey.stages[2]?.steps[0];
    expect(purchase?.emotions).toEqual({
      shopper: { score: 1, thoughts: [], insights: [] },
      loyal: { score: 2, thoughts: [], insights: [] },
    });
    expect(purchase?.momentOfTruth).toEqual({ reason: 'Price and delivery date are clear at checkout' });
    expect(journey.painPoints).toEqual([
      {
        id: 'cannot-tell-if-the-price-is-fair',
        title: 'Cannot tell if the price is fair',
        at: 'compares-prices-on-other-sites',
        severity: 3,
        personas: [],
        insights: [],
      },
    ]);
  });

  it('resolves an opportunity addressing a pain point by its slug', () => {
    expect(journey.opportunities).toHaveLength(1);
    expect(journey.opportunities[0]).toMatchObject({
      id: 'show-a-price-match-promise-next-to-the-price',
      addresses: ['cannot-tell-if-the-price-is-fair'],
      impact: 4,
      effort: 2,
    });
  });
});

describe('parseJourney: authoring forms', () => {
  it('accepts kebab-case keys and the aliases of a step', () => {
    const journey = parse(
      yaml(
        'journey: Aliases',
        'personas: { shopper: Shopper }',
        'stages:',
        '  - name: Buy',
        '    steps:',
        '      - name: Pay',
        '        touchpoint: web',
        '        emotion: { shopper: -1.5 }',
        '        thought: Is this safe?',
        '        moment-of-truth: { reason: Trust }',
        '        pains:',
        '          - Card declined: { severity: 5 }',
        '        gain: Fast',
        '        backstage: Fraud check',
        'review: { last-reviewed: 2024-05-01, cadence: quarterly }',
      ),
    );
    const step = journey.stages[0]?.steps[0];
    expect(step?.touchpoints).toEqual([{ id: 'web', channel: 'web', insights: [] }]);
    expect(step?.emotions.shopper?.score).toBe(-1.5);
    expect(step?.thoughts).toEqual(['Is this safe?']);
    expect(step?.momentOfTruth).toEqual({ reason: 'Trust' });
    expect(step?.blueprint.backstage).toEqual(['Fraud check']);
    expect(journey.painPoints.map((p) => [p.id, p.title, p.severity, p.at])).toEqual([
      ['card-declined', 'Card declined', 5, 'pay'],
    ]);
    expect(journey.gains.map((g) => [g.title, g.at])).toEqual([['Fast', 'pay']]);
    expect(journey.review).toEqual({ lastReviewed: '2024-05-01', cadence: 'quarterly' });
  });

  it('reads every touchpoint shorthand', () => {
    const journey = parse(
      yaml(
        'title: Touchpoints',
        'stages:',
        '  - S:',
        '      - Step:',
        '          touchpoints:',
        '            - "web: product search"',
        '            - word of mouth',
        '            - parcel',
        '            - a friendly neighbour',
        '            - "Billboard: highway A7"',
        '            - { channel: web, name: checkout, moment-of-truth: Price is clear }',
        '            - email: confirmation',
        '            - https://example.com/help',
      ),
    );
    const touchpoints = journey.stages[0]?.steps[0]?.touchpoints ?? [];
    expect(touchpoints.map((t) => [t.id, t.channel, t.name])).toEqual([
      ['product-search', 'web', 'product search'],
      ['word-of-mouth', 'word-of-mouth', undefined],
      ['delivery', 'delivery', undefined],
      ['a-friendly-neighbour', 'other', 'a friendly neighbour'],
      ['highway-a7', 'billboard', 'highway A7'],
      ['checkout', 'web', 'checkout'],
      ['confirmation', 'email', 'confirmation'],
      ['https-example-com-help', 'other', 'https://example.com/help'],
    ]);
    expect(touchpoints[5]?.momentOfTruth).toEqual({ reason: 'Price is clear' });
  });

  it('reads a single touchpoint string as a list of one, and a string stage as a stage with no steps', () => {
    const journey = parse(
      yaml('title: T', 'stages:', '  - Awareness', '  - Buy:', '      - Pay: { touchpoints: web }'),
    );
    expect(journey.stages[0]).toMatchObject({ id: 'awareness', name: 'Awareness', steps: [] });
    expect(journey.stages[1]?.steps[0]?.touchpoints.map((t) => t.channel)).toEqual(['web']);
  });

  it('reads stage and step shorthands with empty values and plain strings', () => {
    const journey = parse(
      yaml('title: T', 'stages:', '  - Empty:', '  - Full:', '      - Plain step', '      - Null step:'),
    );
    expect(journey.stages.map((s) => [s.name, s.steps.map((st) => st.name)])).toEqual([
      ['Empty', []],
      ['Full', ['Plain step', 'Null step']],
    ]);
  });

  it('reads emotions with thoughts and evidence', () => {
    const journey = parse(
      yaml(
        'title: T',
        'personas: [{ name: Budget shopper }]',
        'stages:',
        '  - S: [{ name: Step, emotions: { budget-shopper: { score: -2, thoughts: Too dear, evidence: reported } } }]',
      ),
    );
    expect(journey.personas[0]?.id).toBe('budget-shopper');
    expect(journey.stages[0]?.steps[0]?.emotions).toEqual({
      'budget-shopper': { score: -2, thoughts: ['Too dear'], evidence: 'reported', insights: [] },
    });
  });

  it('reads the named-list shorthands: plain strings, single-key maps and full objects', () => {
    const journey = parse(
      yaml(
        'title: T',
        'stages: [{ name: S, steps: [Checkout] }]',
        'insights:',
        '  - 40% abandon at checkout: { source: analytics, date: 2024-03-01 }',
        '  - People hate forms',
        'painPoints:',
        '  - { title: Long form, at: checkout, insights: [40-abandon-at-checkout] }',
        'metrics:',
        '  - Conversion: { kind: conversion, at: checkout, baseline: 2.1, target: 3 }',
        'opportunities:',
        '  - Shorter form: { addresses: long-form, metrics: conversion }',
        'actions:',
        '  - Remove optional fields: { opportunity: shorter-form, kpi: conversion, status: in-progress }',
        'paths:',
        '  - Pays by invoice: { from: checkout, kind: exception, steps: [Waits for the invoice] }',
      ),
    );
    expect(journey.insights.map((i) => [i.id, i.source])).toEqual([
      ['40-abandon-at-checkout', 'analytics'],
      ['people-hate-forms', 'other'],
    ]);
    expect(journey.painPoints[0]?.insights).toEqual(['40-abandon-at-checkout']);
    expect(journey.opportunities[0]).toMatchObject({ addresses: ['long-form'], metrics: ['conversion'] });
    expect(journey.actions[0]).toMatchObject({ opportunity: 'shorter-form', kpi: { metric: 'conversion' } });
    expect(journey.paths[0]).toMatchObject({ id: 'pays-by-invoice', from: 'checkout', kind: 'exception' });
    expect(journey.paths[0]?.steps.map((s) => s.id)).toEqual(['waits-for-the-invoice']);
  });

  it('puts pain points and gains written on steps first, in step order, then the journey-level ones', () => {
    const journey = parse(
      yaml(
        'title: T',
        'painPoints: [{ title: Top, at: b }]',
        'stages:',
        '  - S:',
        '      - A: { pains: [One, Two] }',
        '      - B: { pain: { Three: { severity: 1 } }, gain: Nice }',
      ),
    );
    expect(journey.painPoints.map((p) => [p.title, p.at])).toEqual([
      ['One', 'a'],
      ['Two', 'a'],
      ['Three', 'b'],
      ['Top', 'b'],
    ]);
    expect(journey.gains.map((g) => [g.id, g.at])).toEqual([['nice', 'b']]);
  });

  it('claims explicit ids first, then derives and deduplicates the rest in order', () => {
    const journey = parse(
      yaml(
        'title: T',
        'stages:',
        '  - Checkout:',
        '      - Checkout',
        '      - { name: Pay, id: checkout }',
        '      - Checkout',
      ),
    );
    expect(journey.stages[0]?.id).toBe('checkout-2');
    expect(journey.stages[0]?.steps.map((s) => s.id)).toEqual(['checkout-3', 'checkout', 'checkout-4']);
  });

  it('resolves a stage loop and keeps the canonical form as valid input', () => {
    const journey = parse(
      yaml('title: T', 'stages:', '  - Buy', '  - name: Renew', '    loop: { to: buy, reason: Yearly }'),
    );
    expect(journey.stages[1]?.loop).toEqual({ to: 'buy', reason: 'Yearly' });
  });

  it('reads numbers and booleans as written where text is expected', () => {
    const journey = parse(yaml('title: 2024', 'version: 1.10', 'tags: [007, true]'));
    expect(journey).toMatchObject({ title: '2024', id: '2024', version: '1.10', tags: ['007', 'true'] });
  });

  it('refuses ids that every object has, and keeps such keys as plain data', () => {
    expect(errorsOf(yaml('title: T', 'personas: { shopper: S, constructor: Builder }'))).toEqual([
      "jacket.yaml:2:25 personas[1].id: this id is reserved; choose another name (got 'constructor')",
    ]);
    expect(errorsOf(yaml('title: T', 'stages:', '  - S: [{ name: A, emotion: { __proto__: 1 } }]'))).toEqual([
      "jacket.yaml:3:31 stages[0].steps[0].emotions.__proto__: unknown persona '__proto__'",
    ]);
    const journey = parse(yaml('title: T', 'personas: [{ name: Constructor }]', 'stages: [toString]'));
    expect(journey.personas[0]?.id).toBe('constructor-2');
    expect(journey.stages[0]?.id).toBe('tostring');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reads JSON (JSON is YAML), with tabs', () => {
    const journey = parse('{\n\t"title": "From JSON",\n\t"stages": [\n\t\t"Awareness"\n\t]\n}\n');
    expect(journey.stages.map((s) => s.name)).toEqual(['Awareness']);
  });

  it('loads persona files relative to the journey, reporting errors in them with their own name', () => {
    const files: Record<string, string> = {
      './personas/shopper.yaml': yaml('name: Budget shopper', 'share: 0.6'),
      'personas/broken.yml': yaml('name: Broken', 'share: 7'),
    };
    const options = { fileName: 'maps/jacket.yaml', loadFile: (path: string) => files[path] };
    const journey = parse(yaml('title: T', 'personas:', '  shopper: ./personas/shopper.yaml'), options);
    expect(journey.personas).toEqual([
      {
        id: 'shopper',
        name: 'Budget shopper',
        share: 0.6,
        goals: [],
        needs: [],
        frustrations: [],
        behaviours: [],
      },
    ]);
    expect(errorsOf(yaml('title: T', 'personas:', '  broken: personas/broken.yml'), options)).toEqual([
      'maps/personas/broken.yml:2:8 personas[0].share: expected a number from 0 to 1, got 7',
    ]);
  });

  it('warns when a field is given under two spellings', () => {
    const result = parseJourney(
      yaml('title: T', 'stages:', '  - S:', '      - A: { emotion: {}, emotions: {} }'),
      {
        fileName: 'j.yaml',
      },
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatDiagnostic)).toEqual([
      "j.yaml:4:27 stages[0].steps[0].emotions: 'emotions' is given twice (as 'emotion' and 'emotions'); the first is used",
    ]);
  });
});

describe('parseJourney: errors, with file, line and column', () => {
  it('reports a YAML syntax error', () => {
    expect(errorsOf(yaml('title: "unclosed', 'stages: []'))).toEqual([
      'jacket.yaml:3:1 missing closing "quote',
    ]);
  });

  it('reports tab indentation', () => {
    expect(errorsOf(yaml('title: T', 'stages:', '\t- Awareness'))).toEqual([
      'jacket.yaml:3:1 tabs are not allowed for indentation; indent with spaces',
    ]);
  });

  it('reports a duplicate key', () => {
    expect(errorsOf(yaml('title: T', 'objective: A', 'objective: B'))).toEqual([
      "jacket.yaml:3:1 objective: duplicate key 'objective' (first given at line 2)",
    ]);
  });

  it('reports a wrong type', () => {
    expect(errorsOf(yaml('title: T', 'personas:', '  shopper: { name: S, share: lots }'))).toEqual([
      "jacket.yaml:3:30 personas[0].share: expected a number from 0 to 1, got 'lots'",
    ]);
    expect(errorsOf(yaml('title: T', 'stages: 5'))).toEqual([
      'jacket.yaml:2:9 stages: expected a list of stages, got 5',
    ]);
  });

  it('reports an out-of-range emotion at the number', () => {
    const source = yaml(
      'title: T',
      'personas: { shopper: Shopper }',
      'stages:',
      '  - Awareness: [Notices the cold]',
      '  - Consideration:',
      '      - Searches the shop:',
      '          emotion: { shopper: 5 }',
    );
    expect(errorsOf(source)).toEqual([
      'jacket.yaml:7:31 stages[1].steps[0].emotions.shopper: expected a number from -2 to 2, got 5',
    ]);
  });

  it('reports an unknown enum value', () => {
    expect(errorsOf(yaml('title: T', 'status: publshed'))).toEqual([
      "jacket.yaml:2:9 status: expected one of draft, in-review, published, got 'publshed'",
    ]);
  });

  it('reports an unknown field with a suggestion', () => {
    expect(errorsOf(yaml('title: T', 'stages:', '  - S:', '      - A:', '          emotoins: {}'))).toEqual([
      "jacket.yaml:5:11 stages[0].steps[0]: unknown field 'emotoins' (did you mean 'emotions'?)",
    ]);
  });

  it('hints at quotes when a comma split a text inside { }', () => {
    const source = yaml(
      'title: T',
      'personas: { a: A }',
      'stages:',
      '  - S: [{ name: X, thoughts: Same jacket, cheaper? }]',
    );
    expect(errorsOf(source)).toEqual([
      "jacket.yaml:4:43 stages[0].steps[0]: unknown field 'cheaper?'; text with a comma inside { } or [ ] needs quotes",
    ]);
  });

  it('reports a missing title', () => {
    expect(errorsOf(yaml('objective: Why'))).toEqual(["jacket.yaml:1:1 missing required field 'title'"]);
  });

  it('reports an unknown persona in emotions', () => {
    const source = yaml(
      'title: T',
      'personas: { shopper: Shopper }',
      'stages:',
      '  - S: [{ name: A, emotion: { shoper: 1 } }]',
    );
    expect(errorsOf(source)).toEqual([
      "jacket.yaml:4:31 stages[0].steps[0].emotions.shoper: unknown persona 'shoper' (did you mean 'shopper'?)",
    ]);
  });

  it('reports an unknown pain point in addresses', () => {
    const source = yaml(
      'title: T',
      'painPoints: [Price unclear]',
      'opportunities:',
      '  - Promise: { addresses: [price-unclr] }',
    );
    expect(errorsOf(source)).toEqual([
      "jacket.yaml:4:28 opportunities[0].addresses[0]: unknown pain point 'price-unclr' (did you mean 'price-unclear'?)",
    ]);
  });

  it('reports a reference to an element of the wrong kind', () => {
    const source = yaml(
      'title: T',
      'stages: [Awareness]',
      'opportunities:',
      '  - { title: O, addresses: [awareness] }',
    );
    expect(errorsOf(source)).toEqual([
      "jacket.yaml:4:29 opportunities[0].addresses[0]: 'awareness' is a stage, not a pain point",
    ]);
  });

  it('reports a duplicate explicit id', () => {
    const source = yaml(
      'title: T',
      'stages:',
      '  - { name: One, id: checkout }',
      '  - name: Two',
      '    steps:',
      '      - { name: Pay, id: checkout }',
    );
    expect(errorsOf(source)).toEqual([
      "jacket.yaml:6:26 stages[1].steps[0].id: duplicate id 'checkout' (already the id of stages[0])",
    ]);
  });

  it('reports a stage loop that goes forward', () => {
    expect(errorsOf(yaml('title: T', 'stages:', '  - name: One', '    loop: two', '  - Two'))).toEqual([
      "jacket.yaml:4:11 stages[0].loop.to: a stage can only loop back to an earlier stage; 'two' comes after it",
    ]);
  });

  it('reports a missing persona file at the reference', () => {
    const options = { fileName: 'jacket.yaml', loadFile: () => undefined };
    expect(errorsOf(yaml('title: T', 'personas:', '  shopper: ./personas/shopper.yaml'), options)).toEqual([
      "jacket.yaml:3:12 personas[0]: persona file './personas/shopper.yaml' not found",
    ]);
  });

  it('reports an error inside a persona file with that file’s name and position', () => {
    const options = {
      fileName: 'jacket.yaml',
      loadFile: () => yaml('name: Shopper', 'goals: [Save money]', 'shar: 0.5'),
    };
    expect(errorsOf(yaml('title: T', 'personas:', '  shopper: ./personas/shopper.yaml'), options)).toEqual([
      "personas/shopper.yaml:3:1 personas[0]: unknown field 'shar' (did you mean 'share'?)",
    ]);
  });

  it('reports all errors at once: syntax, then schema, then references, each in file order', () => {
    const source = yaml(
      'title: T',
      'status: nope',
      'stages:',
      '  - S:',
      '      - A:',
      '          emotion: { nobody: 1 }',
      '          severity: 2',
    );
    expect(errorsOf(source)).toEqual([
      "jacket.yaml:2:9 status: expected one of draft, in-review, published, got 'nope'",
      "jacket.yaml:7:11 stages[0].steps[0]: unknown field 'severity'",
      "jacket.yaml:6:22 stages[0].steps[0].emotions.nobody: unknown persona 'nobody'",
    ]);
  });

  it('reports an empty file', () => {
    expect(errorsOf('')).toEqual(['jacket.yaml:1:1 the file is empty; a journey needs at least a title']);
    expect(errorsOf('# only a comment\n')).toEqual([
      'jacket.yaml:1:1 the file is empty; a journey needs at least a title',
    ]);
  });

  it('reports a file that is a list, not a map', () => {
    expect(errorsOf(yaml('- title: T'))).toEqual([
      'jacket.yaml:1:1 expected a map of journey fields (title, personas, stages, …), got a list',
    ]);
  });

  it('reports a whole number expected, a bad date and a bad id', () => {
    const source = yaml(
      'title: T',
      'id: Hello World',
      'review: { last-reviewed: 2024-13-01 }',
      'painPoints: [{ title: X, severity: 2.5 }]',
    );
    expect(errorsOf(source)).toEqual([
      'jacket.yaml:2:5 id: expected a short id of letters, digits, "-", "_" or "." (like "price-unclear"), got \'Hello World\'',
      "jacket.yaml:3:26 review.lastReviewed: expected a date written as YYYY-MM-DD, got '2024-13-01'",
      'jacket.yaml:4:36 painPoints[0].severity: expected a whole number from 1 to 5, got 2.5',
    ]);
  });

  it('reports errors in a pain point written on a step at that step, with its journey-level path', () => {
    const source = yaml(
      'title: T',
      'stages:',
      '  - S:',
      '      - A:',
      '          pain: { title: Slow, severity: 9 }',
      'painPoints:',
      '  - { title: Dear, severity: 0 }',
    );
    expect(errorsOf(source)).toEqual([
      'jacket.yaml:5:42 painPoints[0].severity: expected a whole number from 1 to 5, got 9',
      'jacket.yaml:7:30 painPoints[1].severity: expected a whole number from 1 to 5, got 0',
    ]);
  });

  it('reports a format version newer than this code reads', () => {
    expect(errorsOf(yaml('formatVersion: 2', 'title: T'))).toEqual([
      'jacket.yaml:1:16 formatVersion: this file uses format version 2, but this version of Waymark reads up to version 1; update Waymark to read it',
    ]);
  });
});

describe('validateJourney', () => {
  it('applies the same rules to an already-parsed document, without positions', () => {
    const result = validateJourney(
      {
        journey: 'API',
        personas: { shopper: 'Shopper' },
        stages: [{ Buy: [{ Pay: { emotion: { shopper: 3 } } }] }],
      },
      { fileName: 'payload' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map(formatDiagnostic)).toEqual([
        'payload stages[0].steps[0].emotions.shopper: expected a number from -2 to 2, got 3',
      ]);
    }
  });

  it('accepts a canonical journey unchanged', () => {
    const journey = parse(readFileSync(sketchPath, 'utf8'));
    expect(journeyOf(validateJourney(journey))).toStrictEqual(journey);
  });

  it('rejects nothing at all', () => {
    const result = validateJourney(undefined);
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      'the journey is empty; a journey needs at least a title',
    ]);
  });
});

describe('robustness', () => {
  it('never throws, whatever the input: it answers with diagnostics', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (value) => {
        expect(typeof validateJourney(value).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof parseJourney(text).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a written journey with a few characters changed', () => {
    fc.assert(
      fc.property(
        arbJourney({ maxStages: 2 }),
        fc.nat(),
        fc.nat({ max: 10 }),
        fc.string({ maxLength: 5 }),
        (j, at, cut, put) => {
          const text = writeJourney(j);
          const start = at % (text.length + 1);
          const result = parseJourney(text.slice(0, start) + put + text.slice(start + cut));
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws when parts of a journey are replaced by values of the wrong shape', () => {
    const wrong = fc.constantFrom<unknown>(null, 5, 'x', [], {}, [null], { a: 1 }, true, -3.5, './p.yaml');
    fc.assert(
      fc.property(
        arbJourney({ maxStages: 2 }),
        fc.array(fc.tuple(fc.nat(), wrong), { maxLength: 4 }),
        (j, edits) => {
          const document = JSON.parse(writeJourney(j, 'json')) as unknown;
          const places: [Record<string, unknown>, string][] = [];
          const walk = (value: unknown) => {
            if (typeof value !== 'object' || value === null) return;
            for (const key of Object.keys(value)) {
              places.push([value as Record<string, unknown>, key]);
              walk((value as Record<string, unknown>)[key]);
            }
          };
          walk(document);
          for (const [index, value] of edits) {
            const place = places[index % Math.max(1, places.length)];
            if (place) place[0][place[1]] = value;
          }
          expect(typeof validateJourney(document, { loadFile: () => 'name: [' }).ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });
});
