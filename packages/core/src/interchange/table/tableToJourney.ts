import { type Diagnostic, formatPath } from '../../diagnostic.js';
import { slugify } from '../../util/slug.js';
import { finishImport, importError, sortDiagnostics } from '../finishImport.js';
import type { ImportOptions, ImportResult } from '../interchangeFormat.js';
import {
  findTableField,
  isTableKind,
  type SourceRow,
  type TableField,
  type TableKind,
  tableFields,
  tableKinds,
} from './tableFields.js';

type Value = Record<string, unknown>;

/** The rows of one element, gathered. */
interface Gathered {
  readonly kind: TableKind;
  readonly id: string;
  readonly line: number;
  /** Stage or path id for steps, step id for touchpoints and emotions, metric id for measurements. */
  readonly parent: string;
  readonly persona: string;
  readonly value: Value;
  /** Line of each value, by its path inside the element. */
  readonly lines: Map<string, number>;
}

const keyed: ReadonlySet<TableKind> = new Set([
  'persona',
  'stage',
  'step',
  'touchpoint',
  'path',
  'insight',
  'painPoint',
  'gain',
  'opportunity',
  'action',
  'metric',
  'measurement',
]);

/**
 * Reads the journey table (see tableFields.ts) back into a journey. Every problem is reported
 * with the line (CSV) or row (XLSX) it is on; nothing is imported when there is one.
 */
export function tableToJourney(rows: readonly SourceRow[], options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName;
  const errors: Diagnostic[] = [];
  const notes: string[] = [];
  const fail = (line: number, message: string) => errors.push(importError('', message, { fileName, line }));
  const elements = new Map<TableKind, Map<string, Gathered>>(tableKinds.map((kind) => [kind, new Map()]));
  const measurements = new Map<string, Gathered[]>();

  for (const { row, line } of rows) {
    const kind = row.kind.trim();
    if (!isTableKind(kind)) {
      fail(line, `unknown kind '${kind}' (expected one of ${tableKinds.join(', ')})`);
      continue;
    }
    const lane = row.lane.trim();
    const field = findTableField(kind, lane);
    if (!field) {
      const lanes = tableFields[kind].map((f) => f.lane).join(', ');
      fail(line, `unknown lane '${lane}' for a ${kind} row (expected one of ${lanes})`);
      continue;
    }
    const id = row.id.trim();
    const stage = row.stage.trim();
    const step = row.step.trim();
    const persona = row.persona.trim();
    if (keyed.has(kind) && id === '') {
      fail(line, `a ${kind} row needs the ${kind === 'measurement' ? "metric's id" : 'id'} in the id column`);
      continue;
    }
    if (kind === 'step' && stage === '') {
      fail(line, `step '${id}' needs the id of its stage or alternative path in the stage column`);
      continue;
    }
    if ((kind === 'touchpoint' || kind === 'emotion') && step === '') {
      fail(line, `a ${kind} row needs the id of its step in the step column`);
      continue;
    }
    if (kind === 'emotion' && persona === '') {
      fail(line, 'an emotion row needs the id of its persona in the persona column');
      continue;
    }

    let element: Gathered | undefined;
    if (kind === 'measurement') {
      const list = measurements.get(id) ?? [];
      measurements.set(id, list);
      if (lane === 'date') list.push(gathered(kind, id, line, id, ''));
      element = list.at(-1);
      if (!element) {
        fail(line, `measurement '${lane}' of metric '${id}' comes before the measurement's date row`);
        continue;
      }
    } else {
      const parent = kind === 'step' ? stage : kind === 'touchpoint' || kind === 'emotion' ? step : '';
      const key = kind === 'journey' ? '' : kind === 'emotion' ? `${step}\u0000${persona}` : id;
      const byKey = elements.get(kind) as Map<string, Gathered>;
      element = byKey.get(key);
      if (!element) {
        element = gathered(kind, id, line, parent, persona);
        byKey.set(key, element);
      } else if (element.parent !== parent) {
        const where = kind === 'step' ? 'stage' : 'step';
        fail(
          line,
          `${kind} '${id}' is in ${where} '${element.parent}' on line ${element.line}, here in '${parent}'`,
        );
        continue;
      }
    }
    const problem = put(element, field, row.value.trim(), line);
    if (problem) fail(line, problem);
  }

  const assembled = assemble(elements, measurements, fail, notes);
  if (errors.length > 0) return { ok: false, errors: sortDiagnostics(errors) };
  return finishImport(assembled.journey, { notes, lines: assembled.lines, fileName });
}

function gathered(kind: TableKind, id: string, line: number, parent: string, persona: string): Gathered {
  return { kind, id, line, parent, persona, value: {}, lines: new Map() };
}

