import type { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
import { formatPath } from '../diagnostic.js';
import { didYouMean } from '../util/suggest.js';
import type { ElementName } from './fieldNames.js';
import { canonicalKey, elementSchemas, fieldAliases, fieldsOf } from './fieldNames.js';
import type { Draft, DraftPath } from './idRegistry.js';
import { OriginIndex } from './originIndex.js';
import { unwrapSchema } from './schemaWalk.js';
import type { Location, MapEntry, MapNode, SourceNode } from './sourceNode.js';
import { isNull, scalarText } from './sourceNode.js';

/** Reads one field's value into the draft; `path` is the field's canonical path. */
export type FieldHandler = (value: SourceNode, path: DraftPath, draft: Draft, entry: MapEntry) => void;
export type FieldHandlers = Readonly<Record<string, FieldHandler>>;

const elementBySchema = new Map<z.ZodType, ElementName>(
  Object.entries(elementSchemas).map(([name, schema]) => [schema, name as ElementName]),
);

/**
 * Reads maps of fields into canonical drafts, guided by the model schema, and remembers
 * where each canonical path came from in the file.
 */
export class FieldReader {
  /** Where each canonical path was written, and the path to show for a shorthand. */
  readonly origins = new OriginIndex();
  readonly schemaErrors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];

  constructor(protected readonly fileName: string | undefined) {}

  diagnostic(severity: 'error' | 'warning', path: DraftPath, message: string, loc?: Location): Diagnostic {
    const file = loc?.file ?? this.fileName;
    return {
      severity,
      path: formatPath(path),
      message,
      ...(file !== undefined ? { file } : {}),
      ...(loc ? { line: loc.line, column: loc.column } : {}),
    };
  }

  record(path: DraftPath, loc: Location | undefined): void {
    if (loc !== undefined) this.origins.written(path, loc);
  }

  /** Where a canonical path (or its nearest recorded ancestor) was written. */
  locate(path: DraftPath): Location | undefined {
    return this.origins.locate(path);
  }

  /**
   * Reads the fields of an element into `draft`: canonical names, kebab-case spellings and
   * aliases are accepted; unknown fields are errors (with a suggestion); an empty value
   * (`key:` with nothing) counts as absent. Fields without a handler are read by the schema.
   */
  fields(
    node: MapNode,
    element: ElementName,
    path: DraftPath,
    handlers: FieldHandlers = {},
    draft: Draft = {},
  ): Draft {
    this.record(path, node.loc);
    const schema = elementSchemas[element];
    const spelled = new Map<string, string>();
    for (const entry of node.entries) {
      const field = canonicalKey(element, entry.key);
      if (field === undefined) {
        const candidates = [...fieldsOf(element), ...Object.keys(fieldAliases[element] ?? {})];
        const suggestion = didYouMean(entry.key, candidates);
        // `{ thoughts: Same jacket, €30 less? }`: the comma ended the text and began a "field".
        const comma = suggestion === '' && node.flow === true && isNull(entry.value);
        const hint = comma ? '; text with a comma inside { } or [ ] needs quotes' : '';
        const message = `unknown field '${entry.key}'${suggestion}${hint}`;
        this.schemaErrors.push(this.diagnostic('error', path, message, entry.keyLoc ?? node.loc));
        continue;
      }
      const fieldPath = [...path, field];
      const earlier = spelled.get(field);
      if (earlier !== undefined) {
        const message = `'${field}' is given twice (as '${earlier}' and '${entry.key}'); the first is used`;
        this.warnings.push(this.diagnostic('warning', fieldPath, message, entry.keyLoc));
        continue;
      }
      spelled.set(field, entry.key);
      if (isNull(entry.value)) continue;
      this.record(fieldPath, entry.value.loc ?? entry.keyLoc);
      const handler = handlers[field];
      if (handler) handler(entry.value, fieldPath, draft, entry);
      else draft[field] = this.byShape(entry.value, schema.shape[field] as z.ZodType | undefined, fieldPath);
    }
    return draft;
  }

  /**
   * Reads a value as the schema expects it: numbers and booleans written where text is
   * expected are read as written, a single value where a list is expected is a list of one,
   * maps of known elements go through `fields`. Anything else is passed on for zod to judge.
   */
  byShape(node: SourceNode, schema: z.ZodType | undefined, path: DraftPath): unknown {
    this.record(path, node.loc);
    if (schema === undefined) return this.plain(node, path);
    const inner = unwrapSchema(schema);
    // By the definition's type: `instanceof` on zod classes costs a trait lookup each time.
    const def = inner._zod.def;
    if (def.type === 'string') {
      const text = node.kind === 'scalar' ? scalarText(node) : undefined;
      return text ?? this.plain(node, path);
    }
    if (def.type === 'array') {
      const item = (def as z.core.$ZodArrayDef<z.ZodType>).element;
      if (node.kind === 'list')
        return node.items.map((child, index) => this.byShape(child, item, [...path, index]));
      if (node.kind === 'scalar' && unwrapSchema(item)._zod.def.type === 'string' && !isNull(node)) {
        return [this.byShape(node, item, [...path, 0])];
      }
      return this.plain(node, path);
    }
    if (def.type === 'object' && node.kind === 'map') {
      const element = elementBySchema.get(inner);
      if (element !== undefined) return this.fields(node, element, path);
    }
    if (def.type === 'record' && node.kind === 'map') {
      const valueType = (def as z.core.$ZodRecordDef).valueType as z.ZodType;
      return Object.fromEntries(
        node.entries.map((entry) => [entry.key, this.byShape(entry.value, valueType, [...path, entry.key])]),
      );
    }
    return this.plain(node, path);
  }

  /** The plain value of a node, recording where each part of it was written. */
  plain(node: SourceNode, path: DraftPath): unknown {
    this.record(path, node.loc);
    switch (node.kind) {
      case 'scalar':
        return node.value;
      case 'list':
        return node.items.map((item, index) => this.plain(item, [...path, index]));
      case 'map':
        return Object.fromEntries(
          node.entries.map((entry) => {
            this.record([...path, entry.key], entry.value.loc ?? entry.keyLoc);
            return [entry.key, this.plain(entry.value, [...path, entry.key])];
          }),
        );
    }
  }
}
