import type { Analysis } from './Analysis.js';
import { conformanceAnalysis } from './conformance.js';
import { directlyFollowsAnalysis } from './directlyFollows.js';
import { emotionCurveAnalysis } from './emotionCurve.js';
import { feedbackAnalysis } from './feedbackSummary.js';
import { funnelAnalysis } from './funnel.js';
import { pathVariantsAnalysis } from './pathVariants.js';
import { periodComparisonAnalysis } from './periodComparison.js';
import { unmatchedEventsAnalysis } from './unmatchedEvents.js';

/** Every analysis, in the order they run; adding one is adding a module and a line here. */
export const analysisRegistry: readonly Analysis[] = [
  funnelAnalysis,
  pathVariantsAnalysis,
  directlyFollowsAnalysis,
  conformanceAnalysis,
  feedbackAnalysis,
  emotionCurveAnalysis,
  periodComparisonAnalysis,
  unmatchedEventsAnalysis,
];

/** The analysis with this id, if any. */
export function findAnalysis(id: string): Analysis | undefined {
  return analysisRegistry.find((analysis) => analysis.id === id);
}
