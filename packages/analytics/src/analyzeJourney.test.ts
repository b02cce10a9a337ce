import type { AnalysisDocument } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from './analyzeJourney.js';
import { mannWhitneyU } from './stats/mannWhitneyU.js';
import { smallJourney } from './testing/smallJourney.js';
import { smallFeedbackCsv, smallLogCsv } from './testing/smallLog.js';
import { tempFiles } from './testing/tempFiles.js';
import { createCommentReader } from './text/commentReader.js';

const files = tempFiles();
afterAll(() => files.cleanup());
const now = new Date('2024-02-01T00:00:00Z');

describe('analyzeJourney on the small log (results worked out by hand, see testing/smallLog.ts)', () => {
  let doc: AnalysisDocument;
  const progress: { message: string; step: number; of: number }[] = [];
  beforeAll(async () => {
    const events = files.put('events.csv', smallLogCsv);
    const feedback = files.put('feedback.csv', smallFeedbackCsv);
    doc = await analyzeJourney({
      journey: smallJourney(),
      events,
      feedback,
      now,
      onProgress: (message, { step, of }) => progress.push({ message, step, of }),
    });
  });

  it('reports its progress step by step, up to the last step and never past it', () => {
    const of = progress[0]?.of ?? 0;
    // Two inputs, mapping, comments, and every analysis in the registry.
    expect(of).toBeGreaterThan(4);
    expect(progress.every((p) => p.of === of)).toBe(true);
    const steps = progress.map((p) => p.step);
    expect(steps[0]).toBe(1);
    expect(steps.at(-1)).toBe(of);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1] ?? 0);
    expect(progress.map((p) => p.message)).toContain('mapping events to the journey');
  });

  it('says what it read', () => {
    expect(doc.inputs.events).toMatchObject({ format: 'csv', rowsTaken: 18, rowsSkipped: 0 });
    expect(doc.inputs.events?.columns).toEqual({
      customer: 'user_id',
      timestamp: 'timestamp',
      event: 'event',
      channel: 'channel',
      segment: 'segment',
    });
    expect(doc.inputs.feedback).toMatchObject({ rowsTaken: 5, rowsSkipped: 0 });
    expect(doc.customers).toBe(6);
  });

  it('counts the strict funnel, chaining stages in time, ties counting as reached', () => {
    const stages = doc.funnel?.stages ?? [];
    expect(stages.map((s) => [s.stage, s.customers])).toEqual([
      ['discover', 5],
      ['buy', 4],
      ['use', 1],
    ]);
    expect(stages[0]).toMatchObject({ shareOfStart: 1, conversionToNext: 0.8 });
    expect(stages[0]?.dropOff).toBeCloseTo(0.2, 9);
    // discover → buy gaps: a 300 s, b 3600 s, c 1800 s, e 0 s
    expect(stages[0]?.medianSecondsToNext).toBe(1050);
    expect(stages[0]?.p90SecondsToNext).toBeCloseTo(1800 + 0.7 * 1800, 6);
    expect(stages[1]).toMatchObject({ conversionToNext: 0.25, medianSecondsToNext: 86100 });
    expect(stages[2]).toMatchObject({ shareOfStart: 0.2, conversionToNext: null, dropOff: null });
  });

  it('lists path variants by share, repeats of a stage collapsed', () => {
    expect(doc.paths?.customers).toBe(6);
    expect(doc.paths?.variants.map((v) => [v.sequence.join('>'), v.customers])).toEqual([
      ['discover>buy', 2],
      ['discover', 1],
      ['discover>buy>discover>buy', 1],
      ['discover>buy>use', 1],
      ['use', 1],
    ]);
    expect(doc.paths?.variants[0]?.share).toBeCloseTo(2 / 6, 9);
  });

  it('builds the directly-follows graph: duplicates once, ties by the designed order, repeats as self-edges', () => {
    const dfg = doc.dfg;
    // 16 distinct mapped events of 6 customers
    expect(dfg?.transitions).toBe(10);
    const edges = Object.fromEntries(
      (dfg?.edges ?? []).map((e) => [`${e.from}>${e.to}`, [e.count, e.customers]]),
    );
    expect(edges).toEqual({
      'visits>cart': [4, 3],
      'cart>checkout': [2, 2],
      'checkout>checkout': [1, 1],
      'checkout>uses-it': [1, 1],
      'cart>visits': [1, 1],
      'visits>checkout': [1, 1],
    });
    // visits → cart: 300, 3600, 600 and 0 seconds
    expect(dfg?.edges.find((e) => e.from === 'visits' && e.to === 'cart')?.medianSeconds).toBe(450);
    expect(dfg?.nodes.find((n) => n.id === 'visits')).toEqual({ id: 'visits', events: 6, customers: 5 });
  });

  it('measures conformance to the designed order', () => {
    const c = doc.conformance;
    expect(c?.customers).toBe(6);
    expect(c?.conforming.customers).toBe(3); // a, d, e
    expect(c?.inOrder.customers).toBe(5); // all but b
    expect(c?.backtracks.customers).toBe(1); // b
    expect(c?.loops.customers).toBe(1); // e pays twice
    expect(c?.skipped.map((s) => [s.step, s.customers])).toEqual([
      ['visits', 1],
      ['adds-to-cart', 2],
      ['pays', 1],
    ]);
    expect(c?.deviations).toEqual([
      { from: 'adds-to-cart', to: 'visits', kind: 'backtrack', count: 1 },
      { from: 'visits', to: 'pays', kind: 'skip', count: 1 },
    ]);
  });

  it('reports events that match no signal', () => {
    expect(doc.unmatchedEvents).toEqual({
      events: 1,
      names: [{ event: 'app_open', channel: 'web', count: 1 }],
    });
  });

  it('summarises scores per element with their counts', () => {
    const score = (at: string | null, kind: string) =>
      doc.feedback?.scores.find((s) => s.at === at && s.kind === kind);
    // checkout NPS: 10, 9, 0 → 2 promoters, 1 detractor of 3
    expect(score('checkout', 'nps')?.value).toBeCloseTo(33.333, 2);
    expect(score('checkout', 'nps')?.responses).toBe(3);
    expect(score('checkout', 'csat')).toMatchObject({ responses: 3, value: 3.333 });
    expect(score('checkout', 'ces')).toMatchObject({ responses: 2, value: 6 });
    // "Pays" was written as the step's name
    expect(score('pays', 'nps')).toMatchObject({ responses: 1, value: -100 });
    expect(score(null, 'nps')).toMatchObject({ responses: 1, value: 0 });
    const csat = score('checkout', 'csat');
    expect(csat?.ciLow).toBeLessThan(csat?.value ?? 0);
  });

  it('reads sentiment and finds the recurring theme of negative comments with quotes', () => {
    const read = createCommentReader();
    const pays = doc.feedback?.sentiment.find((s) => s.at === 'pays');
    expect(pays?.mean).toBeCloseTo(read('The delivery charge was a nasty surprise').sentiment, 3);
    const theme = doc.feedback?.themes[0];
    expect(theme?.phrase).toBe('delivery charge');
    expect(theme?.comments).toBe(2);
    expect(new Set(theme?.at)).toEqual(new Set(['pays', 'checkout']));
    expect(theme?.quotes).toContain('The delivery charge was a nasty surprise');
  });

  it('draws the measured emotion of a step from its own and its touchpoints’ responses', () => {
    const read = createCommentReader();
    const s = (text: string) => read(text).sentiment * 2;
    // responses at pays or checkout, each the mean of its normalised answers
    const a = (2 + 2 + 2 + s('Quick and easy checkout, great')) / 4;
    const b = (0.4 + -1 + s('The delivery charge was a nasty surprise')) / 3;
    const c = (1.6 + 1 + 2 / 3) / 3;
    const d = (-2 + -2 + s('Awful: hidden delivery charge and a slow page')) / 3;
    const everyone = doc.emotionCurve?.find((e) => e.persona === null && e.step === 'pays');
    expect(everyone?.responses).toBe(4);
    expect(everyone?.score).toBeCloseTo((a + b + c + d) / 4, 2);
    const shopper = doc.emotionCurve?.find((e) => e.persona === 'shopper' && e.step === 'pays');
    expect(shopper?.score).toBeCloseTo((a + c) / 2, 2);
  });
});

