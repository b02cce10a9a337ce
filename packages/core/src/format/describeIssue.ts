import type { z } from 'zod';
import { didYouMean } from '../util/suggest.js';
import type { ElementName } from './fieldNames.js';
import { elementSchemas, fieldsOf } from './fieldNames.js';
import { expectedWords, numberWords, schemaAt, unwrapSchema } from './schemaWalk.js';
import { describeValue } from './sourceNode.js';

/** A zod issue in human words, at the path it should be shown at. */
export interface IssueText {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const zodDefault = /^(Invalid|Too (big|small)|Unrecognized)/;

/** Turns zod's issues into messages like "expected a number from -2 to 2, got 5". */
export function describeIssue(issue: z.core.$ZodIssue, root: z.ZodType): IssueText[] {
  const path = issue.path;
  const hasInput = 'input' in issue && issue.input !== undefined;
  const input: unknown = hasInput ? issue.input : undefined;
  const schema = schemaAt(root, path);
  const custom = !zodDefault.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (!hasInput) {
        const field = path.at(-1);
        return [{ path: path.slice(0, -1), message: `missing required field '${String(field)}'` }];
      }
      const expected = custom ? issue.message : `expected ${expectedWords(schema, issue.expected)}`;
      return [{ path, message: `${expected}, got ${describeValue(input)}` }];
    }
    case 'too_big':
    case 'too_small': {
      const inner = schema === undefined ? undefined : unwrapSchema(schema);
      if (issue.origin === 'number' && inner !== undefined && inner.def.type === 'number') {
        return [
          { path, message: `expected ${numberWords(inner as z.ZodNumber)}, got ${describeValue(input)}` },
        ];
      }
      if (custom) return [{ path, message: issue.message }];
      const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return [{ path, message: `expected ${bound}${unit}, got ${describeValue(input)}` }];
    }
    case 'invalid_value':
      return [
        {
          path,
          message: `expected one of ${issue.values.map(String).join(', ')}, got ${describeValue(input)}`,
        },
      ];
    case 'invalid_format': {
      const expected = custom ? issue.message : `expected text in the ${issue.format} format`;
      return [{ path, message: `${expected}, got ${describeValue(input)}` }];
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const why = inner && !zodDefault.test(inner.message) ? inner.message : 'expected an id';
      return [{ path, message: `${why}, got key ${describeValue(path.at(-1))}` }];
    }
    case 'unrecognized_keys': {
      const element = elementAt(schema);
      const candidates = element ? fieldsOf(element) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field '${key}'${didYouMean(key, candidates)}`,
      }));
    }
    default:
      return [{ path, message: hasInput ? `${issue.message} (got ${describeValue(input)})` : issue.message }];
  }
}

function elementAt(schema: z.ZodType | undefined): ElementName | undefined {
  if (schema === undefined) return undefined;
  const inner = unwrapSchema(schema);
  const found = Object.entries(elementSchemas).find(([, candidate]) => candidate === inner);
  return found?.[0] as ElementName | undefined;
}
