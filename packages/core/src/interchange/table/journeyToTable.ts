import type { Journey } from '../../model/journey.js';
import type { Step } from '../../model/step.js';
import { type TableKind, type TableRow, tableFields } from './tableFields.js';

type Where = Partial<Pick<TableRow, 'id' | 'stage' | 'step' | 'persona'>>;

/** The journey as table rows (see tableFields.ts); `tableToJourney` reads them back without loss. */
export function journeyToTable(journey: Journey): TableRow[] {
  const rows: TableRow[] = [];
  const add = (kind: TableKind, where: Where, element: object) =>
    rows.push(...elementRows(kind, where, element));

  add('journey', {}, journey);
  if (journey.review && Object.keys(journey.review).length === 0) {
    rows.push(row('journey', {}, 'review', ''));
  }
  for (const persona of journey.personas) add('persona', { id: persona.id }, persona);
  const addStep = (container: string, step: Step) => {
    add('step', { id: step.id, stage: container }, step);
    for (const touchpoint of step.touchpoints) {
      add('touchpoint', { id: touchpoint.id, stage: container, step: step.id }, touchpoint);
    }
    for (const [persona, emotion] of Object.entries(step.emotions)) {
      add('emotion', { stage: container, step: step.id, persona }, emotion);
    }
  };
  for (const stage of journey.stages) {
    add('stage', { id: stage.id, stage: stage.id }, stage);
    for (const step of stage.steps) addStep(stage.id, step);
  }
  for (const path of journey.paths) {
    add('path', { id: path.id, stage: path.id }, path);
    for (const step of path.steps) addStep(path.id, step);
  }
  for (const insight of journey.insights) add('insight', { id: insight.id }, insight);
  for (const pain of journey.painPoints) add('painPoint', { id: pain.id }, pain);
  for (const gain of journey.gains) add('gain', { id: gain.id }, gain);
  for (const opportunity of journey.opportunities) add('opportunity', { id: opportunity.id }, opportunity);
  for (const action of journey.actions) add('action', { id: action.id }, action);
  for (const metric of journey.metrics) {
    add('metric', { id: metric.id }, metric);
    for (const measurement of metric.measurements) add('measurement', { id: metric.id }, measurement);
  }
  return rows;
}

function elementRows(kind: TableKind, where: Where, element: object): TableRow[] {
  const rows: TableRow[] = [];
  for (const field of tableFields[kind]) {
    if (field.path.length === 0) continue;
    const value = valueAt(element, field.path);
    if (value === undefined) continue;
    const values = field.type === 'list' && Array.isArray(value) ? value : [value];
    for (const item of values) rows.push(row(kind, where, field.lane, String(item)));
  }
  return rows;
}

function row(kind: TableKind, where: Where, lane: string, value: string): TableRow {
  return {
    kind,
    id: where.id ?? '',
    stage: where.stage ?? '',
    step: where.step ?? '',
    lane,
    persona: where.persona ?? '',
    value,
  };
}

function valueAt(element: object, path: readonly string[]): unknown {
  let value: unknown = element;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