describe('analyzeJourney scopes', () => {
  it('keeps one persona’s customers and responses', async () => {
    const events = files.put('persona.csv', smallLogCsv);
    const feedback = files.put('persona-feedback.csv', smallFeedbackCsv);
    const doc = await analyzeJourney({ journey: smallJourney(), events, feedback, persona: 'shopper', now });
    expect(doc.customers).toBe(1);
    expect(doc.funnel?.stages.map((s) => s.customers)).toEqual([1, 1, 1]);
    expect(doc.feedback?.scores.find((s) => s.at === 'checkout' && s.kind === 'nps')?.responses).toBe(2);
  });

  it('keeps a date range, both days included', async () => {
    const events = files.put('range.csv', smallLogCsv);
    const doc = await analyzeJourney({
      journey: smallJourney(),
      events,
      range: { from: '2024-01-02', to: '2024-01-05' },
      now,
    });
    expect(doc.customers).toBe(2); // a's use on 01-02, f's app_open on 01-05
    expect(doc.scope).toEqual({ from: '2024-01-02', to: '2024-01-05' });
    // a's payment on 01-01 is before the range: not a predecessor of its use.
    expect(doc.dfg?.transitions).toBe(0);
    expect(doc.dfg?.edges).toEqual([]);
    expect(doc.paths?.variants.map((v) => [v.sequence.join('>'), v.customers])).toEqual([['use', 2]]);
    expect(doc.conformance?.deviations).toEqual([]);
  });

  it('counts the funnel by first reach in "reached" mode', async () => {
    const events = files.put('reached.csv', smallLogCsv);
    const doc = await analyzeJourney({
      journey: smallJourney(),
      events,
      options: { funnelMode: 'reached' },
      now,
    });
    expect(doc.funnel?.stages.map((s) => s.customers)).toEqual([5, 4, 2]);
    expect(doc.funnel?.stages[1]?.conversionToNext).toBe(0.25);
  });

  it('compares two periods: scores by Mann–Whitney U', async () => {
    const feedback = files.put('compare.csv', smallFeedbackCsv);
    const doc = await analyzeJourney({
      journey: smallJourney(),
      feedback,
      compare: {
        before: { from: '2024-01-03', to: '2024-01-03' },
        after: { from: '2024-01-04', to: '2024-01-05' },
      },
      now,
    });
    const nps = doc.comparison?.scores.find((s) => s.at === 'checkout' && s.kind === 'nps');
    expect(nps?.before).toEqual({ responses: 1, median: 10 });
    expect(nps?.after).toEqual({ responses: 2, median: 4.5 });
    const expected = mannWhitneyU(
      new Map([[10, 1]]),
      new Map([
        [9, 1],
        [0, 1],
      ]),
    );
    expect(nps?.u).toBe(0);
    expect(nps?.rankBiserial).toBe(-1);
    expect(nps?.pValue).toBeCloseTo(expected.pValue ?? 0, 9);
    expect(doc.comparison?.before).toEqual({ from: '2024-01-03', to: '2024-01-03' });
  });
});