/** Puts one cell into its element; returns a message when the cell cannot be read. */
function put(element: Gathered, field: TableField, text: string, line: number): string | undefined {
  if (field.path.length === 0) {
    // the `review` marker: an empty review block
    element.value.review ??= {};
    return undefined;
  }
  if (text === '') return undefined;
  let value: unknown = text;
  if (field.type === 'number') {
    const number = Number(text);
    if (!Number.isFinite(number)) return `expected a number for '${field.lane}', got "${text}"`;
    value = number;
  } else if (field.type === 'boolean') {
    const word = text.toLowerCase();
    if (!['true', 'false', 'yes', 'no'].includes(word)) {
      return `expected true or false for '${field.lane}', got "${text}"`;
    }
    value = word === 'true' || word === 'yes';
  }
  let target = element.value;
  for (const key of field.path.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Value;
  }
  const last = field.path.at(-1) as string;
  const pathKey = field.path.join('.');
  if (field.type === 'list') {
    target[last] ??= [];
    const list = target[last] as unknown[];
    element.lines.set(`${pathKey}.${list.length}`, line);
    list.push(value);
    return undefined;
  }
  if (target[last] !== undefined) {
    const subject = element.kind === 'journey' ? 'the journey' : `${element.kind} '${element.id}'`;
    return `'${field.lane}' of ${subject} is given twice (first on line ${element.lines.get(pathKey)})`;
  }
  target[last] = value;
  element.lines.set(pathKey, line);
  return undefined;
}

/** Puts the gathered elements together into a journey document, with the line of every part. */
function assemble(
  elements: ReadonlyMap<TableKind, ReadonlyMap<string, Gathered>>,
  measurements: ReadonlyMap<string, readonly Gathered[]>,
  fail: (line: number, message: string) => void,
  notes: string[],
): { journey: Value; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  const all = (kind: TableKind) => [...(elements.get(kind)?.values() ?? [])];
  const locate = (element: Gathered, path: readonly PropertyKey[]) => {
    lines.set(formatPath(path), element.line);
    for (const [inner, line] of element.lines) {
      lines.set(
        formatPath([...path, ...inner.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))]),
        line,
      );
    }
  };
  const withId = (element: Gathered): Value => ({ id: element.id, ...element.value });

  const head = all('journey')[0];
  const journey: Value = { ...(head?.value ?? {}) };
  if (head) locate(head, []);
  if (journey.id === undefined && typeof journey.title === 'string') {
    journey.id = slugify(journey.title);
    notes.push(`no journey id; using "${journey.id}" from the title`);
  }

  const steps = new Map<string, Value>();
  const containers = new Map<string, { steps: Value[]; path: PropertyKey[] }>();
  const list = (kind: TableKind, key: string) =>
    all(kind).map((element, index) => {
      locate(element, [key, index]);
      const value = withId(element);
      if (kind === 'stage' || kind === 'path') {
        const children: Value[] = [];
        value.steps = children;
        containers.set(element.id, { steps: children, path: [key, index] });
      }
      return value;
    });

  journey.personas = list('persona', 'personas');
  journey.stages = list('stage', 'stages');
  journey.paths = list('path', 'paths');
  const stepPaths = new Map<string, PropertyKey[]>();
  for (const element of all('step')) {
    const container = containers.get(element.parent);
    if (!container) {
      fail(
        element.line,
        `step '${element.id}' is in '${element.parent}', which is no stage or alternative path`,
      );
      continue;
    }
    const path = [...container.path, 'steps', container.steps.length];
    const step: Value = { ...withId(element), touchpoints: [], emotions: {} };
    locate(element, path);
    container.steps.push(step);
    steps.set(element.id, step);
    stepPaths.set(element.id, path);
  }
  for (const element of all('touchpoint')) {
    const step = steps.get(element.parent);
    if (!step) {
      fail(
        element.line,
        `touchpoint '${element.id}' is on step '${element.parent}', which is not in the table`,
      );
      continue;
    }
    const touchpoints = step.touchpoints as Value[];
    locate(element, [...(stepPaths.get(element.parent) ?? []), 'touchpoints', touchpoints.length]);
    touchpoints.push(withId(element));
  }
  const personaIds = new Set(all('persona').map((element) => element.id));
  for (const element of all('emotion')) {
    const step = steps.get(element.parent);
    if (!step) {
      fail(
        element.line,
        `emotion of '${element.persona}' is on step '${element.parent}', which is not in the table`,
      );
      continue;
    }
    if (!personaIds.has(element.persona)) {
      fail(
        element.line,
        `emotion on step '${element.parent}' is for persona '${element.persona}', which is not in the table`,
      );
      continue;
    }
    locate(element, [...(stepPaths.get(element.parent) ?? []), 'emotions', element.persona]);
    (step.emotions as Value)[element.persona] = { ...element.value };
  }

  journey.insights = list('insight', 'insights');
  journey.painPoints = list('painPoint', 'painPoints');
  journey.gains = list('gain', 'gains');
  journey.opportunities = list('opportunity', 'opportunities');
  journey.actions = list('action', 'actions');
  const metrics = list('metric', 'metrics');
  journey.metrics = metrics;
  const metricIndex = new Map(metrics.map((metric, index) => [metric.id as string, index]));
  for (const [metricId, items] of measurements) {
    const index = metricIndex.get(metricId);
    if (index === undefined) {
      for (const item of items)
        fail(item.line, `measurement of metric '${metricId}', which is not in the table`);
      continue;
    }
    const values = items.map((item, n) => {
      locate(item, ['metrics', index, 'measurements', n]);
      return { ...item.value };
    });
    (metrics[index] as Value).measurements = values;
  }
  return { journey, lines };
}
