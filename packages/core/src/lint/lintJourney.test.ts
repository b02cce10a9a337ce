import { describe, expect, it } from 'vitest';
import { edited, exemplaryJourney, makeJourney, TODAY } from '../../../../test/fixtures/journeys.js';
import type { Journey } from '../model/journey.js';
import { Stage } from '../model/stage.js';
import { lintJourney } from './lintJourney.js';
import { lintRules } from './lintRules.js';

const lint = (journey: Journey, rules?: Record<string, 'off' | 'error' | 'warning' | 'info'>) =>
  lintJourney(journey, { today: TODAY, ...(rules ? { rules } : {}) });

/** A journey with problems in every category. */
function messy(): Journey {
  return edited(exemplaryJourney(), (j) => {
    delete j.objective;
    j.stages.push(Stage.parse({ id: 'usage', name: 'Usage' }));
    const searches = j.stages[1]?.steps[0];
    if (searches) searches.touchpoints = [];
    const compares = j.stages[1]?.steps[1];
    if (compares) compares.emotions = {};
    for (const pain of j.painPoints) pain.insights = [];
    for (const opportunity of j.opportunities) delete opportunity.owner;
    for (const action of j.actions) action.due = '2026-01-01';
    j.review = { cadence: 'monthly', lastReviewed: '2026-01-01' };
  });
}

