import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostic.js';
import { parseJourney } from '../format/parseJourney.js';
import { writeJourney } from '../format/writeJourney.js';
import { lintJourney } from '../lint/lintJourney.js';
import { isOnlineChannel } from '../model/channels.js';
import type { Journey } from '../model/journey.js';
import type { Step } from '../model/step.js';
import { allSteps } from '../model/walk.js';
import { bankAccountOpening } from './bankAccountOpening.js';
import { findTemplate, templates } from './index.js';
import { retailWinterJacket } from './retailWinterJacket.js';
import { saasOnboarding } from './saasOnboarding.js';
import { telecomSupportCall } from './telecomSupportCall.js';
import type { Template } from './template.js';

const today = '2026-11-25';
const backedEvidence = ['reported', 'observed', 'measured'];

/** The journey a template describes; throws the parser's diagnostics if it does not parse. */
function journeyOf(template: Template): Journey {
  const result = parseJourney(template.source, { fileName: `${template.id}.yaml` });
  if (!result.ok) throw new Error(result.errors.map((error) => formatDiagnostic(error)).join('\n'));
  return result.journey;
}

/** The step an element's `at` names: the step itself, or the step holding that touchpoint. */
function stepAt(journey: Journey, at: string | undefined): Step | undefined {
  return allSteps(journey).find(
    ({ step }) => step.id === at || step.touchpoints.some((touchpoint) => touchpoint.id === at),
  )?.step;
}

