import type { Journey } from '../../model/journey.js';
import { Id } from '../../model/primitives.js';
import type { Step } from '../../model/step.js';
import { JOURNEY_EXTENSION, journeyIri, STEP_EXTENSION, ujmChannel, ujmContext } from './ujmVocabulary.js';

type Json = Record<string, unknown>;

/** Drops undefined values and empty lists/objects, so the document only says what is there. */
function tidy(value: Json): Json {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => {
      if (v === undefined) return false;
      if (Array.isArray(v)) return v.length > 0;
      if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
      return true;
    }),
  );
}

/**
 * The journey as an OpenUJI UJM 1.0-draft document (compact JSON-LD). UJM's design-time terms
 * carry what they can: title, version, goal (objective), tags, personas (IRIs), steps (name,
 * description, first touchpoint and its channel; a step with a detail map is a CallStep),
 * transitions, phases (stages) and start/end. Everything else goes into two extension fields,
 * `waymark:journey` and `waymark:step`, so `importUjm` gives back the same journey.
 */
export function exportUjm(journey: Journey): string {
  const iri = (id: string) => journeyIri(journey.id, id);
  const mainSteps = journey.stages.flatMap((stage) => stage.steps);
  const steps = [...mainSteps, ...journey.paths.flatMap((path) => path.steps)].map((step) =>
    ujmStep(step, iri),
  );

  const transitions: Json[] = [];
  const link = (from: string, to: string, label?: string) => {
    if (from !== to) transitions.push(tidy({ type: 'Transition', from: iri(from), to: iri(to), label }));
  };
  mainSteps.forEach((step, i) => {
    const next = mainSteps[i + 1];
    if (next) link(step.id, next.id);
  });
  for (const stage of journey.stages) {
    const target = journey.stages.find((s) => s.id === stage.loop?.to);
    const last = stage.steps.at(-1);
    const first = target?.steps[0];
    if (last && first) link(last.id, first.id, 'loop');
  }
  for (const path of journey.paths) {
    const chain = [path.from, ...path.steps.map((step) => step.id), ...(path.rejoin ? [path.rejoin] : [])];
    chain.forEach((id, i) => {
      const next = chain[i + 1];
      if (next) link(id, next, path.kind);
    });
  }

  const phases = journey.stages
    .filter((stage) => stage.steps.length > 0)
    .map((stage) => ({
      id: iri(stage.id),
      type: 'Phase',
      name: stage.name,
      members: stage.steps.map((step, order) => ({ step: iri(step.id), order })),
    }));

  const extension = tidy({
    id: journey.id,
    description: journey.description,
    scope: journey.scope,
    state: journey.state,
    redesigns: journey.redesigns,
    status: journey.status,
    owner: journey.owner,
    review: journey.review,
    personas: journey.personas,
    // every stage in order; UJM phases need at least one step, so stages without steps live only here
    stages: journey.stages.map((stage) =>
      tidy({
        id: stage.id,
        name: stage.steps.length === 0 ? stage.name : undefined,
        description: stage.description,
        loop: stage.loop,
        evidence: stage.evidence,
        insights: stage.insights,
      }),
    ),
    paths: journey.paths.map(({ steps: pathSteps, ...path }) =>
      tidy({ ...path, steps: pathSteps.map((step) => step.id) }),
    ),
    insights: journey.insights,
    painPoints: journey.painPoints,
    gains: journey.gains,
    opportunities: journey.opportunities,
    actions: journey.actions,
    metrics: journey.metrics,
  });
  // the review block may be present and empty; keep it
  if (journey.review && Object.keys(journey.review).length === 0) extension.review = {};

  const document = tidy({
    '@context': ujmContext,
    id: journeyIri(journey.id),
    type: 'Journey',
    title: journey.title,
    version: journey.version,
    goal: journey.objective,
    personas: journey.personas.map((persona) => iri(persona.id)),
    tags: journey.tags,
    start: mainSteps[0] && iri(mainSteps[0].id),
    end: mainSteps.at(-1) && iri((mainSteps.at(-1) as Step).id),
    steps,
    transitions,
    phases,
    [JOURNEY_EXTENSION]: extension,
  });
  // UJM requires a steps list even when the journey has none yet
  document.steps = steps;
  return `${JSON.stringify(document, null, 2)}\n`;
}

function ujmStep(step: Step, iri: (id: string) => string): Json {
  const first = step.touchpoints[0];
  const blueprint = tidy({ ...step.blueprint });
  const extension = tidy({
    touchpoints: step.touchpoints,
    emotions: step.emotions,
    thoughts: step.thoughts,
    momentOfTruth: step.momentOfTruth,
    blueprint,
    evidence: step.evidence,
    insights: step.insights,
  });
  return tidy({
    id: iri(step.id),
    type: step.detail === undefined ? 'Step' : 'CallStep',
    name: step.name,
    description: step.description,
    touchpoint: first && iri(first.id),
    channel: first && ujmChannel(first.channel),
    calls: step.detail === undefined ? undefined : callee(step.detail),
    [STEP_EXTENSION]: extension,
  });
}

/** A detail map as the IRI a CallStep calls: a journey id becomes a Waymark journey IRI, a path or IRI stays. */
function callee(detail: string): string {
  return Id.safeParse(detail).success ? journeyIri(detail) : detail;
}
