// The journey as one long table (CSV, the "Journey" sheet of XLSX): one row per value.
//
//   kind, id, stage, step, lane, persona, value
//
// `kind` says what the row describes, `lane` which of its fields (for steps: which lane of the
// map), `value` the value. Lists (thoughts, goals, blueprint lanes, insight ids…) take one row
// per item, in order. Rows address their element by id: `id` for most kinds, `step` + `persona`
// for emotions, the metric's `id` for measurements (a `date` row starts a new measurement).
// `stage` holds the stage or alternative path a step belongs to; on touchpoint and emotion rows
// it is only there to read and filter by.

/** The columns, in order. */
export const tableColumns = ['kind', 'id', 'stage', 'step', 'lane', 'persona', 'value'] as const;
export type TableColumn = (typeof tableColumns)[number];

/** One row of the table: every cell is text (numbers as JavaScript writes them). */
export type TableRow = Record<TableColumn, string>;

/** A table row with the line (CSV) or row number (XLSX) it was read from. */
export interface SourceRow {
  readonly row: TableRow;
  readonly line: number;
}

export type TableFieldType = 'text' | 'number' | 'boolean' | 'list';

export interface TableField {
  readonly lane: string;
  /** Where the value sits inside the element. */
  readonly path: readonly string[];
  readonly type: TableFieldType;
}

export type TableKind =
  | 'journey'
  | 'persona'
  | 'stage'
  | 'step'
  | 'touchpoint'
  | 'emotion'
  | 'path'
  | 'insight'
  | 'painPoint'
  | 'gain'
  | 'opportunity'
  | 'action'
  | 'metric'
  | 'measurement';

const field = (lane: string, type: TableFieldType = 'text', path = lane.split('.')): TableField => ({
  lane,
  path,
  type,
});
const backed = [field('evidence'), field('insights', 'list')];
const finding = [
  field('title'),
  field('description'),
  field('at'),
  field('severity', 'number'),
  field('reach', 'number'),
  field('personas', 'list'),
  ...backed,
];

/** The lanes each kind of row may have. The first field is the one that names the element. */
export const tableFields: Readonly<Record<TableKind, readonly TableField[]>> = {
  journey: [
    field('title'),
    field('id'),
    field('objective'),
    field('description'),
    field('scope'),
    field('state'),
    field('redesigns'),
    field('status'),
    field('owner'),
    field('version'),
    field('tags', 'list'),
    // A `review` row with no value keeps an empty review block.
    field('review', 'text', []),
    field('review.cadence'),
    field('review.lastReviewed'),
  ],
  persona: [
    field('name'),
    field('segment'),
    field('description'),
    field('goals', 'list'),
    field('needs', 'list'),
    field('frustrations', 'list'),
    field('behaviours', 'list'),
    field('quote'),
    field('share', 'number'),
    field('color'),
    field('avatar'),
  ],
  stage: [field('name'), field('description'), field('loop.to'), field('loop.reason'), ...backed],
  step: [
    field('name'),
    field('description'),
    field('thoughts', 'list'),
    field('momentOfTruth', 'text', ['momentOfTruth', 'reason']),
    field('frontstage', 'list', ['blueprint', 'frontstage']),
    field('backstage', 'list', ['blueprint', 'backstage']),
    field('support', 'list', ['blueprint', 'support']),
    field('systems', 'list', ['blueprint', 'systems']),
    field('physical', 'list', ['blueprint', 'physical']),
    field('detail'),
    ...backed,
  ],
  touchpoint: [
    field('channel'),
    field('name'),
    field('online', 'boolean'),
    field('department'),
    field('momentOfTruth', 'text', ['momentOfTruth', 'reason']),
    ...backed,
  ],
  emotion: [field('score', 'number'), field('thoughts', 'list'), ...backed],
  path: [
    field('name'),
    field('kind'),
    field('from'),
    field('rejoin'),
    field('share', 'number'),
    field('description'),
    ...backed,
  ],
  insight: [field('text'), field('source'), field('date'), field('reference'), field('personas', 'list')],
  painPoint: finding,
  gain: finding,
  opportunity: [
    field('title'),
    field('description'),
    field('addresses', 'list'),
    field('impact', 'number'),
    field('effort', 'number'),
    field('confidence', 'number'),
    field('reach', 'number'),
    field('status'),
    field('owner'),
    field('metrics', 'list'),
    ...backed,
  ],
  action: [
    field('title'),
    field('description'),
    field('opportunity'),
    field('owner'),
    field('department'),
    field('due'),
    field('status'),
    field('kpi.metric'),
    field('kpi.change', 'number'),
  ],
  metric: [
    field('name'),
    field('kind'),
    field('at'),
    field('unit'),
    field('direction'),
    field('baseline', 'number'),
    field('target', 'number'),
    ...backed,
  ],
  measurement: [field('date'), field('value', 'number'), field('source'), field('note')],
};

export const tableKinds = Object.keys(tableFields) as TableKind[];

export function isTableKind(kind: string): kind is TableKind {
  return Object.hasOwn(tableFields, kind);
}

/** The field of a lane, if the kind has it. */
export function findTableField(kind: TableKind, lane: string): TableField | undefined {
  return tableFields[kind].find((candidate) => candidate.lane === lane);
}