describe('lintJourney', () => {
  it('finds nothing in an exemplary journey and scores it 100', () => {
    const report = lint(exemplaryJourney());
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(report.health.score).toBe(100);
    expect(report.health.breakdown.every((c) => c.score === 100 && c.findings === 0)).toBe(true);
  });

  it('reports each finding with its rule, effective severity, advice, category and place', () => {
    const report = lint(edited(exemplaryJourney(), (j) => delete j.metrics[0]?.target));
    const rule = lintRules.find((r) => r.id === 'metric-without-target');
    expect(report.findings).toEqual([
      {
        rule: 'metric-without-target',
        severity: 'info',
        message: 'Metric "Checkout conversion" has no target.',
        advice: rule?.advice,
        path: 'metrics[0]',
        elementId: 'conversion',
        category: 'action',
      },
    ]);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 1 });
  });

  it('lists errors first, then warnings, then infos, each in rule and document order', () => {
    const report = lint(messy());
    const ranks = report.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.findings.map((f) => f.rule)).toEqual([
      'stage-without-steps',
      'journey-without-objective',
      'step-without-touchpoint',
      'pain-point-without-evidence',
      'opportunity-without-owner',
      'action-overdue',
      'review-overdue',
      'emotion-gap',
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 6, info: 1 });
  });

  it('lets the user change a rule’s severity', () => {
    const journey = edited(exemplaryJourney(), (j) => delete j.objective);
    const report = lint(journey, { 'journey-without-objective': 'error' });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['journey-without-objective', 'error'],
    ]);
    expect(report.counts.error).toBe(1);
    // A heavier severity weighs heavier in the health score.
    expect(report.health.score).toBeLessThan(lint(journey).health.score);
  });

  it('lets the user turn a rule off: no findings, no effect on the score', () => {
    const journey = edited(exemplaryJourney(), (j) => delete j.objective);
    const report = lint(journey, { 'journey-without-objective': 'off' });
    expect(report.findings).toEqual([]);
    expect(report.health.score).toBe(100);
  });

  it('judges dates against the given day', () => {
    const journey = edited(exemplaryJourney(), (j) => {
      const action = j.actions[0];
      if (action) action.due = '2026-07-01';
    });
    expect(lintJourney(journey, { today: '2026-07-01' }).findings).toEqual([]);
    expect(lintJourney(journey, { today: '2026-07-02' }).findings.map((f) => f.rule)).toEqual([
      'action-overdue',
    ]);
  });

  it('defaults to today when no day is given', () => {
    const journey = edited(exemplaryJourney(), (j) => {
      const action = j.actions[0];
      if (action) action.due = '2000-01-01';
    });
    expect(lintJourney(journey).findings.map((f) => f.rule)).toContain('action-overdue');
  });

  it('is deterministic', () => {
    expect(lint(messy())).toEqual(lint(messy()));
  });

  it('scores worse journeys lower', () => {
    const good = lint(exemplaryJourney()).health.score;
    const oneWarning = lint(edited(exemplaryJourney(), (j) => delete j.objective)).health.score;
    const bad = lint(messy()).health.score;
    const empty = lint(makeJourney()).health.score;
    expect(good).toBe(100);
    expect(oneWarning).toBeLessThan(good);
    expect(bad).toBeLessThan(oneWarning);
    expect(empty).toBeLessThan(bad);
  });

  it('never lowers the score when a finding is fixed', () => {
    // Fix the messy journey one finding at a time, back to the exemplary one.
    const fixes: ((j: Journey) => void)[] = [
      (j) => (j.objective = 'Find why first-time buyers compare prices elsewhere and how to win the order'),
      (j) => (j.stages = j.stages.filter((s) => s.id !== 'usage')),
      (j) => {
        const searches = j.stages[1]?.steps[0];
        if (searches) searches.touchpoints = exemplaryJourney().stages[1]?.steps[0]?.touchpoints ?? [];
      },
      (j) => {
        const compares = j.stages[1]?.steps[1];
        if (compares) compares.emotions = exemplaryJourney().stages[1]?.steps[1]?.emotions ?? {};
      },
      (j) => (j.painPoints = exemplaryJourney().painPoints),
      (j) => (j.opportunities = exemplaryJourney().opportunities),
      (j) => (j.actions = exemplaryJourney().actions),
      (j) => (j.review = exemplaryJourney().review),
    ];
    let journey = messy();
    let previous = lint(journey);
    for (const fix of fixes) {
      journey = edited(journey, fix);
      const next = lint(journey);
      expect(next.findings.length).toBe(previous.findings.length - 1);
      expect(next.health.score).toBeGreaterThanOrEqual(previous.health.score);
      for (const [index, category] of next.health.breakdown.entries()) {
        expect(category.score).toBeGreaterThanOrEqual(previous.health.breakdown[index]?.score ?? 0);
      }
      previous = next;
    }
    expect(previous.health.score).toBe(100);
    expect(journey).toEqual(exemplaryJourney());
  });

  it('does not punish a big map for its size: one problem among many steps weighs less', () => {
    const small = edited(exemplaryJourney(), (j) => {
      const searches = j.stages[1]?.steps[0];
      if (searches) searches.touchpoints = [];
    });
    const big = edited(small, (j) => {
      const template = exemplaryJourney().stages[1]?.steps[1];
      if (!template) throw new Error('fixture shape changed');
      for (let n = 0; n < 20; n++)
        j.stages[1]?.steps.push({ ...structuredClone(template), id: `extra-${n}` });
    });
    expect(lint(big).findings).toHaveLength(1);
    expect(lint(big).health.score).toBeGreaterThan(lint(small).health.score);
  });

  it('refuses unknown rules, bad severities and malformed dates with a clear message', () => {
    const journey = exemplaryJourney();
    expect(() =>
      lintJourney(journey, { today: TODAY, rules: { 'step-without-touchpoints': 'off' } }),
    ).toThrow('unknown rule "step-without-touchpoints" (did you mean "step-without-touchpoint"?)');
    expect(() => lintJourney(journey, { today: TODAY, rules: { 'emotion-gap': 'loud' as 'off' } })).toThrow(
      'rule "emotion-gap" must be one of off, error, warning, info, got "loud"',
    );
    expect(() => lintJourney(journey, { today: '15/06/2026' })).toThrow(
      '"today" must be a date written as YYYY-MM-DD',
    );
    expect(() => lintJourney(journey, { today: '2026-02-30' })).toThrow('YYYY-MM-DD');
  });
});
