export const changeKinds = ['added', 'removed', 'moved', 'changed'] as const;
/** What happened to an element between two versions of a journey. */
export type ChangeKind = (typeof changeKinds)[number];

/** The kinds of element a change is about, in the order a diff lists them. */
export const changedElements = [
  'journey',
  'persona',
  'stage',
  'step',
  'touchpoint',
  'emotion',
  'path',
  'insight',
  'painPoint',
  'gain',
  'opportunity',
  'action',
  'metric',
] as const;
export type ChangedElement = (typeof changedElements)[number];

/** One change between two versions of a journey, in words and in data. */
export interface JourneyChange {
  readonly kind: ChangeKind;
  readonly element: ChangedElement;
  /** The element's id; for an emotion `${stepId}/${personaId}`. */
  readonly id: string;
  /** The change in words: `Step "Compares prices" moved from Consideration to Purchase`. */
  readonly summary: string;
  /** For `changed`: the field, like `name`, `severity`, `score`, `blueprint.backstage`, `review.cadence`. */
  readonly field?: string;
  /**
   * added: `after` is the new element; removed: `before` is the old one; changed: the field's
   * values; moved: `{ in, position }` (the stage, path or step holding it; 1-based position).
   */
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface JourneyDiff {
  /** Grouped by element kind (journey, personas, stages, steps, …), each in document order. */
  readonly changes: JourneyChange[];
  readonly counts: Record<ChangeKind, number>;
}
