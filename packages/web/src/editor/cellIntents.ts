// What editing a lane's cell means, as core's commands. Pure, like intents.ts: the lanes whose
// items are elements (touchpoints, pain points, gains, opportunities, metrics) add and update
// those elements; the lanes whose items are a step's lines of text (thoughts, the blueprint
// lanes) update that step's list. The map and the details panel both call these.
import {
  allSteps,
  type BlueprintLane,
  blueprintLanes,
  findChannel,
  type Journey,
  type JourneyCommand,
  type Step,
} from '@waymark/core';
import type { LaneId } from '@waymark/render';
import { addPainPoint, addStep, kindOf } from './intents';
import { withAddedLine, withLine, withoutLine } from './textLists';

/** A step's list of text lines: its thoughts, a persona's thoughts, or a blueprint lane. */
export type LineList = 'thoughts' | BlueprintLane;

/** One line of a step's list; `persona`: the line is that persona's thought (their emotion's). */
export interface LineRef {
  readonly list: LineList;
  readonly step: string;
  readonly index: number;
  readonly persona?: string | undefined;
}

export const isLineList = (lane: string): lane is LineList =>
  lane === 'thoughts' || (blueprintLanes as readonly string[]).includes(lane);

/** A step on the main path or an alternative one. */
function stepOf(journey: Journey, id: string): Step | undefined {
  return allSteps(journey).find((place) => place.step.id === id)?.step;
}

/** The lines of a step's list as they are now (undefined: no such step, or the persona has no emotion there). */
export function linesOf(journey: Journey, step: string, list: LineList, persona?: string) {
  const found = stepOf(journey, step);
  if (found === undefined) return undefined;
  if (list !== 'thoughts') return found.blueprint[list];
  if (persona === undefined) return found.thoughts;
  return found.emotions[persona]?.thoughts;
}

/** The text of one line, if it exists. */
export function lineText(journey: Journey, ref: LineRef): string | undefined {
  return linesOf(journey, ref.step, ref.list, ref.persona)?.[ref.index];
}

/** The command that gives a step's list these lines. */
function setLines(journey: Journey, step: string, list: LineList, lines: string[], persona?: string) {
  const found = stepOf(journey, step);
  if (found === undefined) return [];
  if (list === 'thoughts' && persona !== undefined) {
    const emotion = found.emotions[persona];
    if (emotion === undefined) return [];
    return [{ op: 'emotion.set', step, persona, score: emotion.score, thoughts: lines } as const];
  }
  const set =
    list === 'thoughts' ? { thoughts: lines } : { blueprint: { ...found.blueprint, [list]: lines } };
  return [{ op: 'update', id: step, set } as const];
}

/** Change one line; a blank text removes it; nothing when unchanged. */
export function editLine(journey: Journey, ref: LineRef, text: string): JourneyCommand[] {
  const lines = linesOf(journey, ref.step, ref.list, ref.persona);
  const next = lines && withLine(lines, ref.index, text);
  return next ? setLines(journey, ref.step, ref.list, next, ref.persona) : [];
}

/** Add a line at the end of a step's list; nothing for blank text. */
export function addLine(
  journey: Journey,
  step: string,
  list: LineList,
  text: string,
  persona?: string,
): JourneyCommand[] {
  const lines = linesOf(journey, step, list, persona);
  const next = lines && withAddedLine(lines, text);
  return next ? setLines(journey, step, list, next, persona) : [];
}

/** Remove one line. */
export function removeLine(journey: Journey, ref: LineRef): JourneyCommand[] {
  const lines = linesOf(journey, ref.step, ref.list, ref.persona);
  const next = lines && withoutLine(lines, ref.index);
  return next ? setLines(journey, ref.step, ref.list, next, ref.persona) : [];
}

/**
 * A touchpoint at a step from what someone typed: a known channel's name or alias ("email",
 * "call centre") is that channel; any other text names a touchpoint on the `other` channel.
 */
export function addTouchpoint(journey: Journey, step: string, text: string): JourneyCommand[] {
  const value = text.trim();
  if (value === '' || stepOf(journey, step) === undefined) return [];
  const channel = findChannel(value);
  const item = channel ? { channel: channel.id } : { channel: 'other', name: value };
  return [{ op: 'add', kind: 'touchpoint', parent: step, item }];
}

