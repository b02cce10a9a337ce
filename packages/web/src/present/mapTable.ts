import type { Journey, Path, Stage, Step } from '@waymark/core';
import type { LaneId } from '@waymark/render';
import type { EditTarget } from '../editor/editTargets';

// The map as a table for screen readers: one column per stage, one row per lane, each cell the
// lane's entries in that stage's steps. Built from the journey (not the drawing), so it says the
// same in words as the map does in pictures. Each entry says what editing it changes (the same
// targets as the map's in-place box), and each cell where the map takes a new item says where
// one goes, so the table edits everything the map edits. Pure.

/** A persona's score at a step: the emotion curve's point, set from the table with a choice. */
export interface EmotionPoint {
  /** Whose and where, in words: "Read the policy: Online shopper". */
  readonly label: string;
  readonly step: string;
  readonly persona: string;
  readonly score: number;
}

/** One entry of a cell: its words, and what editing it changes (absent: it is not edited as text). */
export interface TableEntry {
  readonly text: string;
  readonly target?: EditTarget;
  readonly emotion?: EmotionPoint;
}

/** Where a cell takes a new item: its lane, its stage, and the steps it could go to (none: the stage). */
export interface TableAddPlace {
  readonly lane: LaneId;
  readonly stage: string;
  readonly steps: readonly { readonly id: string; readonly name: string }[];
}

export interface TableCell {
  readonly entries: readonly TableEntry[];
  readonly add?: TableAddPlace;
}

export interface MapTableRow {
  readonly lane: string;
  /** Per stage, in the journey's order. */
  readonly cells: readonly TableCell[];
}

export interface MapTableModel {
  readonly stages: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly MapTableRow[];
}

interface Lane {
  readonly label: string;
  /** The map's lane, for the lanes that take new items in a cell. */
  readonly id?: LaneId;
  /** Whether a new item goes to one of the stage's steps (else to the stage). */
  readonly perStep?: boolean;
  readonly entries: (stage: Stage, journey: Journey) => TableEntry[];
}

/** The alternative paths that branch in a stage (after one of its steps): their steps show in its column. */
const pathsOf = (stage: Stage, journey: Journey): Path[] =>
  journey.paths.filter((path) => stage.steps.some((step) => step.id === path.from));

/** A stage's steps, then the steps of the alternative paths that branch in it. */
const stepsOf = (stage: Stage, journey: Journey): Step[] => [
  ...stage.steps,
  ...pathsOf(stage, journey).flatMap((path) => path.steps),
];

const perStep =
  (entries: (step: Step, journey: Journey) => TableEntry[]) => (stage: Stage, journey: Journey) =>
    stepsOf(stage, journey).flatMap((step) => entries(step, journey));

const element = (id: string): EditTarget => ({ kind: 'element', id });

type LineLane = 'thoughts' | 'frontstage' | 'backstage' | 'support' | 'systems' | 'physical';

/** A step's lines, each edited as that line (a persona's thoughts belong to the emotion, not here). */
const lines = (list: LineLane, of: (step: Step) => readonly string[]) =>
  perStep((step) =>
    of(step).map((text, index) => ({ text, target: { kind: 'line', ref: { list, step: step.id, index } } })),
  );

/** A score in words: +1, −0.5, 0. */
export const scoreWords = (score: number): string =>
  score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';

/** Pain points and gains belong to a step (of a path too), or to a touchpoint of one: the stage of either. */
function atStage(stage: Stage, journey: Journey, at: string | undefined): boolean {
  if (at === undefined) return false;
  return (
    stage.id === at ||
    stepsOf(stage, journey).some((step) => step.id === at || step.touchpoints.some((t) => t.id === at))
  );
}

