// The fast check of a journey already in canonical form (what the API returns and what commands
// produce): the schema, then the few rules normalisation adds for such a document. It says only
// "clean" or "not sure"; anything it does not accept goes to the precise path, which says why.
import { Journey } from '../model/journey.js';
import type { Step } from '../model/step.js';
import type { ElementKind } from '../model/walk.js';

/**
 * The journey when `document` is canonical and clean, exactly as `normaliseJourney` + `Journey`
 * would read it with no error and no warning; otherwise `undefined` (not sure, take the precise
 * path). Clean means:
 *
 * - plain data: plain objects and dense arrays, no `undefined` value, no hidden (non-enumerable)
 *   key and no `__proto__` key, so the schema sees exactly what normalisation would (it walks
 *   the enumerable keys);
 * - the schema accepts it as it is: every field canonical, no shorthand, alias, null or number
 *   written as text (normalisation would accept those, so they are not errors, but they change
 *   the document);
 * - ids are unique across the journey (personas, stages, steps, touchpoints, paths, insights,
 *   pain points, gains, opportunities, actions, metrics);
 * - every reference is the exact id of an element of a kind it may name (normalisation would
 *   also resolve a name), and a stage loops back only to an earlier stage.
 */
export function validateCanonical(document: unknown): Journey | undefined {
  if (!isPlainData(document, 0)) return undefined;
  const parsed = Journey.safeParse(document);
  if (!parsed.success) return undefined;
  return referencesHold(parsed.data) ? parsed.data : undefined;
}

/** Deeper than any canonical journey (the deepest is ~8 levels); deeper input is not canonical. */
const MAX_DEPTH = 32;

/** Whether a value is plain JSON-like data, as `sourceFromValue` sees it in full. */
function isPlainData(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return value !== undefined;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    // Index by index: a hole reads as `undefined` and is refused like one.
    for (let index = 0; index < value.length; index++) {
      if (!isPlainData(value[index], depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(value);
  // zod skips a `__proto__` key in a record without a word; normalisation reads it as data.
  if (Object.getOwnPropertyNames(value).length !== keys.length || Object.hasOwn(value, '__proto__')) {
    return false;
  }
  for (const key of keys) {
    if (!isPlainData((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** Whether ids are unique and every reference names an element of the right kind by its id. */
function referencesHold(journey: Journey): boolean {
  const kinds = new Map<string, ElementKind>();
  const claim = (id: string, kind: ElementKind): boolean => {
    if (kinds.has(id)) return false;
    kinds.set(id, kind);
    return true;
  };
  const is = (id: string | undefined, ...allowed: ElementKind[]): boolean => {
    if (id === undefined) return true;
    const kind = kinds.get(id);
    return kind !== undefined && allowed.includes(kind);
  };
  const all = (ids: readonly string[], kind: ElementKind): boolean => ids.every((id) => is(id, kind));
  const cites = (element: { readonly insights: readonly string[] }) => all(element.insights, 'insight');

  // Ids first: a reference may name an element that comes later in the document.
  const steps: Step[] = [];
  const claimSteps = (list: readonly Step[]): boolean =>
    list.every((step) => {
      steps.push(step);
      return claim(step.id, 'step') && step.touchpoints.every((t) => claim(t.id, 'touchpoint'));
    });
  const stageOrder = new Map<string, number>();
  const claimed =
    journey.personas.every((p) => claim(p.id, 'persona')) &&
    journey.stages.every((stage, order) => {
      stageOrder.set(stage.id, order);
      return claim(stage.id, 'stage') && claimSteps(stage.steps);
    }) &&
    journey.paths.every((path) => claim(path.id, 'path') && claimSteps(path.steps)) &&
    journey.insights.every((i) => claim(i.id, 'insight')) &&
    journey.painPoints.every((p) => claim(p.id, 'painPoint')) &&
    journey.gains.every((g) => claim(g.id, 'gain')) &&
    journey.opportunities.every((o) => claim(o.id, 'opportunity')) &&
    journey.actions.every((a) => claim(a.id, 'action')) &&
    journey.metrics.every((m) => claim(m.id, 'metric'));
  if (!claimed) return false;

  const loopsBack = (to: string | undefined, order: number) =>
    to === undefined || (stageOrder.get(to) ?? order) < order;
  return (
    journey.stages.every((stage, order) => cites(stage) && loopsBack(stage.loop?.to, order)) &&
    steps.every(
      (step) =>
        cites(step) &&
        step.touchpoints.every(cites) &&
        Object.entries(step.emotions).every(([persona, emotion]) => is(persona, 'persona') && cites(emotion)),
    ) &&
    journey.paths.every((path) => is(path.from, 'step') && is(path.rejoin, 'step') && cites(path)) &&
    journey.insights.every((insight) => all(insight.personas, 'persona')) &&
    [...journey.painPoints, ...journey.gains].every(
      (finding) => is(finding.at, 'step', 'touchpoint') && all(finding.personas, 'persona') && cites(finding),
    ) &&
    journey.opportunities.every(
      (o) => all(o.addresses, 'painPoint') && all(o.metrics, 'metric') && cites(o),
    ) &&
    journey.actions.every((a) => is(a.opportunity, 'opportunity') && is(a.kpi?.metric, 'metric')) &&
    journey.metrics.every((m) => is(m.at, 'stage', 'step', 'touchpoint') && cites(m)) &&
    (journey.signals ?? []).every((signal) => is(signal.at, 'step', 'touchpoint'))
  );
}