/** A gain at a step. */
export function addGain(step: string, title: string): JourneyCommand[] {
  const text = title.trim();
  return text === '' ? [] : [{ op: 'add', kind: 'gain', item: { title: text, at: step } }];
}

/** An opportunity addressing the pain points at a step (so it is drawn in that step's column). */
export function addOpportunity(journey: Journey, step: string | undefined, title: string): JourneyCommand[] {
  const text = title.trim();
  if (text === '') return [];
  const addresses = journey.painPoints
    .filter((pain) => step !== undefined && pain.at === step)
    .map((p) => p.id);
  return [{ op: 'add', kind: 'opportunity', item: { title: text, addresses } }];
}

/** A metric (KPI) of a stage, or of the journey when no stage is given. */
export function addMetric(name: string, stage?: string): JourneyCommand[] {
  const text = name.trim();
  if (text === '') return [];
  return [{ op: 'add', kind: 'metric', item: { name: text, ...(stage ? { at: stage } : {}) } }];
}

/** An action for an opportunity. */
export function addAction(opportunity: string, title: string): JourneyCommand[] {
  const text = title.trim();
  return text === '' ? [] : [{ op: 'add', kind: 'action', item: { title: text, opportunity } }];
}

/** A cell of the map: a lane in one step column (or a stage's span, for metrics). */
export interface CellPlace {
  readonly lane: LaneId;
  readonly stage: string;
  readonly step?: string | undefined;
}

/** The lanes where typing into an empty place adds something, and what it adds (for the box's label). */
export const addableLanes: Partial<Readonly<Record<LaneId, string>>> = {
  actions: 'New step',
  touchpoints: 'New touchpoint (a channel or a name)',
  thoughts: 'New thought',
  painPoints: 'New pain point',
  gains: 'New gain',
  opportunities: 'New opportunity',
  frontstage: 'New frontstage action',
  backstage: 'New backstage action',
  support: 'New support process',
  systems: 'New system',
  physical: 'New physical evidence',
  metrics: 'New metric',
};

/** What typing `text` into a cell adds there. */
export function addToCell(journey: Journey, cell: CellPlace, text: string): JourneyCommand[] {
  const { lane, step, stage } = cell;
  if (text.trim() === '') return [];
  if (lane === 'metrics') return addMetric(text, stage);
  if (lane === 'opportunities') return addOpportunity(journey, step, text);
  if (lane === 'actions') {
    const commands = addStep(journey, stage);
    const first = commands[0];
    return first?.op === 'add' ? [{ ...first, item: { name: text.trim() } }] : [];
  }
  if (step === undefined) return [];
  if (lane === 'touchpoints') return addTouchpoint(journey, step, text);
  if (lane === 'painPoints') return addPainPoint(step, text, 3);
  if (lane === 'gains') return addGain(step, text);
  if (isLineList(lane)) return addLine(journey, step, lane, text);
  return [];
}

/**
 * Set fields of an element; unchanged fields are left out, and `null` (a cleared field) removes
 * an optional one. Nothing when nothing changes or the element is gone.
 */
export function updateFields(
  journey: Journey,
  id: string,
  current: Readonly<Record<string, unknown>>,
  set: Readonly<Record<string, unknown>>,
): JourneyCommand[] {
  if (kindOf(journey, id) === undefined) return [];
  const changed = Object.fromEntries(
    Object.entries(set).filter(
      ([key, value]) => JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null),
    ),
  );
  return Object.keys(changed).length === 0 ? [] : [{ op: 'update', id, set: changed }];
}

/** Make a step or touchpoint a moment of truth with this reason, or (blank) no longer one. */
export function setMomentOfTruth(
  journey: Journey,
  id: string,
  current: Readonly<Record<string, unknown>>,
  reason: string | undefined,
): JourneyCommand[] {
  const text = reason?.trim();
  return updateFields(journey, id, current, {
    momentOfTruth: text === undefined || text === '' ? null : { reason: text },
  });
}
