import type { Journey } from '../model/journey.js';
import type { Step, Touchpoint } from '../model/step.js';
import { diffList, type Entry, topLevel } from './diffList.js';
import {
  actionFields,
  emotionFields,
  gainFields,
  insightFields,
  journeyFields,
  metricFields,
  opportunityFields,
  painPointFields,
  pathFields,
  personaFields,
  stageFields,
  stepFields,
  touchpointFields,
} from './elementFields.js';
import { fieldChanges, quote } from './fieldChanges.js';
import { changeKinds, type JourneyChange, type JourneyDiff } from './journeyChange.js';
import { mergeOrder } from './longestCommonSubsequence.js';

/** Every step of a version, in stages (in order) then alternative paths, with its stage or path. */
function stepEntries(journey: Journey): Entry<Step>[] {
  const entries: Entry<Step>[] = [];
  for (const stage of journey.stages) {
    for (const [index, step] of stage.steps.entries()) {
      entries.push({ id: step.id, item: step, container: stage.id, where: stage.name, position: index + 1 });
    }
  }
  for (const path of journey.paths) {
    for (const [index, step] of path.steps.entries()) {
      const where = `path ${quote(path.name)}`;
      entries.push({ id: step.id, item: step, container: path.id, where, position: index + 1 });
    }
  }
  return entries;
}

function touchpointEntries(steps: readonly Entry<Step>[]): Entry<Touchpoint>[] {
  return steps.flatMap(({ item: step }) =>
    step.touchpoints.map((touchpoint, index) => ({
      id: touchpoint.id,
      item: touchpoint,
      container: step.id,
      where: quote(step.name),
      position: index + 1,
    })),
  );
}

const touchpointName = (t: Touchpoint) => (t.name ? `${t.channel}: ${t.name}` : t.channel);
const withSteps = (count: number) => (count === 0 ? '' : ` (with ${count} step${count === 1 ? '' : 's'})`);
const signed = (score: number) => (score > 0 ? `+${score}` : String(score));

/**
 * Emotions of the steps and personas present in both versions, per step (document order) and
 * persona. An added or removed step or persona already says its emotions came or went.
 */
function diffEmotions(
  before: Journey,
  after: Journey,
  beforeSteps: readonly Entry<Step>[],
  afterSteps: readonly Entry<Step>[],
): JourneyChange[] {
  const beforePersonas = new Set(before.personas.map((p) => p.id));
  const afterPersonas = new Set(after.personas.map((p) => p.id));
  const personaName = (id: string) =>
    after.personas.find((p) => p.id === id)?.name ?? before.personas.find((p) => p.id === id)?.name ?? id;
  const personaOrder = mergeOrder(
    before.personas.map((p) => p.id),
    after.personas.map((p) => p.id),
  );
  const beforeStep = new Map(beforeSteps.map((e) => [e.id, e.item]));
  const changes: JourneyChange[] = [];
  for (const { item: now } of afterSteps) {
    const was = beforeStep.get(now.id);
    if (was === undefined) continue;
    const keys = [...new Set([...personaOrder, ...Object.keys(was.emotions), ...Object.keys(now.emotions)])];
    for (const persona of keys) {
      if (beforePersonas.has(persona) !== afterPersonas.has(persona)) continue;
      const old = Object.hasOwn(was.emotions, persona) ? was.emotions[persona] : undefined;
      const current = Object.hasOwn(now.emotions, persona) ? now.emotions[persona] : undefined;
      if (old === undefined && current === undefined) continue;
      const id = `${now.id}/${persona}`;
      const subject = `Emotion of ${personaName(persona)} at ${quote(now.name)}`;
      if (old === undefined && current !== undefined) {
        const summary = `${subject} added: ${signed(current.score)}`;
        changes.push({ kind: 'added', element: 'emotion', id, summary, after: current });
      } else if (old !== undefined && current === undefined) {
        const summary = `${subject} removed (was ${signed(old.score)})`;
        changes.push({ kind: 'removed', element: 'emotion', id, summary, before: old });
      } else if (old !== undefined && current !== undefined) {
        if (old.score !== current.score) {
          const direction = current.score > old.score ? 'better' : 'worse';
          const summary = `${subject} changed from ${signed(old.score)} to ${signed(current.score)} (${direction})`;
          changes.push({
            kind: 'changed',
            element: 'emotion',
            id,
            summary,
            field: 'score',
            before: old.score,
            after: current.score,
          });
        }
        changes.push(...fieldChanges('emotion', id, subject, 'Emotion', old, current, emotionFields));
      }
    }
  }
  return changes;
}

