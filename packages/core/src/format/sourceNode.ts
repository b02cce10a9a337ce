/** Where a value was written: a file (when named) and a 1-based line and column. */
export interface Location {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A document as written, before normalisation: maps, lists and scalars, each with the place
 * it came from when it was read from text. Values from an API payload carry no location.
 */
export type SourceNode = MapNode | ListNode | ScalarNode;

export interface MapNode {
  readonly kind: 'map';
  readonly entries: readonly MapEntry[];
  readonly loc?: Location;
  /** Written inline, `{ a: 1, b: 2 }`. */
  readonly flow?: boolean;
}

export interface MapEntry {
  readonly key: string;
  readonly keyLoc?: Location;
  readonly value: SourceNode;
}

export interface ListNode {
  readonly kind: 'list';
  readonly items: readonly SourceNode[];
  readonly loc?: Location;
}

export interface ScalarNode {
  readonly kind: 'scalar';
  /** A string, number, boolean or null from text; anything from an API payload. */
  readonly value: unknown;
  /** The text of an unquoted scalar, so `007` or `1.10` can be read as text where text is expected. */
  readonly source?: string;
  readonly loc?: Location;
}

/** The source tree of an already-parsed value (an API payload). `undefined` fields count as absent. */
export function sourceFromValue(value: unknown): SourceNode {
  if (Array.isArray(value)) return { kind: 'list', items: value.map(sourceFromValue) };
  if (isPlainObject(value)) {
    const entries: MapEntry[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) entries.push({ key, value: sourceFromValue(item) });
    }
    return { kind: 'map', entries };
  }
  return { kind: 'scalar', value };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The plain value of a node (maps become objects built safely, so a `__proto__` key stays data). */
export function plainValue(node: SourceNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'list':
      return node.items.map(plainValue);
    case 'map':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, plainValue(entry.value)]));
  }
}

/** Whether a node is a null scalar (`key:` with nothing after it). */
export const isNull = (node: SourceNode): boolean => node.kind === 'scalar' && node.value === null;

/** The text of a scalar, reading numbers and booleans as written (`007`, `1.10`, `yes`). */
export function scalarText(node: SourceNode): string | undefined {
  if (node.kind !== 'scalar') return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' || typeof node.value === 'boolean') {
    return node.source ?? String(node.value);
  }
  return undefined;
}

/** A short description of what a node holds, for "got …" in messages. */
export function describeNode(node: SourceNode): string {
  if (node.kind === 'map') return 'a map';
  if (node.kind === 'list') return 'a list';
  return describeValue(node.value);
}

/** A short description of a value, for "got …" in messages: `5`, `'publshed'`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `'${shown}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return typeof value;
}
