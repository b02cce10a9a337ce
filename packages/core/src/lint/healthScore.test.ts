import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { TODAY } from '../../../../test/fixtures/journeys.js';
import { computeHealth, healthCategoryInfo, type RuleTally } from './healthScore.js';
import { createLintContext } from './lintContext.js';
import { lintJourney } from './lintJourney.js';
import { healthCategories, lintSeverities, type RuleSetting } from './lintRule.js';
import { lintRules } from './lintRules.js';

const tally = (overrides: Partial<RuleTally>): RuleTally => ({
  category: 'structure',
  severity: 'warning',
  subjects: 10,
  findings: 0,
  ...overrides,
});

/** Every category examined something, and nothing was found. */
const clean: RuleTally[] = healthCategories.map((category) => tally({ category, subjects: 1 }));

const arbTally: fc.Arbitrary<RuleTally> = fc
  .record({
    category: fc.constantFrom(...healthCategories),
    severity: fc.constantFrom<RuleSetting>('off', ...lintSeverities),
    subjects: fc.nat({ max: 30 }),
  })
  .chain(({ category, severity, subjects }) =>
    // A rule never finds more problems than elements it examined (see lintJourney's property tests).
    fc.nat({ max: subjects }).map((findings) => ({ category, severity, subjects, findings })),
  );

describe('computeHealth', () => {
  it('weights add up to 100', () => {
    expect(Object.values(healthCategoryInfo).reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it('scores 100 when nothing was found', () => {
    const health = computeHealth(clean);
    expect(health.score).toBe(100);
    expect(health.breakdown.map((c) => [c.category, c.score, c.weight, c.findings])).toEqual([
      ['structure', 100, 30, 0],
      ['evidence', 100, 15, 0],
      ['analysis', 100, 25, 0],
      ['action', 100, 20, 0],
      ['freshness', 100, 10, 0],
    ]);
  });

  it('scales a finding by the share of examined elements and by severity', () => {
    // warning on 2 of 10 → × (1 − 0.5 × 0.2) = 0.9 → structure 90; overall (30×90 + 70×100)/100 = 97
    const warning = computeHealth([...clean, tally({ findings: 2 })]);
    expect(warning.breakdown[0]).toMatchObject({ score: 90, findings: 2 });
    expect(warning.score).toBe(97);
    // error on 2 of 10 → × 0.8 → 80; overall 94
    const error = computeHealth([...clean, tally({ severity: 'error', findings: 2 })]);
    expect(error.breakdown[0]?.score).toBe(80);
    expect(error.score).toBe(94);
    // info on 2 of 10 → × 0.96 → 96; overall 98 (98.8 rounded down)
    expect(computeHealth([...clean, tally({ severity: 'info', findings: 2 })]).score).toBe(98);
    // an error on everything examined empties the category: overall 70
    const broken = computeHealth([...clean, tally({ severity: 'error', subjects: 1, findings: 1 })]);
    expect(broken.breakdown[0]?.score).toBe(0);
    expect(broken.score).toBe(70);
  });

  it('multiplies the factors of several rules in one category', () => {
    // 0.9 (warning 2/10) × 0.8 (error 1/5) = 0.72
    const health = computeHealth([
      ...clean,
      tally({ findings: 2 }),
      tally({ severity: 'error', subjects: 5, findings: 1 }),
    ]);
    expect(health.breakdown[0]).toMatchObject({ score: 72, findings: 3 });
  });

  it('judges findings relative to the size of the map', () => {
    const small = computeHealth([...clean, tally({ subjects: 5, findings: 1 })]);
    const big = computeHealth([...clean, tally({ subjects: 50, findings: 1 })]);
    const bigAndWorse = computeHealth([...clean, tally({ subjects: 50, findings: 10 })]);
    expect(big.score).toBeGreaterThan(small.score);
    expect(bigAndWorse.score).toBe(small.score);
  });

  it('leaves out categories with nothing to examine', () => {
    const health = computeHealth([
      tally({ category: 'structure', subjects: 1, severity: 'error', findings: 1 }),
      tally({ category: 'action', subjects: 0 }),
    ]);
    expect(health.breakdown.find((c) => c.category === 'action')).toMatchObject({ score: 100, weight: 0 });
    expect(health.score).toBe(0);
  });

  it('only scores 100 without findings', () => {
    const health = computeHealth([...clean, tally({ severity: 'info', subjects: 10_000, findings: 1 })]);
    expect(health.score).toBe(99);
  });

  it('never goes down when a finding is fixed, a severity lowered or a rule turned off', () => {
    const lighter: Record<RuleSetting, RuleSetting[]> = {
      error: ['warning', 'info', 'off'],
      warning: ['info', 'off'],
      info: ['off'],
      off: [],
    };
    fc.assert(
      fc.property(fc.array(arbTally, { maxLength: 12 }), fc.nat(), (tallies, pick) => {
        const before = computeHealth(tallies);
        expect(before.score).toBeGreaterThanOrEqual(0);
        expect(before.score).toBeLessThanOrEqual(100);
        if (tallies.length === 0) return;
        const index = pick % tallies.length;
        const target = tallies[index] as RuleTally;
        const variants: RuleTally[] = [
          ...(target.findings > 0 ? [{ ...target, findings: target.findings - 1 }] : []),
          ...lighter[target.severity].map((severity) => ({ ...target, severity })),
        ];
        for (const variant of variants) {
          const after = computeHealth(tallies.map((t, i) => (i === index ? variant : t)));
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          for (const [c, category] of after.breakdown.entries()) {
            expect(category.score).toBeGreaterThanOrEqual(before.breakdown[c]?.score ?? 0);
          }
        }
      }),
    );
  });
});

describe('lintJourney on any valid journey', () => {
  it('never throws, counts what it finds and scores 0..100', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const report = lintJourney(journey, { today: TODAY });
        expect(Number.isInteger(report.health.score)).toBe(true);
        expect(report.health.score).toBeGreaterThanOrEqual(0);
        expect(report.health.score).toBeLessThanOrEqual(100);
        expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);
        expect(report.health.score === 100).toBe(report.findings.length === 0);
        const known = new Set(lintRules.map((r) => r.id));
        for (const finding of report.findings) expect(known.has(finding.rule)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('no rule finds more problems than elements it examined', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const report = lintJourney(journey, { today: TODAY });
        for (const rule of lintRules) {
          const found = report.findings.filter((f) => f.rule === rule.id).length;
          if (found === 0) continue;
          const context = createLintContext(journey, TODAY);
          expect(found).toBeLessThanOrEqual(rule.subjects(journey, context));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('turning any rule off never lowers the score', () => {
    fc.assert(
      fc.property(arbJourney(), fc.constantFrom(...lintRules.map((r) => r.id)), (journey, id) => {
        const on = lintJourney(journey, { today: TODAY }).health.score;
        const off = lintJourney(journey, { today: TODAY, rules: { [id]: 'off' } }).health.score;
        expect(off).toBeGreaterThanOrEqual(on);
      }),
      { numRuns: 200 },
    );
  });
});
