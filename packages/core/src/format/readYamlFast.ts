import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { needsPreciseReader } from './needsPreciseReader.js';
import type { MapEntry, SourceNode } from './sourceNode.js';

/**
 * Reads a YAML or JSON map into the same source tree as `readYaml`, without positions, many
 * times faster (js-yaml). It only answers when it can answer exactly: for an empty text, a
 * document that is not a map, a syntax error, a duplicate key, a tag, an anchor or alias, a key
 * that looks like an array index, or anything else whose reading could differ from `readYaml`'s
 * (see `needsPreciseReader`), it gives `undefined`, and the caller reads the text with
 * `readYaml`, which says precisely what is wrong and where.
 */
export function readYamlFast(text: string): SourceNode | undefined {
  if (needsPreciseReader(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema, onWarning: refuse });
  } catch {
    return undefined;
  }
  // A journey (or persona file) is a map; anything else is an error, and some top-level
  // scalars (block scalars, `---#c`) are read differently, so only maps are answered.
  if (!isMap(value)) return undefined;
  return toSourceNode(value);
}

/**
 * A plain scalar that YAML 1.2's core schema (as the `yaml` package applies it) reads as null, a
 * boolean or a number. `source` keeps the text as written, so `007` or `1.10` can still be read
 * as text where text is expected, and so a key stays the text it was written as.
 */
class PlainScalar {
  constructor(
    readonly value: null | boolean | number,
    readonly source: string,
  ) {}

  /** Keeps js-yaml from naming a key `[object Object]`: it uses `toString` for tagged objects. */
  get [Symbol.toStringTag](): string {
    return 'PlainScalar';
  }

  toString(): string {
    return this.source;
  }
}

/** Any plain scalar YAML 1.2's core schema reads as null, a boolean or a number (the union of the rules below). */
const nonText =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;

/** The `yaml` package's core schema, rule by rule and in its order (yaml/dist/schema/core). */
function coreValue(text: string): null | boolean | number {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return Number.parseFloat(text);
}

/**
 * Strings, lists and maps (js-yaml's failsafe schema) plus one implicit type for the core
 * schema's other plain scalars. Its tag is our own, so an explicit `!!int` would be unknown to
 * js-yaml (tags go to the precise reader before that).
 */
const schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:waymark.dev,2026:core-scalar', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && nonText.test(data),
      construct: (data: string) => new PlainScalar(coreValue(data), data),
    }),
  ],
});

/** js-yaml's warnings (an unknown directive, …) also send the text to the precise reader. */
const refuse = (): never => {
  throw new Error('the precise reader is needed');
};

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof PlainScalar);

/** Keys JavaScript objects order before all others, whatever their place in the text. */
const indexLike = /^(?:0|[1-9][0-9]*)$/;
const isDigit = (code: number) => code >= 48 && code <= 57;

function toSourceNode(value: unknown): SourceNode | undefined {
  if (typeof value === 'string') return { kind: 'scalar', value };
  if (value === null) return { kind: 'scalar', value: null };
  if (value instanceof PlainScalar) return { kind: 'scalar', value: value.value, source: value.source };
  if (Array.isArray(value)) {
    const items: SourceNode[] = [];
    for (const item of value) {
      const node = toSourceNode(item);
      if (node === undefined) return undefined;
      items.push(node);
    }
    return { kind: 'list', items };
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const entries: MapEntry[] = [];
    for (const key of Object.keys(record)) {
      if (isDigit(key.charCodeAt(0)) && indexLike.test(key)) return undefined;
      const node = toSourceNode(record[key]);
      if (node === undefined) return undefined;
      entries.push({ key, value: node });
    }
    return { kind: 'map', entries };
  }
  return undefined;
}
