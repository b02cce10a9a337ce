import type { ChangedElement, JourneyChange } from './journeyChange.js';

/**
 * How a field is compared and put into words:
 * - `text`: user text, quoted (`"Price unclear"`); numbers as they are;
 * - `plain`: a keyword, date or id, unquoted (`published`, `2026-06-01`);
 * - `name`: the element's name; a change reads as a rename;
 * - `list` / `ids`: a list of texts (quoted) or ids (unquoted), reported as added/removed items;
 * - `records`: a list of objects (like measurements), reported as added/removed entries.
 */
export type FieldKind = 'text' | 'plain' | 'name' | 'list' | 'ids' | 'records';

export interface FieldSpec<T> {
  /** The field as reported in `JourneyChange.field`, like `severity` or `blueprint.backstage`. */
  readonly field: string;
  /** In words, like `severity` or `backstage lane`. */
  readonly label: string;
  readonly get: (element: T) => unknown;
  readonly kind?: FieldKind;
  /** For `records`: one entry in words. */
  readonly describe?: (entry: unknown) => string;
}

/** The fields of an element that a diff compares, keyed by field name. */
export const field = <T>(
  name: keyof T & string,
  label: string = name,
  kind: FieldKind = 'text',
): FieldSpec<T> => ({ field: name, label, kind, get: (element) => element[name] });

/** Structural equality of JSON-like values; keys holding `undefined` count as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const entries = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);
  const left = entries(a);
  const right = new Map(entries(b));
  return (
    left.length === right.size &&
    left.every(([key, value]) => right.has(key) && sameValue(value, right.get(key)))
  );
}

const MAX_QUOTE = 60;

/** `"Compares prices on other sites"`, shortened with an ellipsis past 60 characters. */
export function quote(text: string): string {
  const short = [...text].length > MAX_QUOTE ? `${[...text].slice(0, MAX_QUOTE - 1).join('')}…` : text;
  return `"${short}"`;
}

/** A value in words: quoted text, plain keywords and numbers, yes/no, `(none)`. */
export function describeValue(value: unknown, kind: FieldKind = 'text'): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return kind === 'plain' ? value : quote(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map((v) => describeValue(v, kind)).join(', ');
  return JSON.stringify(value);
}

/** Items in `a` missing from `b`, as often as they are missing (a multiset difference). */
function without(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const rest = [...b];
  const missing: unknown[] = [];
  for (const item of a) {
    const index = rest.findIndex((other) => sameValue(item, other));
    if (index === -1) missing.push(item);
    else rest.splice(index, 1);
  }
  return missing;
}

function listSummary(spec: FieldSpec<never>, before: readonly unknown[], after: readonly unknown[]): string {
  const describe = (item: unknown) =>
    spec.kind === 'records' && spec.describe
      ? spec.describe(item)
      : describeValue(item, spec.kind === 'ids' ? 'plain' : 'text');
  const added = without(after, before).map(describe);
  const removed = without(before, after).map(describe);
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`removed ${removed.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'reordered';
}

/**
 * One `changed` entry per field that differs between two versions of an element. `subject` names
 * the element in words (`Step "Checkout"`); `elementName` labels a rename (`Step`).
 */
export function fieldChanges<T>(
  element: ChangedElement,
  id: string,
  subject: string,
  elementName: string,
  before: T,
  after: T,
  specs: readonly FieldSpec<T>[],
): JourneyChange[] {
  const changes: JourneyChange[] = [];
  for (const spec of specs) {
    const was = spec.get(before);
    const now = spec.get(after);
    if (sameValue(was, now)) continue;
    const kind = spec.kind ?? 'text';
    let summary: string;
    if (kind === 'name') {
      summary = `${elementName} ${describeValue(was)} renamed to ${describeValue(now)}`;
    } else if (kind === 'list' || kind === 'ids' || kind === 'records') {
      const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
      summary = `${subject}: ${spec.label}: ${listSummary(spec as FieldSpec<never>, list(was), list(now))}`;
    } else if (was === undefined) {
      summary = `${subject}: ${spec.label} set to ${describeValue(now, kind)}`;
    } else if (now === undefined) {
      summary = `${subject}: ${spec.label} removed (was ${describeValue(was, kind)})`;
    } else {
      summary = `${subject}: ${spec.label} changed from ${describeValue(was, kind)} to ${describeValue(now, kind)}`;
    }
    changes.push({ kind: 'changed', element, id, summary, field: spec.field, before: was, after: now });
  }
  return changes;
}
