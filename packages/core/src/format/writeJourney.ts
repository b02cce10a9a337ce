import { Document, isMap, isScalar, isSeq, type Node, Scalar, visit } from 'yaml';
import { z } from 'zod';
import { Journey } from '../model/journey.js';
import { defaultOf, unwrapSchema } from './schemaWalk.js';

/**
 * Writes a journey as canonical YAML (or JSON): camelCase keys in the schema's order, defaults
 * and empty lists left out, explicit ids kept, personas as a map keyed by id, emotions as bare
 * numbers when they carry nothing but a score. `parseJourney(writeJourney(j))` gives `j` back.
 */
export function writeJourney(journey: Journey, format: 'yaml' | 'json' = 'yaml'): string {
  const plain = compactJourney(journey);
  if (format === 'json') return `${JSON.stringify(plain, null, 2)}\n`;
  return writeYamlValue(plain);
}

/** A plain value (part of a compact journey) as YAML in writeJourney's style. */
export function writeYamlValue(plain: unknown): string {
  const doc = new Document(plain, { aliasDuplicateObjects: false });
  flowShortLists(doc.contents);
  quoteOldBooleans(doc);
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** The journey as the file holds it: canonical, compact, in the schema's key order. */
export function compactJourney(journey: Journey): Record<string, unknown> {
  const out = compactObject(journey, Journey) ?? {};
  const personas = journey.personas.map((persona) =>
    compactObject(persona, Journey.shape.personas.unwrap().element),
  );
  // A map keyed by id, unless an id looks like an array index: JavaScript would reorder those keys.
  const indexLike = journey.personas.some((persona) => /^(0|[1-9]\d*)$/.test(persona.id));
  if (personas.length > 0 && !indexLike) {
    out.personas = Object.fromEntries(
      personas.map((persona) => {
        const { id, ...rest } = persona ?? {};
        return [String(id), rest];
      }),
    );
  }
  return reorder(out, Object.keys(Journey.shape));
}

function reorder(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (Object.hasOwn(value, key)) out[key] = value[key];
  return out;
}

/** An object's fields in schema order, without the ones that equal their default (empty lists, mostly). */
function compactObject(value: unknown, schema: z.ZodType): Record<string, unknown> | undefined {
  const inner = unwrapSchema(schema);
  if (!(inner instanceof z.ZodObject) || typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
    if (!Object.hasOwn(source, key)) continue;
    const written = compactValue(source[key], field, key);
    if (written === undefined) continue;
    const fallback = defaultOf(field);
    if (fallback !== undefined && sameValue(written, compactValue(fallback.value, field, key))) continue;
    out[key] = written;
  }
  return out;
}

function compactValue(value: unknown, schema: z.ZodType, key: string): unknown {
  if (value === undefined) return undefined;
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodObject) return compactObject(value, inner);
  if (inner instanceof z.ZodArray) {
    return Array.isArray(value)
      ? value.map((item) => compactValue(item, inner.element as z.ZodType, key))
      : value;
  }
  if (inner instanceof z.ZodRecord && typeof value === 'object' && value !== null) {
    const valueType = inner._zod.def.valueType as z.ZodType;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const written = compactValue(v, valueType, k);
        // An emotion with nothing but a score is written as the bare number.
        if (key === 'emotions' && isOnlyScore(written)) return [k, (written as { score: number }).score];
        return [k, written];
      }),
    );
  }
  return value;
}

const isOnlyScore = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 1 && 'score' in value;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Short lists of plain values (`tags: [a, b]`) and emotion maps are written on one line. */
function flowShortLists(node: unknown, key?: string): void {
  if (isMap(node)) {
    const numbersOnly = node.items.every(
      (pair) => typeof (pair.value as { value?: unknown })?.value === 'number',
    );
    if (key === 'emotions' && numbersOnly) (node as Node & { flow?: boolean }).flow = true;
    for (const pair of node.items)
      flowShortLists(pair.value, String((pair.key as { value?: unknown })?.value));
    return;
  }
  if (isSeq(node)) {
    const scalars = node.items.every((item) => !isMap(item) && !isSeq(item));
    const short =
      scalars && node.items.every((item) => String((item as { value?: unknown }).value).length <= 30);
    if (
      short &&
      node.items.length <= 6 &&
      !['thoughts', 'frontstage', 'backstage', 'support', 'systems', 'physical'].includes(key ?? '')
    ) {
      (node as Node & { flow?: boolean }).flow = true;
    }
    for (const item of node.items) flowShortLists(item);
  }
}

/** Words YAML 1.1 tools read as booleans; quoted so every reader sees text. */
const OLD_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

function quoteOldBooleans(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && OLD_BOOLEANS.test(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
}
