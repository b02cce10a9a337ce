import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostic.js';
import { parseJourney } from '../format/parseJourney.js';
import { writeJourney } from '../format/writeJourney.js';
import { lintJourney } from '../lint/lintJourney.js';
import type { Journey } from '../model/journey.js';
import { allSteps } from '../model/walk.js';
import { b2bTraining } from './b2bTraining.js';
import { clinicVisit } from './clinicVisit.js';
import { foodDelivery } from './foodDelivery.js';
import { hotelStay } from './hotelStay.js';
import { findTemplate } from './index.js';
import type { Template } from './template.js';

const today = '2026-11-25';

/** The journey a template describes; fails the test with the parser's diagnostics if it does not parse. */
function journeyOf(template: Template): Journey {
  const result = parseJourney(template.source, { fileName: `${template.id}.yaml` });
  if (!result.ok) throw new Error(result.errors.map((error) => formatDiagnostic(error)).join('\n'));
  return result.journey;
}

describe.each([hotelStay, clinicVisit, b2bTraining, foodDelivery])('template $id', (template) => {
  it('is registered in the gallery under its id', () => {
    expect(findTemplate(template.id)).toBe(template);
    expect(template.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('parses with no errors and no warnings', () => {
    const result = parseJourney(template.source, { fileName: `${template.id}.yaml` });
    const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    expect(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('survives being saved: writing and re-reading gives the same journey', () => {
    const journey = journeyOf(template);
    const reread = parseJourney(writeJourney(journey, 'yaml'));
    expect(reread.ok && reread.journey).toEqual(journey);
  });

  it('has a clear purpose, an owner and a review that is not overdue', () => {
    const journey = journeyOf(template);
    expect(journey.objective?.length ?? 0).toBeGreaterThan(40);
    expect(journey.owner).toBeDefined();
    expect(journey.tags.length).toBeGreaterThanOrEqual(3);
    expect(journey.review?.cadence).toBe('quarterly');
    expect(journey.review?.lastReviewed ?? '').toMatch(/^2026-(09|1[0-2])-/);
  });

  it('has 2–3 fully described personas', () => {
    const { personas } = journeyOf(template);
    expect(personas.length).toBeGreaterThanOrEqual(2);
    expect(personas.length).toBeLessThanOrEqual(3);
    for (const persona of personas) {
      expect(persona.segment, persona.id).toBeDefined();
      expect(persona.quote, persona.id).toBeDefined();
      expect(persona.share, persona.id).toBeDefined();
      for (const list of [persona.goals, persona.needs, persona.frustrations, persona.behaviours]) {
        expect(list.length, persona.id).toBeGreaterThanOrEqual(2);
      }
    }
    const shares = personas.reduce((sum, persona) => sum + (persona.share ?? 0), 0);
    expect(shares).toBeCloseTo(1, 5);
  });

  it('has 5–7 stages of 2–4 steps, each step with a touchpoint', () => {
    const { stages } = journeyOf(template);
    expect(stages.length).toBeGreaterThanOrEqual(5);
    expect(stages.length).toBeLessThanOrEqual(7);
    for (const stage of stages) {
      expect(stage.steps.length, stage.name).toBeGreaterThanOrEqual(2);
      expect(stage.steps.length, stage.name).toBeLessThanOrEqual(4);
      for (const step of stage.steps) expect(step.touchpoints.length, step.name).toBeGreaterThan(0);
    }
  });

  it('has an emotion for every persona at every step, alternative paths included', () => {
    const journey = journeyOf(template);
    const missing = allSteps(journey).flatMap(({ step }) =>
      journey.personas.filter((persona) => !(persona.id in step.emotions)).map((p) => `${step.id}/${p.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('has an emotion curve with real lows and highs', () => {
    const journey = journeyOf(template);
    const scores = allSteps(journey).flatMap(({ step }) => Object.values(step.emotions).map((e) => e.score));
    expect(Math.min(...scores)).toBe(-2);
    expect(Math.max(...scores)).toBe(2);
  });

  it('marks at least two moments of truth, each with a reason', () => {
    const journey = journeyOf(template);
    const reasons = allSteps(journey).flatMap(({ step }) => [
      ...(step.momentOfTruth ? [step.momentOfTruth.reason] : []),
      ...step.touchpoints.flatMap((touchpoint) =>
        touchpoint.momentOfTruth ? [touchpoint.momentOfTruth.reason] : [],
      ),
    ]);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
  });

  it('uses online and offline channels, and names a department on most touchpoints', () => {
    const journey = journeyOf(template);
    const touchpoints = allSteps(journey).flatMap(({ step }) => step.touchpoints);
    const channels = new Set(touchpoints.map((touchpoint) => touchpoint.channel));
    expect(channels.size).toBeGreaterThanOrEqual(5);
    const withDepartment = touchpoints.filter((touchpoint) => touchpoint.department !== undefined);
    expect(withDepartment.length / touchpoints.length).toBeGreaterThan(0.8);
  });

  it('backs its findings and plans them into opportunities, actions and metrics', () => {
    const journey = journeyOf(template);
    expect(journey.painPoints.length).toBeGreaterThanOrEqual(4);
    expect(journey.painPoints.length).toBeLessThanOrEqual(8);
    expect(journey.gains.length).toBeGreaterThanOrEqual(2);
    expect(journey.gains.length).toBeLessThanOrEqual(4);
    for (const pain of journey.painPoints) {
      expect(pain.insights.length, pain.id).toBeGreaterThan(0);
      expect(pain.reach, pain.id).toBeDefined();
    }
    expect(journey.opportunities.length).toBeGreaterThanOrEqual(3);
    expect(journey.opportunities.length).toBeLessThanOrEqual(6);
    expect(journey.actions.length).toBeGreaterThanOrEqual(3);
    expect(journey.actions.length).toBeLessThanOrEqual(6);
    for (const action of journey.actions) {
      expect(action.due?.startsWith('2027-'), action.id).toBe(true);
      expect(action.kpi, action.id).toBeDefined();
    }
    expect(journey.metrics.length).toBeGreaterThanOrEqual(3);
    expect(journey.metrics.length).toBeLessThanOrEqual(6);
    for (const metric of journey.metrics) {
      expect(metric.measurements.length, metric.id).toBeGreaterThanOrEqual(2);
      expect(metric.measurements.length, metric.id).toBeLessThanOrEqual(4);
    }
  });

  it('has one alternative path and one stage loop', () => {
    const journey = journeyOf(template);
    expect(journey.paths.length).toBe(1);
    expect(journey.stages.filter((stage) => stage.loop !== undefined).length).toBe(1);
  });

  it('lints with no errors and a health score of at least 90', () => {
    const report = lintJourney(journeyOf(template), { today });
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    expect(report.health.score).toBeGreaterThanOrEqual(90);
  });
});
