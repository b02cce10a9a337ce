import { isMap, isScalar, isSeq, type Node, type Pair, parseDocument } from 'yaml';
import type { Journey } from '../model/journey.js';
import { type ParseOptions, parseJourney } from './parseJourney.js';
import { compactJourney, writeJourney, writeYamlValue } from './writeJourney.js';

/** What rewriteJourneyText did: kept the file's own text, or had to write it anew. */
export interface RewriteResult {
  readonly text: string;
  /** False when the file's text could not be kept and `text` is writeJourney's canonical YAML. */
  readonly keptLayout: boolean;
}

/**
 * Writes an edited journey back into the YAML text it was read from, keeping the text of every
 * top-level field the edit did not change exactly as the person wrote it — comments, short forms,
 * alignment, blank lines. Of a changed field: items appended to a list are inserted after its last
 * item; a field that is new goes at the end; any other change rewrites that one field in
 * writeJourney's style.
 *
 * The result is checked: it must read back as `after`. When it does not (or the text is not a
 * YAML mapping), the whole journey is written canonically instead and `keptLayout` is false, so the
 * caller can say so. `before` is the journey `text` holds; `options` are the ones it was parsed
 * with (persona files beside it), for the read-back.
 */
export function rewriteJourneyText(
  text: string,
  before: Journey,
  after: Journey,
  options: ParseOptions = {},
): RewriteResult {
  const canonical = (): RewriteResult => ({ text: writeJourney(after), keptLayout: false });
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return canonical();
  const old = compactJourney(before);
  const next = compactJourney(after);
  const splices: Splice[] = [];
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (sameValue(old[key], next[key])) continue;
    const pair = doc.contents.items.find((item) => keyName(item) === key) as Pair<Node, Node> | undefined;
    const splice = spliceFor(text, key, pair, old[key], next[key]);
    if (splice === undefined) return canonical();
    splices.push(splice);
  }
  const written = applySplices(text, splices);
  const reread = parseJourney(written, options);
  if (!reread.ok || !sameValue(compactJourney(reread.journey), next)) return canonical();
  return { text: written, keptLayout: true };
}

/** Replace `text.slice(from, to)` with `insert`. */
interface Splice {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** How one changed top-level field is written into the text; undefined when it cannot be. */
function spliceFor(
  text: string,
  key: string,
  pair: Pair<Node, Node> | undefined,
  old: unknown,
  next: unknown,
): Splice | undefined {
  if (pair === undefined) {
    if (next === undefined) return { from: text.length, to: text.length, insert: '' };
    // Absent from the text. When the text writes the old items elsewhere (pain points on their
    // steps, say) and the edit only appended, only the appended items are written here.
    const value = appendedTo(old, next) ?? next;
    const end = text.endsWith('\n') || text === '' ? '' : '\n';
    return { from: text.length, to: text.length, insert: `${end}${writeYamlValue({ [key]: value })}` };
  }
  const keyRange = pair.key?.range;
  const valueRange = pair.value?.range;
  if (keyRange === undefined || keyRange === null) return undefined;
  const appended = appendedTo(old, next);
  if (appended !== undefined && isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
    const first = pair.value.items[0] as Node | undefined;
    const lastEnd = valueRange?.[1];
    if (first?.range === undefined || first.range === null || lastEnd === undefined) return undefined;
    const indent = dashIndent(text, first.range[0]);
    if (indent === undefined) return undefined;
    const at = endOfLine(text, lastEnd - 1);
    const items = writeYamlValue(appended)
      .trimEnd()
      .split('\n')
      .map((line) => `${indent}${line}`);
    return { from: at, to: at, insert: `\n${items.join('\n')}` };
  }
  // Rewrite the field: from its key to the end of its value, in writeJourney's style.
  const to = valueRange?.[1] ?? keyRange[1];
  if (next === undefined) return { from: keyRange[0], to: endOfLine(text, to - 1) + 1, insert: '' };
  const keepNewline = text.slice(keyRange[0], to).endsWith('\n') ? '\n' : '';
  return { from: keyRange[0], to, insert: `${writeYamlValue({ [key]: next }).trimEnd()}${keepNewline}` };
}

/** The items `next` adds at the end of the list `old`, or undefined when it is not just that. */
function appendedTo(old: unknown, next: unknown): unknown[] | undefined {
  if (!Array.isArray(old) || !Array.isArray(next) || next.length <= old.length) return undefined;
  return old.every((item, i) => sameValue(item, next[i])) ? next.slice(old.length) : undefined;
}

/** The whitespace before the `- ` of the list item whose value starts at `offset`. */
function dashIndent(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const match = /^(\s*)- /.exec(text.slice(lineStart, offset + 1));
  return match?.[1];
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  // From the end, so earlier offsets stay valid; inserts at the same place keep their order.
  const ordered = splices.map((splice, index) => ({ splice, index }));
  ordered.sort((a, b) => b.splice.from - a.splice.from || b.index - a.index);
  for (const { splice } of ordered) out = out.slice(0, splice.from) + splice.insert + out.slice(splice.to);
  return out;
}

function keyName(pair: { key: unknown }): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
