import { type Diagnostic, formatDiagnostic } from '../diagnostic.js';
import { validateJourney } from '../format/parseJourney.js';
import type { ImportResult } from './interchangeFormat.js';

/** Where each part of an imported document came from: canonical path (`stages[0].steps[1]`) → 1-based line. */
export type SourceLines = ReadonlyMap<string, number>;

export interface FinishImportContext {
  readonly notes: string[];
  /** The lines, or a function that works them out (called only when there is a problem to place). */
  readonly lines?: SourceLines | (() => SourceLines);
  readonly fileName?: string;
}

/**
 * Validates an imported document by the same rules as a journey file (schema and references,
 * see format/parseJourney.ts). Problems are located at the line of the nearest part of the
 * imported document whose line is known; warnings become notes.
 */
export function finishImport(document: unknown, context: FinishImportContext): ImportResult {
  const result = validateJourney(document, { fileName: context.fileName });
  if (result.ok) {
    return {
      ok: true,
      journey: result.journey,
      notes: [...context.notes, ...result.warnings.map(formatDiagnostic)],
    };
  }
  const lines = typeof context.lines === 'function' ? context.lines() : context.lines;
  const errors = result.errors.map((diagnostic) => {
    const line = diagnostic.line ?? lineOf(diagnostic.path, lines);
    return line === undefined ? diagnostic : { ...diagnostic, line };
  });
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

/** The line of the longest known prefix of a formatted path (`a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``). */
function lineOf(path: string, lines: SourceLines | undefined): number | undefined {
  if (!lines) return undefined;
  for (let prefix = path; ; ) {
    const line = lines.get(prefix);
    if (line !== undefined) return line;
    if (prefix === '') return undefined;
    const cut = prefix.match(/^(.*?)(?:\.[^.[\]]+|\[[^\]]*\])$/);
    prefix = cut ? (cut[1] as string) : '';
  }
}
