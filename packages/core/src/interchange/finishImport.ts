import type { z } from 'zod';
import { type Diagnostic, formatPath } from '../diagnostic.js';
import { Journey } from '../model/journey.js';
import type { ImportResult } from './interchangeFormat.js';

/** Where each part of an imported document came from: canonical path → 1-based line. */
export type SourceLines = ReadonlyMap<string, number>;

export interface FinishImportContext {
  readonly notes: string[];
  readonly lines?: SourceLines;
  readonly fileName?: string;
}

/**
 * Validates an imported document against the journey schema. Schema problems become
 * diagnostics located at the line of the nearest part of the document whose line is known.
 */
export function finishImport(document: unknown, context: FinishImportContext): ImportResult {
  const parsed = Journey.safeParse(document);
  if (parsed.success) return { ok: true, journey: parsed.data, notes: context.notes };
  const errors = parsed.error.issues.map((issue) =>
    importError(formatPath(issue.path), humanMessage(issue, document), {
      fileName: context.fileName,
      line: lineOf(issue.path, context.lines),
    }),
  );
  return { ok: false, errors: sortDiagnostics(errors) };
}

/** An error diagnostic of an importer. */
export function importError(
  path: string,
  message: string,
  where: { fileName?: string | undefined; line?: number | undefined; column?: number | undefined } = {},
): Diagnostic {
  return {
    severity: 'error',
    path,
    message,
    ...(where.fileName === undefined ? {} : { file: where.fileName }),
    ...(where.line === undefined ? {} : { line: where.line }),
    ...(where.column === undefined ? {} : { column: where.column }),
  };
}

/** Diagnostics in file order; those without a line keep their order at the end. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        (a.diagnostic.line ?? Number.MAX_SAFE_INTEGER) - (b.diagnostic.line ?? Number.MAX_SAFE_INTEGER) ||
        (a.diagnostic.column ?? 0) - (b.diagnostic.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ diagnostic }) => diagnostic);
}

function lineOf(path: readonly PropertyKey[], lines: SourceLines | undefined): number | undefined {
  if (!lines) return undefined;
  for (let length = path.length; length >= 0; length--) {
    const line = lines.get(formatPath(path.slice(0, length)));
    if (line !== undefined) return line;
  }
  return undefined;
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** Zod's issue in words a person who wrote the file understands. */
function humanMessage(issue: z.core.$ZodIssue, document: unknown): string {
  const value = valueAt(document, issue.path);
  const field = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `missing ${typeof field === 'string' ? `'${field}'` : 'a value'}`;
      if (issue.expected === 'int') return `expected a whole number, got ${describe(value)}`;
      return `expected ${issue.expected}, got ${describe(value)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}, got ${describe(value)}`;
    case 'too_small':
      return typeof value === 'string' || Array.isArray(value)
        ? issue.message
        : `expected at least ${String(issue.minimum)}, got ${describe(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, got ${describe(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    default:
      return issue.message;
  }
}
