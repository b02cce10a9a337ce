import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { formatDiagnostic } from '../diagnostic.js';
import { templates } from '../templates/index.js';
import type { ParseOptions } from './parseJourney.js';
import { parseJourney, parseJourneyPrecisely } from './parseJourney.js';
import { readYamlFast } from './readYamlFast.js';
import { writeJourney } from './writeJourney.js';

// parseJourney takes a fast path (js-yaml, no positions) for clean files and the precise path
// (yaml, positions) for everything else. These tests hold the two to the same answers.

const sketch = readFileSync(
  new URL('../../../../test/fixtures/winter-jacket.sketch.yaml', import.meta.url),
  'utf8',
);

/** Lines joined with newlines. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function expectSameAsPrecise(text: string, options: ParseOptions = { fileName: 'jacket.yaml' }) {
  expect(parseJourney(text, options), text).toEqual(parseJourneyPrecisely(text, options));
}

describe('parseJourney: the fast path gives the precise path’s answer', () => {
  it('reads every written journey back, from YAML and from JSON, through the fast path', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        for (const format of ['yaml', 'json'] as const) {
          const text = writeJourney(journey, format);
          const result = parseJourney(text);
          expect(result).toEqual({ ok: true, journey, warnings: [] });
          expect(result).toEqual(parseJourneyPrecisely(text));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('takes the fast path for the sketch, every template and their canonical YAML and JSON', () => {
    expect(readYamlFast(sketch)).toBeDefined();
    for (const template of templates) {
      expect(readYamlFast(template.source), template.id).toBeDefined();
      const parsed = parseJourney(template.source);
      expect(parsed).toEqual(parseJourneyPrecisely(template.source));
      if (!parsed.ok) throw new Error(`template ${template.id} does not parse`);
      expect(readYamlFast(writeJourney(parsed.journey, 'yaml')), template.id).toBeDefined();
      expect(readYamlFast(writeJourney(parsed.journey, 'json')), template.id).toBeDefined();
    }
  });

  it('reads plain numbers, booleans and dates where text is expected as written', () => {
    const text = yaml(
      'title: 007',
      'personas:',
      '  shopper: True',
      'stages:',
      '  - 2026-01-01:',
      '      - name: 1.10',
      '        touchpoints: [0x1F, web: 1e3]',
      '        thoughts: [.inf, "1.10", FALSE]',
    );
    expect(readYamlFast(text)).toBeDefined();
    const result = parseJourney(text);
    expect(result).toEqual(parseJourneyPrecisely(text));
    if (!result.ok) throw new Error('expected the journey to parse');
    expect(result.journey.title).toBe('007');
    expect(result.journey.personas[0]?.name).toBe('True');
    expect(result.journey.stages[0]?.name).toBe('2026-01-01');
    const step = result.journey.stages[0]?.steps[0];
    expect(step?.name).toBe('1.10');
    expect(step?.touchpoints.map((t) => t.name)).toEqual(['0x1F', '1e3']);
    expect(step?.thoughts).toEqual(['.inf', '1.10', 'FALSE']);
  });

  it('reports errors and warnings with their positions, as the precise path does', () => {
    const cases = [
      yaml(
        'title: Jacket',
        'stages:',
        '  - Awareness:',
        '      - name: Sees an ad',
        '        emotions: {shopper: 5}',
      ),
      yaml(
        'title: Jacket',
        'stages:',
        '  - name: A',
        '    steps:',
        '      - name: S',
        '        thinking: a',
        '        thoughts: b',
      ),
      yaml('title: Jacket', 'title: Again'),
      yaml('title: Jacket', 'painPoints:', '  - title: Slow', '    at: nowhere'),
      yaml('title: Jacket', 'base: &b {name: x}', 'stages: [*b]'),
      yaml('title: [unclosed'),
      '',
      yaml('- not a map'),
    ];
    for (const text of cases) expectSameAsPrecise(text);
  });

  it('places errors in emotions keyed by persona names where they were written', () => {
    const text = yaml(
      'title: Jacket',
      'personas:',
      '  shopper: Budget shopper',
      '  loyal: {name: Returning customer}',
      'stages:',
      '  - Awareness:',
      '      - name: Sees an ad',
      '        emotions:',
      '          Budget shopper: 5',
      '          Returning customer: {score: 1, thoughts: [3, {a: b}]}',
      '      - name: Clicks',
      '        emotions: {Budget shopper: {score: -3}}',
    );
    const result = parseJourney(text, { fileName: 'jacket.yaml' });
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      'jacket.yaml:9:27 stages[0].steps[0].emotions.shopper: expected a number from -2 to 2, got 5',
      'jacket.yaml:10:56 stages[0].steps[0].emotions.loyal.thoughts[1]: expected text, got a map',
      'jacket.yaml:12:44 stages[0].steps[1].emotions.shopper.score: expected a number from -2 to 2, got -3',
    ]);
  });

  it('loads a persona file once, even when the file is read again precisely', () => {
    const loaded: string[] = [];
    const options: ParseOptions = {
      fileName: 'maps/jacket.yaml',
      loadFile: (path) => {
        loaded.push(path);
        return yaml('name: Shopper', 'shar: 0.5');
      },
    };
    const text = yaml('title: Jacket', 'personas:', '  shopper: ./shopper.yaml');
    const result = parseJourney(text, options);
    expect(loaded).toEqual(['./shopper.yaml']);
    expect(result.ok ? [] : result.errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['maps/shopper.yaml', 2, 1],
    ]);
    expect(result).toEqual(parseJourneyPrecisely(text, options));
  });

  it('gives the precise answer for written journeys with lines changed, dropped, repeated or moved', () => {
    const junk = [
      '',
      '  # a comment',
      'unknown: field',
      '  - ',
      '\t',
      '  x: &a 1',
      '  y: *a',
      ': no key',
      '? [a]',
      '%YAML 1.1',
      'title: 007',
      '    name: True',
      '  - - nested',
      '"unclosed',
      '  blueprint: |1',
      '   text',
    ];
    const arbEdit = fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.constantFrom(...junk) }),
      fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
      fc.record({
        kind: fc.constant('retype' as const),
        at: fc.nat(),
        value: fc.constantFrom('007', '~', '[]', '{}', 'x'),
      }),
    );
    type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;
    const apply = (lines: string[], edit: Edit): string[] => {
      const at = edit.at % Math.max(1, lines.length);
      const line = lines[at] ?? '';
      const out = [...lines];
      switch (edit.kind) {
        case 'drop':
          out.splice(at, 1);
          break;
        case 'repeat':
          out.splice(at, 0, line);
          break;
        case 'move':
          out.splice(at, 1);
          out.splice(edit.to % Math.max(1, out.length), 0, line);
          break;
        case 'insert':
          out.splice(at, 0, edit.line);
          break;
        case 'indent':
          out[at] =
            edit.by >= 0 ? ' '.repeat(edit.by) + line : line.replace(new RegExp(`^ {0,${-edit.by}}`), '');
          break;
        case 'retype':
          out[at] = line.replace(/: .*$/, `: ${edit.value}`);
          break;
      }
      return out;
    };
    fc.assert(
      fc.property(
        arbJourney({ maxStages: 3, maxSteps: 3 }),
        fc.constantFrom('yaml' as const, 'json' as const),
        fc.array(arbEdit, { minLength: 1, maxLength: 3 }),
        (journey, format, edits) => {
          const lines = edits.reduce(apply, writeJourney(journey, format).split('\n'));
          expectSameAsPrecise(lines.join('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
