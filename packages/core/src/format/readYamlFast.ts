import { load, Schema, type State, Type } from 'js-yaml';
import type { MapEntry, SourceNode } from './sourceNode.js';

/**
 * Reads YAML or JSON text into the same source tree as `readYaml`, without positions, several
 * times faster. It only answers when it can answer exactly: for an empty text, a syntax error,
 * a duplicate key, a tag, an anchor or alias, a directive, a key that looks like an array index
 * or anything else whose reading could differ from `readYaml`'s, it gives `undefined` and the
 * caller reads the text with `readYaml`, which says precisely what is wrong and where.
 */
export function readYamlFast(text: string): SourceNode | undefined {
  if (directive.test(text) || complexKey.test(text)) return undefined;
  if (blockDocument.test(text) && flowEndAtLineStart.test(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema, listener: refuseNodeProperties, onWarning: refuse });
  } catch {
    return undefined;
  }
  // Nothing, or a bare null: an empty document (`~` gives a PlainScalar).
  if (value === undefined || value === null) return undefined;
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
 * schema's other plain scalars. Its tag is our own, so an explicit `!!int` is unknown to js-yaml
 * and goes to the precise reader, like every other tag.
 */
const CORE_SCALAR = 'tag:waymark.dev,2026:core-scalar';
const coreScalar = new Type(CORE_SCALAR, {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && nonText.test(data),
  construct: (data: string) => new PlainScalar(coreValue(data), data),
});
const schema = new Schema({
  implicit: [coreScalar],
  explicit: [
    new Type('tag:yaml.org,2002:str', { kind: 'scalar', construct: (data) => data ?? '' }),
    new Type('tag:yaml.org,2002:seq', { kind: 'sequence', construct: (data) => data ?? [] }),
    new Type('tag:yaml.org,2002:map', { kind: 'mapping', construct: (data) => data ?? {} }),
  ],
});

/** Directives (`%YAML 1.1` changes the schema) are left to the precise reader. */
const directive = /^%/m;
/**
 * Keys that may be lists or maps (js-yaml would turn them into text): an explicit key `? …`,
 * or a flow collection before `:`. Text that merely looks like one only costs the fast path.
 */
const complexKey = /(?:^|[\s,[{])\?(?:\s|$)|[\]}]\s*:(?:\s|$)/m;
/** A document that is not one flow collection (JSON) … */
const blockDocument = /^\s*(?:#.*\s*)*[^\s{[#]/;
/** … where `yaml` warns about a flow collection closed at its parent's indentation. */
const flowEndAtLineStart = /^[ \t]*[\]}]/m;

/** Thrown to leave js-yaml as soon as the text needs the precise reader. */
class NeedsPreciseReader extends Error {}

const refuse = (): never => {
  throw new NeedsPreciseReader();
};

/** Tags (explicit or `!`) and anchors, hence aliases, are left to the precise reader. */
function refuseNodeProperties(event: string, state: State): void {
  if (event !== 'close') return;
  const { tag, anchor } = state as State & { readonly tag: unknown; readonly anchor: unknown };
  if ((tag !== null && tag !== '?' && tag !== CORE_SCALAR) || (anchor !== null && anchor !== undefined)) {
    refuse();
  }
}

/** Keys JavaScript objects order before all others, whatever their place in the text. */
const indexLike = /^(?:0|[1-9][0-9]*)$/;

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
      if (indexLike.test(key)) return undefined;
      const node = toSourceNode(record[key]);
      if (node === undefined) return undefined;
      entries.push({ key, value: node });
    }
    return { kind: 'map', entries };
  }
  return undefined;
}