/**
 * What changed from one version of a journey to the next, element by element, matched by id.
 *
 * - added / removed: an element only in the later / earlier version. Parts of an added or
 *   removed element are not listed again: the steps of an added stage or path, the touchpoints
 *   of an added step, the emotions of an added step or persona (the stage's summary counts its
 *   steps).
 * - moved: a stage reordered; a step moved to another stage or path, or reordered within its
 *   stage; a touchpoint moved to another step or reordered within it. Reorders are found with a
 *   longest common subsequence of the ids, so moving one step reports that step only.
 * - changed: one entry per changed field (names, descriptions, severity, channel, status,
 *   owner, scores, lists…); an emotion's score change says its direction (better / worse).
 *
 * Changes are grouped by element kind (journey, personas, stages, steps, touchpoints, emotions,
 * paths, insights, pain points, gains, opportunities, actions, metrics), each in document order.
 * The order of personas, paths, insights, pain points, gains, opportunities, actions and metrics
 * carries no meaning and is not reported.
 */
export function diffJourneys(before: Journey, after: Journey): JourneyDiff {
  const beforeSteps = stepEntries(before);
  const afterSteps = stepEntries(after);
  const containers = (journey: Journey) => new Set([...journey.stages, ...journey.paths].map((c) => c.id));
  const [beforeContainers, afterContainers] = [containers(before), containers(after)];
  const stepIds = (entries: readonly Entry<Step>[]) => new Set(entries.map((e) => e.id));
  const [beforeStepIds, afterStepIds] = [stepIds(beforeSteps), stepIds(afterSteps)];

  const changes: JourneyChange[] = [
    ...fieldChanges('journey', after.id, 'Journey', 'Journey', before, after, journeyFields),
    ...diffList(
      { element: 'persona', noun: 'Persona', name: (p) => p.name, fields: personaFields, moves: false },
      topLevel(before.personas),
      topLevel(after.personas),
    ),
    ...diffList(
      {
        element: 'stage',
        noun: 'Stage',
        name: (s) => s.name,
        fields: stageFields,
        moves: true,
        contents: (s) => withSteps(s.steps.length),
      },
      topLevel(before.stages),
      topLevel(after.stages),
    ),
    ...diffList(
      {
        element: 'step',
        noun: 'Step',
        name: (s) => s.name,
        fields: stepFields,
        moves: true,
        skipAdded: (e) => !beforeContainers.has(e.container),
        skipRemoved: (e) => !afterContainers.has(e.container),
      },
      beforeSteps,
      afterSteps,
    ),
    ...diffList(
      {
        element: 'touchpoint',
        noun: 'Touchpoint',
        name: touchpointName,
        fields: touchpointFields,
        moves: true,
        skipAdded: (e) => !beforeStepIds.has(e.container),
        skipRemoved: (e) => !afterStepIds.has(e.container),
      },
      touchpointEntries(beforeSteps),
      touchpointEntries(afterSteps),
    ),
    ...diffEmotions(before, after, beforeSteps, afterSteps),
    ...diffList(
      {
        element: 'path',
        noun: 'Path',
        name: (p) => p.name,
        fields: pathFields,
        moves: false,
        contents: (p) => withSteps(p.steps.length),
      },
      topLevel(before.paths),
      topLevel(after.paths),
    ),
    ...diffList(
      { element: 'insight', noun: 'Insight', name: (i) => i.text, fields: insightFields, moves: false },
      topLevel(before.insights),
      topLevel(after.insights),
    ),
    ...diffList(
      {
        element: 'painPoint',
        noun: 'Pain point',
        name: (p) => p.title,
        fields: painPointFields,
        moves: false,
      },
      topLevel(before.painPoints),
      topLevel(after.painPoints),
    ),
    ...diffList(
      { element: 'gain', noun: 'Gain', name: (g) => g.title, fields: gainFields, moves: false },
      topLevel(before.gains),
      topLevel(after.gains),
    ),
    ...diffList(
      {
        element: 'opportunity',
        noun: 'Opportunity',
        name: (o) => o.title,
        fields: opportunityFields,
        moves: false,
      },
      topLevel(before.opportunities),
      topLevel(after.opportunities),
    ),
    ...diffList(
      { element: 'action', noun: 'Action', name: (a) => a.title, fields: actionFields, moves: false },
      topLevel(before.actions),
      topLevel(after.actions),
    ),
    ...diffList(
      { element: 'metric', noun: 'Metric', name: (m) => m.name, fields: metricFields, moves: false },
      topLevel(before.metrics),
      topLevel(after.metrics),
    ),
  ];
  const counts = Object.fromEntries(changeKinds.map((kind) => [kind, 0])) as JourneyDiff['counts'];
  for (const change of changes) counts[change.kind]++;
  return { changes, counts };
}
