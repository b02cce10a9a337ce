import type { AnalysisDocument, Journey, Suggestion } from '@waymark/core';
import { allSteps } from '@waymark/core';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How bad a share is on the 1–5 severity scale. */
const severityOf = (share: number): number => Math.max(1, Math.min(5, Math.ceil(share * 5)));

/**
 * Insights and pain points the measurements suggest, each with its evidence (figures, quotes),
 * ready to accept into the journey: the biggest drop-offs, the recurring complaints, the
 * lowest scores. Pure: reads the document and the journey's names.
 */
export function suggestFindings(document: AnalysisDocument, journey: Journey): Suggestion[] {
  const places = allSteps(journey);
  const name = new Map<string, string>();
  const findable = new Set<string>();
  for (const stage of journey.stages) name.set(stage.id, stage.name);
  for (const { step } of places) {
    name.set(step.id, step.name);
    findable.add(step.id);
    for (const t of step.touchpoints) {
      name.set(t.id, t.name ?? t.channel);
      findable.add(t.id);
    }
  }
  const suggestions: Suggestion[] = [];
  const stages = document.funnel?.stages ?? [];
  const drops = stages
    .map((stage, k) => ({ stage, next: stages[k + 1] }))
    .filter(
      (d) =>
        d.next !== undefined && d.stage.dropOff !== null && d.stage.customers >= 10 && d.stage.dropOff >= 0.2,
    )
    .sort((a, b) => (b.stage.dropOff ?? 0) - (a.stage.dropOff ?? 0))
    .slice(0, 3);
  for (const { stage, next } of drops) {
    const drop = stage.dropOff ?? 0;
    const lastStep = journey.stages.find((s) => s.id === stage.stage)?.steps.at(-1)?.id;
    suggestions.push({
      kind: 'painPoint',
      title: `${percent(drop)} of customers who reach ${name.get(stage.stage) ?? stage.stage} never reach ${name.get(next?.stage ?? '') ?? next?.stage}`,
      ...(lastStep !== undefined ? { at: lastStep } : {}),
      severity: severityOf(drop),
      reach: Math.min(1, drop * (stage.shareOfStart ?? 1)),
      evidence: [
        `${stage.customers} customers reached the stage; ${next?.customers ?? 0} went on (event log)`,
      ],
    });
  }
  const negativeComments =
    document.feedback?.sentiment.reduce((sum, s) => sum + s.comments * s.negativeShare, 0) ?? 0;
  for (const theme of (document.feedback?.themes ?? []).slice(0, 3)) {
    if (theme.comments < 3) continue;
    const at = theme.at.find((id) => findable.has(id));
    suggestions.push({
      kind: 'painPoint',
      title: `Negative comments keep mentioning “${theme.phrase}”${at !== undefined ? ` at ${name.get(at) ?? at}` : ''}`,
      ...(at !== undefined ? { at } : {}),
      severity: severityOf(negativeComments === 0 ? 0 : theme.comments / negativeComments + 0.2),
      evidence: [`${theme.comments} negative comments`, ...theme.quotes.map((q) => `“${q}”`)],
    });
  }
  const low = (document.feedback?.scores ?? []).filter(
    (s) =>
      s.responses >= 10 &&
      ((s.kind === 'csat' && s.value < 3.5) ||
        (s.kind === 'nps' && s.value < 0) ||
        (s.kind === 'ces' && s.value < 4)),
  );
  for (const score of low.slice(0, 3)) {
    const where = score.at === null ? 'overall' : `at ${name.get(score.at) ?? score.at}`;
    suggestions.push({
      kind: 'insight',
      title: `${score.kind.toUpperCase()} ${where} is ${score.value} (95% CI ${score.ciLow}–${score.ciHigh}, n = ${score.responses})`,
      ...(score.at !== null && findable.has(score.at) ? { at: score.at } : {}),
      evidence: ['survey export'],
    });
  }
  return suggestions;
}