/** The mean emotion score of these personas at a step. */
function meanScore(step: Step, personas: readonly string[]): number {
  const scores = personas.map((persona) => step.emotions[persona]?.score ?? 0);
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

describe.each([retailWinterJacket, saasOnboarding, bankAccountOpening, telecomSupportCall])(
  'template $id',
  (template) => {
    it('is registered in the gallery under a kebab-case id', () => {
      expect(findTemplate(template.id)).toBe(template);
      expect(template.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(template.description.length).toBeGreaterThan(40);
    });

    it('parses with no errors and no warnings', () => {
      const result = parseJourney(template.source, { fileName: `${template.id}.yaml` });
      const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings];
      expect(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
      expect(result.ok).toBe(true);
    });

    it('survives a write and re-read unchanged', () => {
      const journey = journeyOf(template);
      const again = parseJourney(writeJourney(journey));
      expect(again.ok && again.journey).toEqual(journey);
    });

    it('says why it exists, who owns it and when it was last reviewed', () => {
      const journey = journeyOf(template);
      expect(journey.objective?.length ?? 0).toBeGreaterThan(40);
      expect(journey.owner).toBeDefined();
      expect(journey.status).toBe('published');
      expect(journey.tags.length).toBeGreaterThanOrEqual(3);
      expect(journey.review?.cadence).toBe('quarterly');
      expect((journey.review?.lastReviewed ?? '') >= '2026-09-01').toBe(true);
    });

    it('has 2–3 fully described personas', () => {
      const { personas } = journeyOf(template);
      expect(personas.length).toBeGreaterThanOrEqual(2);
      expect(personas.length).toBeLessThanOrEqual(3);
      for (const persona of personas) {
        expect(persona.segment, persona.id).toBeDefined();
        expect(persona.description, persona.id).toBeDefined();
        expect(persona.quote, persona.id).toBeDefined();
        expect(persona.share, persona.id).toBeGreaterThan(0);
        for (const list of [persona.goals, persona.needs, persona.frustrations, persona.behaviours]) {
          expect(list.length, persona.id).toBeGreaterThanOrEqual(2);
        }
      }
      expect(personas.reduce((sum, persona) => sum + (persona.share ?? 0), 0)).toBeLessThanOrEqual(1);
    });

    it('has 5–7 stages of 2–4 steps, each step with a touchpoint and most with a blueprint', () => {
      const journey = journeyOf(template);
      expect(journey.stages.length).toBeGreaterThanOrEqual(5);
      expect(journey.stages.length).toBeLessThanOrEqual(7);
      for (const stage of journey.stages) {
        expect(stage.steps.length, stage.id).toBeGreaterThanOrEqual(2);
        expect(stage.steps.length, stage.id).toBeLessThanOrEqual(4);
      }
      const steps = allSteps(journey).map(({ step }) => step);
      for (const step of steps) expect(step.touchpoints.length, step.id).toBeGreaterThan(0);
      const withBlueprint = steps.filter((step) =>
        Object.values(step.blueprint).some((lane) => lane.length > 0),
      );
      expect(withBlueprint.length / steps.length).toBeGreaterThan(0.75);
    });

    it('has an emotion for every persona at every step, alternative paths included', () => {
      const journey = journeyOf(template);
      const missing = allSteps(journey).flatMap(({ step }) =>
        journey.personas.filter((persona) => !(persona.id in step.emotions)).map((p) => `${step.id}/${p.id}`),
      );
      expect(missing).toEqual([]);
    });

    it('has an emotion curve that dips at the worst pain points and rises at the best gains', () => {
      const journey = journeyOf(template);
      const scores = allSteps(journey).flatMap(({ step }) =>
        Object.values(step.emotions).map((e) => e.score),
      );
      expect(Math.min(...scores)).toBeLessThanOrEqual(-1.5);
      expect(Math.max(...scores)).toBeGreaterThanOrEqual(1.5);
      for (const pain of journey.painPoints.filter((p) => p.severity >= 4)) {
        const step = stepAt(journey, pain.at);
        expect(step, pain.id).toBeDefined();
        if (step) expect(meanScore(step, pain.personas), pain.id).toBeLessThan(0);
      }
      for (const gain of journey.gains.filter((g) => g.severity >= 4)) {
        const step = stepAt(journey, gain.at);
        expect(step, gain.id).toBeDefined();
        if (step) expect(meanScore(step, gain.personas), gain.id).toBeGreaterThan(0);
      }
    });

    it('marks at least two moments of truth, each with a reason', () => {
      const reasons = allSteps(journeyOf(template)).flatMap(({ step }) => [
        ...(step.momentOfTruth ? [step.momentOfTruth.reason] : []),
        ...step.touchpoints.flatMap((touchpoint) =>
          touchpoint.momentOfTruth ? [touchpoint.momentOfTruth.reason] : [],
        ),
      ]);
      expect(reasons.length).toBeGreaterThanOrEqual(2);
      for (const reason of reasons) expect(reason.length).toBeGreaterThan(30);
    });

    it('meets customers online and offline, with a department on most touchpoints', () => {
      const touchpoints = allSteps(journeyOf(template)).flatMap(({ step }) => step.touchpoints);
      const channels = new Set(touchpoints.map((touchpoint) => touchpoint.channel));
      expect(channels.size).toBeGreaterThanOrEqual(5);
      expect([...channels].some((channel) => isOnlineChannel(channel))).toBe(true);
      expect([...channels].some((channel) => !isOnlineChannel(channel))).toBe(true);
      const withDepartment = touchpoints.filter((touchpoint) => touchpoint.department !== undefined);
      expect(withDepartment.length / touchpoints.length).toBeGreaterThan(0.8);
    });

    it('backs pain points and gains with dated insights', () => {
      const journey = journeyOf(template);
      for (const insight of journey.insights) {
        expect(insight.source, insight.id).not.toBe('other');
        expect(insight.date, insight.id).toBeDefined();
      }
      expect(journey.painPoints.length).toBeGreaterThanOrEqual(4);
      expect(journey.painPoints.length).toBeLessThanOrEqual(8);
      expect(journey.gains.length).toBeGreaterThanOrEqual(2);
      expect(journey.gains.length).toBeLessThanOrEqual(4);
      for (const pain of journey.painPoints) {
        expect(pain.insights.length, pain.id).toBeGreaterThan(0);
        expect(backedEvidence, pain.id).toContain(pain.evidence);
        expect(pain.reach, pain.id).toBeDefined();
        expect(pain.personas.length, pain.id).toBeGreaterThan(0);
        expect(stepAt(journey, pain.at), pain.id).toBeDefined();
      }
    });

    it('turns every pain point into owned opportunities, actions and measured metrics', () => {
      const journey = journeyOf(template);
      expect(journey.opportunities.length).toBeGreaterThanOrEqual(3);
      expect(journey.opportunities.length).toBeLessThanOrEqual(6);
      const addressed = new Set(journey.opportunities.flatMap((opportunity) => opportunity.addresses));
      expect(journey.painPoints.filter((pain) => !addressed.has(pain.id)).map((pain) => pain.id)).toEqual([]);
      for (const opportunity of journey.opportunities) {
        expect(opportunity.owner, opportunity.id).toBeDefined();
        expect(opportunity.metrics.length, opportunity.id).toBeGreaterThan(0);
      }
      expect(journey.actions.length).toBeGreaterThanOrEqual(3);
      expect(journey.actions.length).toBeLessThanOrEqual(6);
      for (const action of journey.actions) {
        expect(action.owner, action.id).toBeDefined();
        expect(action.department, action.id).toBeDefined();
        expect(action.due?.startsWith('2027-'), action.id).toBe(true);
        expect(action.kpi?.change, action.id).toBeDefined();
      }
      expect(journey.metrics.length).toBeGreaterThanOrEqual(3);
      expect(journey.metrics.length).toBeLessThanOrEqual(6);
      for (const metric of journey.metrics) {
        expect([metric.unit, metric.direction, metric.baseline, metric.target], metric.id).not.toContain(
          undefined,
        );
        expect(metric.measurements.length, metric.id).toBeGreaterThanOrEqual(2);
        expect(metric.measurements.length, metric.id).toBeLessThanOrEqual(4);
      }
    });

    it('has one alternative path that rejoins later and one loop back to an earlier stage', () => {
      const journey = journeyOf(template);
      const mainPath = journey.stages.flatMap((stage) => stage.steps.map((step) => step.id));
      expect(journey.paths.length).toBe(1);
      for (const path of journey.paths) {
        expect(path.steps.length, path.id).toBeGreaterThanOrEqual(2);
        expect(mainPath.indexOf(path.rejoin ?? ''), path.id).toBeGreaterThan(mainPath.indexOf(path.from));
      }
      const loops = journey.stages.flatMap((stage, index) =>
        stage.loop ? [{ index, to: stage.loop.to }] : [],
      );
      expect(loops.length).toBe(1);
      for (const loop of loops) {
        const target = journey.stages.findIndex((stage) => stage.id === loop.to);
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThan(loop.index);
      }
    });

    it('lints with no errors or warnings and a health score of at least 90', () => {
      const report = lintJourney(journeyOf(template), { today });
      const serious = report.findings.filter((finding) => finding.severity !== 'info');
      expect(serious.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
      expect(report.health.score).toBeGreaterThanOrEqual(90);
    });
  },
);

describe.each(templates)('template $id, its personas', (template) => {
  it('lists whole phrases: no goal, need, frustration or behaviour begins in lower case', () => {
    // A comma inside an unquoted YAML flow list ([A warm, waterproof jacket]) cuts an item in two.
    const cut = journeyOf(template).personas.flatMap((persona) =>
      [persona.goals, persona.needs, persona.frustrations, persona.behaviours]
        .flatMap((items) => items ?? [])
        .filter((item) => /^\p{Ll}/u.test(item))
        .map((item) => `${persona.id}: ${item}`),
    );
    expect(cut).toEqual([]);
  });
});
