import type { LintRule } from './lintRule.js';
import { actionOverdue } from './rules/actionOverdue.js';
import { actionWithoutOwner } from './rules/actionWithoutOwner.js';
import { assumedHeavy } from './rules/assumedHeavy.js';
import { emotionGap } from './rules/emotionGap.js';
import { futureWithoutCurrent } from './rules/futureWithoutCurrent.js';
import { insightUnused } from './rules/insightUnused.js';
import { journeyWithoutMomentsOfTruth } from './rules/journeyWithoutMomentsOfTruth.js';
import { journeyWithoutObjective } from './rules/journeyWithoutObjective.js';
import { journeyWithoutPersonas } from './rules/journeyWithoutPersonas.js';
import { journeyWithoutStages } from './rules/journeyWithoutStages.js';
import { metricWithoutMeasurements } from './rules/metricWithoutMeasurements.js';
import { metricWithoutTarget } from './rules/metricWithoutTarget.js';
import { momentOfTruthWithoutEmotion } from './rules/momentOfTruthWithoutEmotion.js';
import { opportunityWithoutMetric } from './rules/opportunityWithoutMetric.js';
import { opportunityWithoutOwner } from './rules/opportunityWithoutOwner.js';
import { opportunityWithoutPainPoint } from './rules/opportunityWithoutPainPoint.js';
import { painPointNotAddressed } from './rules/painPointNotAddressed.js';
import { painPointWithoutEvidence } from './rules/painPointWithoutEvidence.js';
import { personaWithoutEmotions } from './rules/personaWithoutEmotions.js';
import { reviewCadenceMissing } from './rules/reviewCadenceMissing.js';
import { reviewOverdue } from './rules/reviewOverdue.js';
import { stageWithoutSteps } from './rules/stageWithoutSteps.js';
import { stepWithoutTouchpoint } from './rules/stepWithoutTouchpoint.js';
import { unknownChannel } from './rules/unknownChannel.js';

/**
 * Every lint rule, grouped by health category, in report order. Adding a rule is adding a file
 * in `rules/` and a line here (and a section in docs/lint.md).
 */
export const lintRules: readonly LintRule[] = [
  // structure
  journeyWithoutPersonas,
  journeyWithoutStages,
  journeyWithoutObjective,
  futureWithoutCurrent,
  stageWithoutSteps,
  stepWithoutTouchpoint,
  unknownChannel,
  // evidence
  painPointWithoutEvidence,
  assumedHeavy,
  insightUnused,
  // analysis
  personaWithoutEmotions,
  momentOfTruthWithoutEmotion,
  journeyWithoutMomentsOfTruth,
  emotionGap,
  painPointNotAddressed,
  opportunityWithoutPainPoint,
  // action
  opportunityWithoutOwner,
  opportunityWithoutMetric,
  actionWithoutOwner,
  actionOverdue,
  metricWithoutTarget,
  metricWithoutMeasurements,
  // freshness
  reviewOverdue,
  reviewCadenceMissing,
];

/** The rule with this id, if any. */
export function findLintRule(id: string): LintRule | undefined {
  return lintRules.find((rule) => rule.id === id);
}