const lanes: readonly Lane[] = [
  {
    label: 'Steps',
    id: 'actions',
    entries: (stage) => stage.steps.map((step) => ({ text: step.name, target: element(step.id) })),
  },
  {
    // The steps of an alternative path, after its name, in the column of the stage it branches in.
    label: 'Alternative paths',
    entries: (stage, journey) =>
      pathsOf(stage, journey).flatMap((path) => [
        { text: `${path.name} (${path.kind} path)`, target: element(path.id) },
        ...path.steps.map((step) => ({ text: `${path.name}: ${step.name}`, target: element(step.id) })),
      ]),
  },
  {
    label: 'Touchpoints',
    id: 'touchpoints',
    perStep: true,
    entries: perStep((step) =>
      step.touchpoints.map((t) => ({
        text: `${t.name ?? t.channel} (${t.channel})${t.momentOfTruth ? ', moment of truth' : ''}`,
        target: element(t.id),
      })),
    ),
  },
  { label: 'Thoughts', id: 'thoughts', perStep: true, entries: lines('thoughts', (step) => step.thoughts) },
  {
    label: 'Emotions',
    entries: perStep((step, journey) =>
      journey.personas.flatMap((persona) => {
        const emotion = step.emotions[persona.id];
        return emotion === undefined
          ? []
          : [
              {
                text: `${step.name}: ${persona.name} ${scoreWords(emotion.score)}`,
                emotion: {
                  label: `${step.name}: ${persona.name}`,
                  step: step.id,
                  persona: persona.id,
                  score: emotion.score,
                },
              },
            ];
      }),
    ),
  },
  {
    label: 'Pain points',
    id: 'painPoints',
    perStep: true,
    entries: (stage, journey) =>
      journey.painPoints
        .filter((p) => atStage(stage, journey, p.at))
        .map((p) => ({ text: `${p.title} (severity ${p.severity} of 5)`, target: element(p.id) })),
  },
  {
    label: 'Gains',
    id: 'gains',
    perStep: true,
    entries: (stage, journey) =>
      journey.gains
        .filter((g) => atStage(stage, journey, g.at))
        .map((g) => ({ text: g.title, target: element(g.id) })),
  },
  {
    label: 'Opportunities',
    id: 'opportunities',
    perStep: true,
    entries: (stage, journey) => {
      const here = new Set(journey.painPoints.filter((p) => atStage(stage, journey, p.at)).map((p) => p.id));
      return journey.opportunities
        .filter((o) => o.addresses.some((id) => here.has(id)))
        .map((o) => ({ text: o.title, target: element(o.id) }));
    },
  },
  {
    label: 'Frontstage',
    id: 'frontstage',
    perStep: true,
    entries: lines('frontstage', (s) => s.blueprint.frontstage),
  },
  {
    label: 'Backstage',
    id: 'backstage',
    perStep: true,
    entries: lines('backstage', (s) => s.blueprint.backstage),
  },
  {
    label: 'Support processes',
    id: 'support',
    perStep: true,
    entries: lines('support', (s) => s.blueprint.support),
  },
  { label: 'Systems', id: 'systems', perStep: true, entries: lines('systems', (s) => s.blueprint.systems) },
  {
    label: 'Physical evidence',
    id: 'physical',
    perStep: true,
    entries: lines('physical', (s) => s.blueprint.physical),
  },
  {
    label: 'Metrics',
    id: 'metrics',
    entries: (stage, journey) =>
      journey.metrics.filter((m) => m.at === stage.id).map((m) => ({ text: m.name, target: element(m.id) })),
  },
];

/**
 * The table of a journey. Read-only, lanes with nothing in any stage are left out (as the map
 * leaves them out); `editable`, every lane that takes new items stays, each cell with its place.
 */
export function mapTable(journey: Journey, { editable = false } = {}): MapTableModel {
  const rows = lanes
    .map((lane) => ({
      lane: lane.label,
      cells: journey.stages.map((stage): TableCell => {
        const entries = lane.entries(stage, journey);
        if (!editable || lane.id === undefined) return { entries };
        const steps = lane.perStep ? stepsOf(stage, journey).map(({ id, name }) => ({ id, name })) : [];
        if (lane.perStep && steps.length === 0) return { entries };
        return { entries, add: { lane: lane.id, stage: stage.id, steps } };
      }),
    }))
    .filter(
      (row) =>
        row.lane === 'Steps' || row.cells.some((cell) => cell.entries.length > 0 || cell.add !== undefined),
    );
  return { stages: journey.stages.map((stage) => ({ id: stage.id, name: stage.name })), rows };
}
