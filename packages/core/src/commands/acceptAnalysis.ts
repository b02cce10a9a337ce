// Putting what an analysis found back into the journey in one step: each suggestion becomes an
// insight (its figures and quotes as the evidence) and, for a suggested pain point, a measured pain
// point backed by that insight; each measured value that fits a metric of the journey becomes a
// measurement of it, with source and date. All of it as ordinary commands, applied all or nothing.
import type { AnalysisDocument, Suggestion } from '../model/analysis.js';
import type { Journey } from '../model/journey.js';
import type { Metric } from '../model/plan.js';
import { IdAllocator } from '../util/slug.js';
import { didYouMean } from '../util/suggest.js';
import { applyCommands } from './applyCommands.js';
import { indexElements } from './elementIndex.js';
import type { JourneyCommand } from './journeyCommand.js';

/** Something of the analysis that can go into the journey: `S1`… (suggestions), `M1`… (measurements). */
export interface AcceptableItem {
  readonly id: string;
  readonly kind: 'insight' | 'painPoint' | 'measurement';
  /** One line for a list: the suggestion's title, or "Checkout conversion: 54.6 on 2026-11-30". */
  readonly summary: string;
}

export type AcceptResult =
  | {
      readonly ok: true;
      readonly journey: Journey;
      readonly accepted: readonly AcceptableItem[];
      readonly commands: readonly JourneyCommand[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

interface Measured {
  readonly metric: Metric;
  readonly value: number;
  readonly source: string;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The day the analysis speaks for: the end of its scope, else the day it was made. */
function measuredOn(analysis: AnalysisDocument): string {
  return analysis.scope.to ?? analysis.generatedAt.slice(0, 10);
}

/** Where the data came from, for an insight's reference and a measurement's source. */
function inputsOf(analysis: AnalysisDocument): string {
  const files = [analysis.inputs.events?.file, analysis.inputs.feedback?.file].filter(
    (file): file is string => file !== undefined,
  );
  return files.length > 0 ? `waymark analyze of ${files.join(' and ')}` : 'waymark analyze';
}

/** A share as the metric states it: percent when its unit is "%". */
const asUnit = (metric: Metric, share: number) => round(metric.unit === '%' ? share * 100 : share);

/** The value the analysis measured for a metric, if it measured one. */
function measuredValue(metric: Metric, analysis: AnalysisDocument): Measured | undefined {
  if (metric.kind === 'nps' || metric.kind === 'csat' || metric.kind === 'ces') {
    const score = analysis.feedback?.scores.find(
      (candidate) => candidate.kind === metric.kind && (candidate.at ?? undefined) === metric.at,
    );
    if (!score || score.responses === 0) return undefined;
    return {
      metric,
      value: round(score.value),
      source: `${inputsOf(analysis)}, ${score.responses} responses`,
    };
  }
  if (metric.kind === 'conversion' || metric.kind === 'drop-off') {
    const stage = analysis.funnel?.stages.find((candidate) => candidate.stage === metric.at);
    const share = metric.kind === 'conversion' ? stage?.conversionToNext : stage?.dropOff;
    if (!stage || share === null || share === undefined) return undefined;
    return {
      metric,
      value: asUnit(metric, share),
      source: `${inputsOf(analysis)}, ${stage.customers} customers`,
    };
  }
  return undefined;
}

/** The insight text: the finding, then its figures and quotes. */
function insightText(suggestion: Suggestion): string {
  return suggestion.evidence.length > 0
    ? `${suggestion.title}. Evidence: ${suggestion.evidence.join('; ')}`
    : suggestion.title;
}

/** What the analysis offers for this journey, each with its id, in document order. */
export function acceptableItems(journey: Journey, analysis: AnalysisDocument): AcceptableItem[] {
  const suggestions = analysis.suggestions.map(
    (suggestion, i): AcceptableItem => ({
      id: `S${i + 1}`,
      kind: suggestion.kind,
      summary: suggestion.title,
    }),
  );
  const measurements = journey.metrics
    .flatMap((metric) => measuredValue(metric, analysis) ?? [])
    .map(
      (measured, i): AcceptableItem => ({
        id: `M${i + 1}`,
        kind: 'measurement',
        summary: `${measured.metric.name}: ${measured.value}${measured.metric.unit ? ` ${measured.metric.unit}` : ''} on ${measuredOn(analysis)}`,
      }),
    );
  return [...suggestions, ...measurements];
}

/** The commands that put one suggestion into the journey. */
function suggestionCommands(
  suggestion: Suggestion,
  analysis: AnalysisDocument,
  ids: IdAllocator,
  stepsAndTouchpoints: ReadonlySet<string>,
): JourneyCommand[] {
  // Quoted comments and survey scores come from the feedback export; the rest from the event log.
  const fromSurvey =
    suggestion.evidence.some((line) => line.startsWith('“')) || /^(NPS|CSAT|CES)\b/.test(suggestion.title);
  const insightId = ids.derive(`insight ${suggestion.title}`);
  const insight: JourneyCommand = {
    op: 'add',
    kind: 'insight',
    item: {
      id: insightId,
      text: insightText(suggestion),
      source: fromSurvey ? 'survey' : 'analytics',
      date: measuredOn(analysis),
      reference: inputsOf(analysis),
    },
  };
  if (suggestion.kind === 'insight') return [insight];
  const at = suggestion.at && stepsAndTouchpoints.has(suggestion.at) ? suggestion.at : undefined;
  const painPoint: JourneyCommand = {
    op: 'add',
    kind: 'painPoint',
    item: {
      id: ids.derive(suggestion.title),
      title: suggestion.title,
      ...(at ? { at } : {}),
      ...(suggestion.at && !at ? { description: `Measured at ${suggestion.at}.` } : {}),
      ...(suggestion.severity ? { severity: suggestion.severity } : {}),
      ...(suggestion.reach !== undefined ? { reach: round(suggestion.reach) } : {}),
      evidence: 'measured',
      insights: [insightId],
    },
  };
  return [insight, painPoint];
}

/**
 * Turns the chosen items of an analysis (`'all'`, or ids from `acceptableItems`) into journey
 * edits and applies them. Pure: the journey passed in is not changed; an unknown id or an edit
 * the journey refuses gives errors and no journey.
 */
export function acceptAnalysis(
  journey: Journey,
  analysis: AnalysisDocument,
  choice: 'all' | readonly string[],
): AcceptResult {
  if (analysis.journey !== journey.id)
    return {
      ok: false,
      errors: [`the analysis is of journey '${analysis.journey}', not of '${journey.id}'`],
    };
  const items = acceptableItems(journey, analysis);
  const known = items.map((item) => item.id);
  const chosen = choice === 'all' ? known : [...new Set(choice)];
  const unknown = chosen.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const list =
      known.length > 0
        ? `; the analysis offers ${known.join(', ')}`
        : '; the analysis offers nothing to accept';
    return {
      ok: false,
      errors: unknown.map((id) => `no item '${id}' to accept${didYouMean(id, known)}${list}`),
    };
  }
  const index = indexElements(journey);
  const ids = new IdAllocator();
  for (const id of index.keys()) ids.claim(id);
  const stepsAndTouchpoints = new Set(
    [...index.values()]
      .filter((place) => place.kind === 'step' || place.kind === 'touchpoint')
      .map((place) => place.id),
  );
  const measured = journey.metrics.flatMap((metric) => measuredValue(metric, analysis) ?? []);
  const commands: JourneyCommand[] = [];
  for (const id of known.filter((candidate) => chosen.includes(candidate))) {
    const number = Number(id.slice(1)) - 1;
    if (id.startsWith('S')) {
      const suggestion = analysis.suggestions[number];
      if (suggestion) commands.push(...suggestionCommands(suggestion, analysis, ids, stepsAndTouchpoints));
    } else {
      const value = measured[number];
      if (value)
        commands.push({
          op: 'measurement.add',
          metric: value.metric.id,
          measurement: { date: measuredOn(analysis), value: value.value, source: value.source },
        });
    }
  }
  const result = applyCommands(journey, commands);
  if (!result.ok) return { ok: false, errors: result.errors.map((error) => error.message) };
  return {
    ok: true,
    journey: result.journey,
    accepted: items.filter((item) => chosen.includes(item.id)),
    commands,
  };
}
