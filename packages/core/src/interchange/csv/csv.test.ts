import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../../test/arbitraries.js';
import { Journey } from '../../model/journey.js';
import { exportCsv } from './exportCsv.js';
import { importCsv } from './importCsv.js';

const HEADER = 'kind,id,stage,step,lane,persona,value';

const sample = Journey.parse({
  id: 'jacket',
  title: '=HYPERLINK("http://evil")',
  tags: ['@mention', "'quoted"],
  personas: [{ id: 'shopper', name: 'Budget shopper' }],
  stages: [
    {
      id: 'buy',
      name: 'Purchase',
      steps: [
        {
          id: 'pay',
          name: 'Pays, then "waits"\nfor the parcel',
          touchpoints: [{ id: 'checkout', channel: 'web', name: 'checkout', online: true }],
          emotions: { shopper: { score: -1.5, thoughts: ['-too slow'] } },
        },
      ],
    },
  ],
});

describe('CSV journey table', () => {
  it('imports what it exports, without loss', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const result = importCsv(exportCsv(journey));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.journey).toStrictEqual(journey);
      }),
      { numRuns: 120 },
    );
  });

  it('quotes commas, quotes and line breaks, and guards cells a spreadsheet would run as formulas', () => {
    const text = exportCsv(sample);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text).toContain('journey,,,,title,,"\'=HYPERLINK(""http://evil"")"\r\n');
    expect(text).toContain("journey,,,,tags,,'@mention\r\n");
    expect(text).toContain("journey,,,,tags,,''quoted\r\n");
    expect(text).toContain('step,pay,buy,,name,,"Pays, then ""waits""\nfor the parcel"\r\n');
    // numbers stay numbers, even negative ones
    expect(text).toContain('emotion,,buy,pay,score,shopper,-1.5\r\n');
    expect(text).toContain("emotion,,buy,pay,thoughts,shopper,'-too slow\r\n");
    const back = importCsv(text);
    expect(back.ok && back.journey).toStrictEqual(sample);
  });

  it('reads a hand-written table with semicolons, CRLF and blank lines', () => {
    const text = [
      'Kind;ID;Stage;Step;Lane;Persona;Value',
      'journey;;;;title;;Renewing a policy',
      'persona;cyclist;;;name;;Daily cyclist',
      '',
      'stage;renewal;;;name;;Renewal',
      'step;reminder;renewal;;name;;Gets the reminder',
      'touchpoint;reminder-mail;renewal;reminder;channel;;email',
      'emotion;;renewal;reminder;score;cyclist;1',
      'emotion;;renewal;reminder;thoughts;cyclist;Already?',
    ].join('\r\n');
    const result = importCsv(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.notes).toEqual(['no journey id; using "renewing-a-policy" from the title']);
    const step = result.journey.stages[0]?.steps[0];
    expect(result.journey.title).toBe('Renewing a policy');
    expect(step?.name).toBe('Gets the reminder');
    expect(step?.touchpoints).toEqual([{ id: 'reminder-mail', channel: 'email', insights: [] }]);
    expect(step?.emotions.cyclist).toEqual({ score: 1, thoughts: ['Already?'], insights: [] });
  });

  it('reports every bad row with its line, counting line breaks inside quoted cells', () => {
    const text = [
      HEADER, // 1
      'journey,,,,title,,"A title', // 2
      'over two lines"', // 3
      'journey,,,,id,,j', // 4
      'stage,s,s,,name,,Stage', // 5
      'stage,s,s,,colour,,red', // 6 unknown lane
      'step,a,s,,name,,Step', // 7
      'emotion,,s,a,score,p,lots', // 8 bad number
      'wizard,,,,name,,Merlin', // 9 unknown kind
      'step,b,nowhere,,name,,Lost', // 10 unknown stage
      'touchpoint,t,s,a,online,,maybe', // 11 bad boolean
      'stage,s,s,,name,,Again', // 12 given twice
    ].join('\n');
    const result = importCsv(text, { fileName: 'map.csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [
        'map.csv',
        6,
        "unknown lane 'colour' for a stage row (expected one of name, description, loop.to, loop.reason, evidence, insights)",
      ],
      ['map.csv', 8, 'expected a number for \'score\', got "lots"'],
      ['map.csv', 8, "emotion on step 'a' is for persona 'p', which is not in the table"],
      [
        'map.csv',
        9,
        "unknown kind 'wizard' (expected one of journey, persona, stage, step, touchpoint, emotion, path, insight, painPoint, gain, opportunity, action, metric, measurement)",
      ],
      ['map.csv', 10, "step 'b' is in 'nowhere', which is no stage or alternative path"],
      ['map.csv', 11, 'expected true or false for \'online\', got "maybe"'],
      ['map.csv', 12, "'name' of stage 's' is given twice (first on line 5)"],
    ]);
  });

  it('says which columns are missing', () => {
    const result = importCsv('kind,id,stage,step,value\njourney,,,,x\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.line, e.message])).toEqual([
        [
          1,
          "missing columns 'lane', 'persona' (the header needs: kind, id, stage, step, lane, persona, value)",
        ],
      ]);
    }
    const empty = importCsv('');
    expect(empty.ok).toBe(false);
  });

  it('locates schema and reference problems at the row that holds them', () => {
    const text = [
      HEADER, // 1
      'journey,,,,title,,T', // 2
      'persona,p,,,name,,P', // 3
      'stage,s,s,,name,,S', // 4
      'step,a,s,,name,,A', // 5
      'emotion,,s,a,score,p,5', // 6 out of range
      'painPoint,x,,,title,,Slow', // 7
      'painPoint,x,,,at,,nowhere', // 8 unknown step
    ].join('\n');
    const result = importCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.path])).toEqual([
      [6, 'stages[0].steps[0].emotions.p.score'],
      [8, 'painPoints[0].at'],
    ]);
    expect(result.errors[0]?.message).toContain('5');
    expect(result.errors[1]?.message).toContain('nowhere');
  });

  it('refuses a broken quote with its line', () => {
    const result = importCsv(`${HEADER}\njourney,,,,title,,"never closed\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBe(2);
  });

  it('writes a table that papaparse reads as seven columns on every row', () => {
    const parsed = Papa.parse<string[]>(exportCsv(sample).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.every((row) => row.length === 7)).toBe(true);
  });
});
