import { findChannel, type Journey, type Path, type Persona, type Stage, type Step } from '@waymark/core';
import type { ResolvedOptions } from '../options.js';
import type { Theme } from '../theme.js';
import { layoutPathTracks, type PathStepPlace, type PathTrack } from './pathTracks.js';

/** One step column of the grid (an empty stage gets one empty column). */
export interface Column {
  readonly index: number;
  readonly stage: Stage;
  readonly stageIndex: number;
  readonly step?: Step;
  /** "2.1": stage number, step number. */
  readonly label: string;
}

/** How a persona is drawn: the same colour in header, legend and curve. */
export interface PersonaStyle {
  readonly persona: Persona;
  readonly index: number;
  readonly color: string;
  readonly dash: readonly number[];
  readonly initials: string;
}

/** Where things are: computed once per render and shared by every lane. */
export interface MapIndex {
  readonly columns: readonly Column[];
  /** The columns each stage spans: [first, last]. */
  readonly stageSpans: ReadonlyMap<string, readonly [number, number]>;
  /** Step id → column, for steps on the main path. */
  readonly stepColumn: ReadonlyMap<string, number>;
  /** Step or touchpoint id → the id of the step it belongs to (main path and paths). */
  readonly stepOf: ReadonlyMap<string, string>;
  /** Step id → its name and label ("2.1", or "A1" for the first step of the first path). */
  readonly stepNames: ReadonlyMap<string, { readonly name: string; readonly label: string }>;
  /** Touchpoint id → its name, or its channel when unnamed. */
  readonly touchpointNames: ReadonlyMap<string, string>;
  readonly pathLetters: ReadonlyMap<string, string>;
  /** Where each alternative path is drawn (in `journey.paths` order). */
  readonly pathTracks: readonly PathTrack[];
  /** Path step or touchpoint id → the column its path step card is drawn in. */
  readonly pathStepColumn: ReadonlyMap<string, number>;
  /** Path step id → the id of its path. */
  readonly pathOfStep: ReadonlyMap<string, string>;
  /** Column → the path steps drawn in it (in path order, then step order). */
  readonly pathStepsByColumn: ReadonlyMap<number, readonly PathStepPlace[]>;
  /** Every persona (stable colours), and the ones whose curves are drawn. */
  readonly personas: readonly PersonaStyle[];
  readonly shownPersonas: readonly PersonaStyle[];
  readonly personaById: ReadonlyMap<string, PersonaStyle>;
  /** P1…, G1…, O1… in reading order. */
  readonly numbers: ReadonlyMap<string, string>;
  /** The column a pain point, gain or opportunity sits in; absent = journey-wide. */
  readonly findingColumn: ReadonlyMap<string, number>;
  /** The path whose step column a finding or opportunity sits in (absent: on the main path or journey-wide). */
  readonly findingPath: ReadonlyMap<string, string>;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const firstGrapheme = (text: string) =>
  graphemes.segment(text)[Symbol.iterator]().next().value?.segment ?? '';

/** The avatar text: `avatar` when it is short text (not an image URL), else initials of the name. */
export function personaInitials(persona: Persona): string {
  const avatar = persona.avatar?.trim();
  if (avatar && !/[/.:]/.test(avatar) && Array.from(graphemes.segment(avatar)).length <= 3) return avatar;
  const words = persona.name.split(/\s+/).filter((word) => word !== '');
  const first = words[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return (firstGrapheme(first) + (last ? firstGrapheme(last) : '')).toUpperCase();
}

/** "A", "B", … "Z", "A2", … */
export function pathLetter(index: number): string {
  const round = Math.floor(index / 26);
  return String.fromCharCode(65 + (index % 26)) + (round > 0 ? String(round + 1) : '');
}

function buildColumns(journey: Journey): { columns: Column[]; spans: Map<string, [number, number]> } {
  const columns: Column[] = [];
  const spans = new Map<string, [number, number]>();
  journey.stages.forEach((stage, stageIndex) => {
    const first = columns.length;
    if (stage.steps.length === 0) {
      columns.push({ index: columns.length, stage, stageIndex, label: `${stageIndex + 1}` });
    }
    stage.steps.forEach((step, stepIndex) => {
      columns.push({
        index: columns.length,
        stage,
        stageIndex,
        step,
        label: `${stageIndex + 1}.${stepIndex + 1}`,
      });
    });
    spans.set(stage.id, [first, columns.length - 1]);
  });
  return { columns, spans };
}

function indexSteps(journey: Journey, columns: readonly Column[]) {
  const stepColumn = new Map<string, number>();
  const stepOf = new Map<string, string>();
  const stepNames = new Map<string, { name: string; label: string }>();
  const pathLetters = new Map<string, string>();
  const touchpointNames = new Map<string, string>();
  const visit = (step: Step, label: string) => {
    stepOf.set(step.id, step.id);
    stepNames.set(step.id, { name: step.name, label });
    for (const touchpoint of step.touchpoints) {
      stepOf.set(touchpoint.id, step.id);
      touchpointNames.set(
        touchpoint.id,
        touchpoint.name ?? findChannel(touchpoint.channel)?.label ?? touchpoint.channel,
      );
    }
  };
  for (const column of columns) {
    if (!column.step) continue;
    stepColumn.set(column.step.id, column.index);
    visit(column.step, column.label);
  }
  journey.paths.forEach((path: Path, pathIndex) => {
    const letter = pathLetter(pathIndex);
    pathLetters.set(path.id, letter);
    for (const [stepIndex, step] of path.steps.entries()) visit(step, `${letter}${stepIndex + 1}`);
  });
  return { stepColumn, stepOf, stepNames, pathLetters, touchpointNames };
}

/** Where a finding sits: its column, and the path when the column is a path step's. */
interface Placement {
  readonly column: number;
  readonly path?: { readonly id: string; readonly index: number };
}

/** Reading order: by column, main path before alternative paths (in path order). */
function byReadingOrder(a: Placement, b: Placement): number {
  return a.column - b.column || (a.path?.index ?? -1) - (b.path?.index ?? -1);
}

/** Numbers findings in reading order, journey-wide ones (no placement) last; records the placements. */
function numberInOrder<T extends { id: string }>(
  items: readonly T[],
  prefix: string,
  placementOf: (item: T) => Placement | undefined,
  numbers: Map<string, string>,
  placements: Map<string, Placement>,
) {
  const placed = items.map((item, order) => ({ item, order, placement: placementOf(item) }));
  placed.sort((a, b) => {
    if (a.placement && b.placement) return byReadingOrder(a.placement, b.placement) || a.order - b.order;
    if (a.placement || b.placement) return a.placement ? -1 : 1;
    return a.order - b.order;
  });
  placed.forEach(({ item, placement }, position) => {
    numbers.set(item.id, `${prefix}${position + 1}`);
    if (placement) placements.set(item.id, placement);
  });
}

/** Builds the index for a journey and the resolved options. */
export function buildMapIndex(journey: Journey, options: ResolvedOptions, theme: Theme): MapIndex {
  const { columns, spans } = buildColumns(journey);
  const steps = indexSteps(journey, columns);
  const personas = journey.personas.map((persona, index) => ({
    persona,
    index,
    color: persona.color ?? theme.personaColors[index % theme.personaColors.length] ?? theme.text,
    dash: theme.personaDashes[index % theme.personaDashes.length] ?? [],
    initials: personaInitials(persona),
  }));
  const personaById = new Map(personas.map((style) => [style.persona.id, style]));
  const shownPersonas = options.personas.flatMap((id) => personaById.get(id) ?? []);

  const mainColumn = (id: string) => {
    const step = steps.stepOf.get(id);
    return step === undefined ? undefined : steps.stepColumn.get(step);
  };
  const { tracks, pathStepColumn, pathStepsByColumn } = layoutPathTracks(
    journey.paths,
    columns.length,
    mainColumn,
  );
  const pathIndexOfStep = new Map<string, { id: string; index: number }>();
  const pathOfStep = new Map<string, string>();
  journey.paths.forEach((path, pathIndex) => {
    for (const step of path.steps) {
      pathIndexOfStep.set(step.id, { id: path.id, index: pathIndex });
      pathOfStep.set(step.id, path.id);
    }
  });
  const placementOfAt = (at: string | undefined): Placement | undefined => {
    if (at === undefined) return undefined;
    const main = mainColumn(at);
    if (main !== undefined) return { column: main };
    const column = pathStepColumn.get(at);
    const step = steps.stepOf.get(at);
    const path = step === undefined ? undefined : pathIndexOfStep.get(step);
    return column === undefined || path === undefined ? undefined : { column, path };
  };
  const numbers = new Map<string, string>();
  const placements = new Map<string, Placement>();
  numberInOrder(journey.painPoints, 'P', (pain) => placementOfAt(pain.at), numbers, placements);
  numberInOrder(journey.gains, 'G', (gain) => placementOfAt(gain.at), numbers, placements);
  // An opportunity sits with the leftmost finding it addresses on the main path; only when it
  // addresses findings on alternative paths alone does it sit with the leftmost of those.
  numberInOrder(
    journey.opportunities,
    'O',
    (opportunity) => {
      const addressed = opportunity.addresses.flatMap((id) => placements.get(id) ?? []);
      const main = addressed.filter((placement) => !placement.path);
      return [...(main.length > 0 ? main : addressed)].sort(byReadingOrder)[0];
    },
    numbers,
    placements,
  );
  const findingColumn = new Map<string, number>();
  const findingPath = new Map<string, string>();
  for (const [id, placement] of placements) {
    findingColumn.set(id, placement.column);
    if (placement.path) findingPath.set(id, placement.path.id);
  }

  return {
    columns,
    stageSpans: spans,
    ...steps,
    personas,
    shownPersonas,
    personaById,
    pathTracks: tracks,
    pathStepColumn,
    pathOfStep,
    pathStepsByColumn,
    numbers,
    findingColumn,
    findingPath,
  };
}
