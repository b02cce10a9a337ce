import { allSteps, indexIds, Journey } from '@waymark/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney, arbText } from './arbitraries.js';

/** Every id of the journey, with repeats. */
function everyId(journey: Journey): string[] {
  const steps = allSteps(journey).map((place) => place.step);
  return [
    journey.id,
    ...journey.personas.map((p) => p.id),
    ...journey.stages.map((s) => s.id),
    ...journey.paths.map((p) => p.id),
    ...steps.map((s) => s.id),
    ...steps.flatMap((s) => s.touchpoints.map((t) => t.id)),
    ...journey.insights.map((i) => i.id),
    ...journey.painPoints.map((p) => p.id),
    ...journey.gains.map((g) => g.id),
    ...journey.opportunities.map((o) => o.id),
    ...journey.actions.map((a) => a.id),
    ...journey.metrics.map((m) => m.id),
  ];
}

describe('arbText', () => {
  it('is always trimmed and non-empty', () => {
    fc.assert(fc.property(arbText(), (text) => text.length > 0 && text.trim() === text));
  });
});

describe('arbJourney', () => {
  it('passes Journey.parse unchanged', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        expect(Journey.parse(journey)).toStrictEqual(journey);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every id unique across the whole journey', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const ids = everyId(journey);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('only references elements that exist, of the right kind', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const kinds = indexIds(journey);
        const is = (id: string | undefined, ...allowed: string[]) =>
          id === undefined || allowed.includes(kinds.get(id) ?? 'missing');
        const backedBy = (element: { insights: string[] }) =>
          element.insights.every((id) => is(id, 'insight'));
        const steps = allSteps(journey).map((place) => place.step);
        for (const step of steps) {
          expect(Object.keys(step.emotions).every((id) => is(id, 'persona'))).toBe(true);
          expect(backedBy(step)).toBe(true);
        }
        for (const [index, stage] of journey.stages.entries()) {
          if (stage.loop)
            expect(journey.stages.findIndex((s) => s.id === stage.loop?.to)).toBeLessThan(index);
        }
        for (const path of journey.paths) {
          expect(journey.stages.some((s) => s.steps.some((st) => st.id === path.from))).toBe(true);
          expect(is(path.rejoin, 'step')).toBe(true);
        }
        for (const finding of [...journey.painPoints, ...journey.gains]) {
          expect(is(finding.at, 'step', 'touchpoint')).toBe(true);
          expect(finding.personas.every((id) => is(id, 'persona'))).toBe(true);
          expect(backedBy(finding)).toBe(true);
        }
        for (const insight of journey.insights)
          expect(insight.personas.every((id) => is(id, 'persona'))).toBe(true);
        for (const opportunity of journey.opportunities) {
          expect(opportunity.addresses.every((id) => is(id, 'painPoint'))).toBe(true);
          expect(opportunity.metrics.every((id) => is(id, 'metric'))).toBe(true);
        }
        for (const action of journey.actions) {
          expect(is(action.opportunity, 'opportunity')).toBe(true);
          expect(is(action.kpi?.metric, 'metric')).toBe(true);
        }
        for (const metric of journey.metrics) expect(is(metric.at, 'stage', 'step', 'touchpoint')).toBe(true);
      }),
    );
  });

  it('respects its size options', () => {
    fc.assert(
      fc.property(arbJourney({ maxPersonas: 1, maxStages: 2, maxSteps: 1 }), (journey) => {
        expect(journey.personas).toHaveLength(1);
        expect(journey.stages.length).toBeLessThanOrEqual(2);
        expect(journey.stages.every((s) => s.steps.length <= 1)).toBe(true);
      }),
    );
  });

  it('sometimes produces the rich cases property tests need', () => {
    const samples = fc.sample(arbJourney(), { numRuns: 300, seed: 42 });
    const texts = JSON.stringify(samples);
    expect(texts).toContain('<script>alert(1)</script>');
    expect(texts).toContain('春节');
    expect(samples.some((j) => j.paths.length > 0)).toBe(true);
    expect(samples.some((j) => j.stages.some((s) => s.loop))).toBe(true);
    expect(samples.some((j) => j.painPoints.some((p) => p.at))).toBe(true);
    expect(samples.some((j) => j.opportunities.some((o) => o.addresses.length > 0))).toBe(true);
    expect(samples.some((j) => j.metrics.some((m) => m.measurements.length > 0))).toBe(true);
    expect(samples.some((j) => allSteps(j).some((p) => Object.keys(p.step.emotions).length > 0))).toBe(true);
  });
});
