import type { AnalysisDocument } from '@waymark/core';
import type { PersonaStyle } from '../layout/mapIndex.js';
import type { Theme } from '../theme.js';

/** The dash of a measured curve: the designed curve is solid (or the persona's own dash). */
export const MEASURED_DASH: readonly number[] = [7, 5];

/** One measured curve: a persona's (or all customers') scores per step, from the analysis. */
export interface MeasuredCurve {
  /** The persona drawn, or undefined for all customers. */
  readonly style?: PersonaStyle;
  readonly name: string;
  readonly color: string;
  readonly points: readonly { readonly step: string; readonly score: number; readonly responses: number }[];
}

/**
 * The measured emotion curves to draw: one per shown persona the analysis measured, and one for
 * all customers (persona null). Steps not on the main path of this map are left out.
 */
export function measuredCurves(
  analysis: AnalysisDocument | undefined,
  shown: readonly PersonaStyle[],
  stepColumn: ReadonlyMap<string, number>,
  theme: Theme,
): MeasuredCurve[] {
  const measured = analysis?.emotionCurve ?? [];
  if (measured.length === 0) return [];
  const curves: MeasuredCurve[] = [];
  const pointsFor = (persona: string | null) =>
    measured
      .filter((entry) => entry.persona === persona && stepColumn.has(entry.step))
      .map((entry) => ({ step: entry.step, score: entry.score, responses: entry.responses }))
      .sort((a, b) => (stepColumn.get(a.step) ?? 0) - (stepColumn.get(b.step) ?? 0));
  const all = pointsFor(null);
  if (all.length > 0) curves.push({ name: 'All customers', color: theme.text, points: all });
  for (const style of shown) {
    const points = pointsFor(style.persona.id);
    if (points.length > 0) curves.push({ style, name: style.persona.name, color: style.color, points });
  }
  return curves;
}

/** Whether the analysis measured an emotion at any step of this map's main path. */
export function hasMeasuredEmotions(
  analysis: AnalysisDocument | undefined,
  stepColumn: ReadonlyMap<string, number>,
): boolean {
  return (analysis?.emotionCurve ?? []).some((entry) => stepColumn.has(entry.step));
}
