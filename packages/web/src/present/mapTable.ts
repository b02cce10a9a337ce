import type { Journey, Stage, Step } from '@waymark/core';

// The map as a table for screen readers: one column per stage, one row per lane, each cell the
// lane's entries in that stage's steps. Built from the journey (not the drawing), so it says the
// same in words as the map does in pictures. Pure.

/** One entry of a cell; `id` when it is an element that can be renamed (a step). */
export interface TableEntry {
  readonly text: string;
  readonly id?: string;
}

export interface MapTableRow {
  readonly lane: string;
  /** Per stage, in the journey's order. */
  readonly cells: readonly (readonly TableEntry[])[];
}

export interface MapTableModel {
  readonly stages: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly MapTableRow[];
}

type Lane = readonly [label: string, entries: (stage: Stage, journey: Journey) => TableEntry[]];

const perStep =
  (entries: (step: Step, journey: Journey) => TableEntry[]) => (stage: Stage, journey: Journey) =>
    stage.steps.flatMap((step) => entries(step, journey));

const texts = (items: readonly string[]): TableEntry[] => items.map((text) => ({ text }));

const scoreWords = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');

/** Pain points and gains belong to a step, or to a touchpoint of one: the stage of either. */
function atStage(stage: Stage, at: string | undefined): boolean {
  if (at === undefined) return false;
  return (
    stage.id === at || stage.steps.some((step) => step.id === at || step.touchpoints.some((t) => t.id === at))
  );
}

const lanes: readonly Lane[] = [
  ['Steps', perStep((step) => [{ text: step.name, id: step.id }])],
  [
    'Touchpoints',
    perStep((step) =>
      step.touchpoints.map((t) => ({
        text: `${t.name ?? t.channel} (${t.channel})${t.momentOfTruth ? ', moment of truth' : ''}`,
      })),
    ),
  ],
  ['Thoughts', perStep((step) => texts(step.thoughts))],
  [
    'Emotions',
    perStep((step, journey) =>
      journey.personas.flatMap((persona) => {
        const emotion = step.emotions[persona.id];
        return emotion === undefined
          ? []
          : [{ text: `${step.name}: ${persona.name} ${scoreWords(emotion.score)}` }];
      }),
    ),
  ],
  [
    'Pain points',
    (stage, journey) =>
      journey.painPoints
        .filter((p) => atStage(stage, p.at))
        .map((p) => ({ text: `${p.title} (severity ${p.severity} of 5)` })),
  ],
  [
    'Gains',
    (stage, journey) => journey.gains.filter((g) => atStage(stage, g.at)).map((g) => ({ text: g.title })),
  ],
  [
    'Opportunities',
    (stage, journey) => {
      const here = new Set(journey.painPoints.filter((p) => atStage(stage, p.at)).map((p) => p.id));
      return journey.opportunities
        .filter((o) => o.addresses.some((id) => here.has(id)))
        .map((o) => ({ text: o.title }));
    },
  ],
  ['Frontstage', perStep((step) => texts(step.blueprint.frontstage))],
  ['Backstage', perStep((step) => texts(step.blueprint.backstage))],
  ['Support processes', perStep((step) => texts(step.blueprint.support))],
  ['Systems', perStep((step) => texts(step.blueprint.systems))],
  ['Physical evidence', perStep((step) => texts(step.blueprint.physical))],
];

/** The table of a journey; lanes with nothing in any stage are left out (as the map leaves them out). */
export function mapTable(journey: Journey): MapTableModel {
  const rows = lanes
    .map(([lane, entries]) => ({ lane, cells: journey.stages.map((stage) => entries(stage, journey)) }))
    .filter((row) => row.lane === 'Steps' || row.cells.some((cell) => cell.length > 0));
  return { stages: journey.stages.map((stage) => ({ id: stage.id, name: stage.name })), rows };
}
