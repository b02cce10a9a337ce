import { z } from 'zod';

/** A schema without its optional/default/nullable wrappers. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  // By the definition's type rather than `instanceof`, which costs a trait lookup per class.
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      current = (def as z.core.$ZodOptionalDef<z.ZodType>).innerType;
    } else return current;
  }
}

/** The schema of a child: a field of an object, an item of a list, a value of a record. */
export function childSchema(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodObject) {
    return typeof key === 'string' && Object.hasOwn(inner.shape, key)
      ? (inner.shape[key] as z.ZodType)
      : undefined;
  }
  if (inner instanceof z.ZodArray) return typeof key === 'number' ? (inner.element as z.ZodType) : undefined;
  if (inner instanceof z.ZodRecord) return inner._zod.def.valueType as z.ZodType;
  return undefined;
}

/** The schema at a path, when the path stays inside the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (current === undefined) return undefined;
    current = childSchema(current, key);
  }
  return current;
}

/** The default value of a field schema, if it has one. */
export function defaultOf(schema: z.ZodType): { value: unknown } | undefined {
  if (schema instanceof z.ZodDefault) {
    const value: unknown = schema._zod.def.defaultValue;
    return { value: typeof value === 'function' ? (value as () => unknown)() : value };
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return defaultOf(schema.unwrap() as z.ZodType);
  }
  return undefined;
}

/** The kind of value a schema takes, in the words error messages use. */
export function expectedWords(schema: z.ZodType | undefined, fallback: string): string {
  if (schema === undefined) return wordFor(fallback);
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodNumber) return numberWords(inner);
  if (inner instanceof z.ZodEnum) return `one of ${inner.options.join(', ')}`;
  if (inner instanceof z.ZodLiteral) return `${[...inner.values].join(' or ')}`;
  return wordFor(inner._zod.def.type);
}

/** "a number from -2 to 2", "a whole number from 1 to 5", "a number of at least 0". */
export function numberWords(schema: z.ZodNumber): string {
  const kind = schema.isInt ? 'a whole number' : 'a number';
  const min =
    Number.isFinite(schema.minValue) && Math.abs(schema.minValue ?? 0) < 1e15 ? schema.minValue : null;
  const max =
    Number.isFinite(schema.maxValue) && Math.abs(schema.maxValue ?? 0) < 1e15 ? schema.maxValue : null;
  if (min !== null && max !== null) return `${kind} from ${min} to ${max}`;
  if (min !== null) return `${kind} of at least ${min}`;
  if (max !== null) return `${kind} of at most ${max}`;
  return kind;
}

function wordFor(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a map';
    default:
      return type;
  }
}
