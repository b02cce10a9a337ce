import { z } from 'zod';
import { Id, Text } from './primitives.js';

/**
 * How an event-name pattern is written: an exact name (`order_placed`), a glob where `*` is any
 * run of characters and `?` one character (`checkout_*`), or a regular expression between
 * slashes, optionally case-insensitive (`/^pay_(card|paypal)$/i`). Regular expressions run in the
 * analytics engine (RE2 in DuckDB and ClickHouse), so lookaround and backreferences are refused.
 */
export type PatternKind = 'exact' | 'glob' | 'regex';

const REGEX = /^\/(.+)\/(i?)$/s;
const RE2_UNSUPPORTED = /\(\?<?[=!]|\\[1-9]|\\k</;

/** The kind of a pattern as written. */
export function patternKind(pattern: string): PatternKind {
  if (REGEX.test(pattern)) return 'regex';
  return /[*?]/.test(pattern) ? 'glob' : 'exact';
}

/** Why a pattern cannot be used, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  const regex = REGEX.exec(pattern);
  if (regex === null) {
    if (pattern.startsWith('/') && pattern.length > 1 && !pattern.includes('/', 1))
      return `a regular expression ends with '/' (and an optional 'i'), like /^pay_.*$/i`;
    return undefined;
  }
  const [, source = '', flags = ''] = regex;
  if (RE2_UNSUPPORTED.test(source))
    return 'lookaround and backreferences are not supported in event patterns (the engines use RE2)';
  try {
    new RegExp(source, flags);
  } catch (error) {
    return `not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/** The regular expression (RE2 and JavaScript alike) a pattern matches whole names with. */
export function patternRegex(pattern: string): { source: string; caseInsensitive: boolean } {
  const regex = REGEX.exec(pattern);
  if (regex !== null) return { source: regex[1] ?? '', caseInsensitive: regex[2] === 'i' };
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return { source: `^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, caseInsensitive: false };
}

/** One event-name (or segment) pattern: exact, glob or /regex/. */
export const EventPattern = Text.superRefine((pattern, context) => {
  const problem = patternProblem(pattern);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
});

/** Patterns of the events (or segments) that belong to an element; absent when none are given. */
export const EventPatterns = z.array(EventPattern).optional();

/**
 * A journey-level signal: the events (optionally only on one channel) that belong to a step or
 * touchpoint. Signals are tried before the `events` written on touchpoints and steps.
 */
export const Signal = z
  .object({
    at: Id.describe('the step or touchpoint these events belong to'),
    events: z.array(EventPattern).min(1, { message: 'expected at least one event pattern' }),
    channel: Text.optional().describe("only events on this channel (the data's channel column)"),
  })
  .strict();
export type Signal = z.infer<typeof Signal>;
