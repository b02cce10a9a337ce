import type { Diagnostic } from '../diagnostic.js';
import { Journey } from '../model/journey.js';
import { describeIssue } from './describeIssue.js';
import type { Normalised, NormaliseOptions } from './normaliseJourney.js';
import { normaliseJourney } from './normaliseJourney.js';
import { readYaml } from './readYaml.js';
import { readYamlFast } from './readYamlFast.js';
import type { Location, SourceNode } from './sourceNode.js';
import { sourceFromValue } from './sourceNode.js';
import { validateCanonical } from './validateCanonical.js';

/** How to read a journey: its file name (for diagnostics) and how to load persona files. */
export interface ParseOptions extends NormaliseOptions {
  /** Used in diagnostics. */
  readonly fileName?: string;
  /** Loads a file named relative to the journey file; core never touches the disk. */
  readonly loadFile?: (relativePath: string) => string | undefined;
}

export type ParseResult =
  | { readonly ok: true; readonly journey: Journey; readonly warnings: Diagnostic[] }
  | { readonly ok: false; readonly errors: Diagnostic[]; readonly warnings: Diagnostic[] };

/**
 * Reads a journey file (YAML or JSON text) into the canonical model. Every problem is reported
 * at once, with file, line and column: syntax errors first, then schema errors, then broken
 * references, each group in the order of the file.
 *
 * A clean file takes the fast path (js-yaml, no positions kept). Whenever that path would report
 * anything at all, or cannot read the text exactly as `yaml` does, the text is read again with
 * positions, so every diagnostic is the same as if only the precise path existed.
 */
export function parseJourney(source: string, options: ParseOptions = {}): ParseResult {
  const once = { ...options, ...loadOnce(options.loadFile) };
  return parseFast(source, once) ?? parseJourneyPrecisely(source, once);
}

/** The fast path's result when it is clean (a journey, no warning); otherwise nothing. */
function parseFast(source: string, options: ParseOptions): ParseResult | undefined {
  const root = readYamlFast(source);
  if (root === undefined) return undefined;
  const result = validateSource(root, options, [], []);
  return result.ok && result.warnings.length === 0 ? result : undefined;
}

/**
 * `parseJourney` by the precise path alone: `yaml` with every position kept. It gives the same
 * result as `parseJourney`, several times slower on a clean file; the tests hold them equal.
 */
export function parseJourneyPrecisely(source: string, options: ParseOptions = {}): ParseResult {
  const read = readYaml(source, options.fileName);
  if (read.fatal)
    return { ok: false, errors: sortDiagnostics(read.errors, options.fileName), warnings: read.warnings };
  if (read.root === undefined) {
    const empty = diagnosticAt('', 'the file is empty; a journey needs at least a title', options.fileName, {
      line: 1,
      column: 1,
    });
    return { ok: false, errors: [empty], warnings: read.warnings };
  }
  return validateSource(read.root, options, read.errors, read.warnings);
}

/** `loadFile` remembering what it gave, so a persona file is read once even when both paths run. */
function loadOnce(loadFile: ParseOptions['loadFile']): Pick<ParseOptions, 'loadFile'> {
  if (loadFile === undefined) return {};
  const loaded = new Map<string, string | undefined>();
  return {
    loadFile: (relativePath) => {
      if (!loaded.has(relativePath)) loaded.set(relativePath, loadFile(relativePath));
      return loaded.get(relativePath);
    },
  };
}

/**
 * Validates an already-parsed journey (an API payload) by the same rules as a file; no positions.
 *
 * A document already in canonical form (what the API returns, what commands produce) is checked
 * directly against the schema and the id rules (validateCanonical.ts), several times faster.
 * Anything that check is not sure of takes the precise path, so every result, journey and
 * diagnostic, is the same as if only the precise path existed.
 */
export function validateJourney(document: unknown, options: ParseOptions = {}): ParseResult {
  const journey = validateCanonical(document);
  if (journey !== undefined) return { ok: true, journey, warnings: [] };
  return validateJourneyPrecisely(document, options);
}

/**
 * `validateJourney` by the precise path alone (normalisation of the whole document); the tests
 * hold the two equal.
 */
export function validateJourneyPrecisely(document: unknown, options: ParseOptions = {}): ParseResult {
  if (document === undefined || document === null) {
    const empty = diagnosticAt(
      '',
      'the journey is empty; a journey needs at least a title',
      options.fileName,
    );
    return { ok: false, errors: [empty], warnings: [] };
  }
  return validateSource(sourceFromValue(document), options, [], []);
}

function validateSource(
  root: SourceNode,
  options: ParseOptions,
  syntaxErrors: Diagnostic[],
  warnings: Diagnostic[],
): ParseResult {
  const normalised = normaliseJourney(root, options);
  const allWarnings = sortDiagnostics([...warnings, ...normalised.warnings], options.fileName);
  const structural = [...syntaxErrors, ...normalised.syntaxErrors];
  const references = normalised.referenceErrors;
  const schema = [...normalised.schemaErrors];
  let journey: Journey | undefined;
  if (normalised.document !== undefined) {
    const parsed = Journey.safeParse(normalised.document, { reportInput: true });
    if (parsed.success) journey = parsed.data;
    else {
      // The journey's id comes from its title: a missing title is the one thing to say.
      const issues = parsed.error.issues;
      const noTitle = issues.some((issue) => issue.path.length === 1 && issue.path[0] === 'title');
      const shown = issues.filter((issue) => !(noTitle && issue.path.length === 1 && issue.path[0] === 'id'));
      schema.push(...zodDiagnostics(shown, normalised, options.fileName));
    }
  }
  // A broken reference already says what is wrong with its value; don't say it twice.
  const referenced = new Set(references.map((d) => d.path));
  const schemaOnly = schema.filter((d) => !referenced.has(d.path));
  const errors = [
    ...sortDiagnostics(structural, options.fileName),
    ...sortDiagnostics(schemaOnly, options.fileName),
    ...sortDiagnostics(references, options.fileName),
  ];
  if (errors.length > 0 || journey === undefined) return { ok: false, errors, warnings: allWarnings };
  return { ok: true, journey, warnings: allWarnings };
}

function zodDiagnostics(
  issues: readonly Parameters<typeof describeIssue>[0][],
  normalised: Normalised,
  fileName: string | undefined,
): Diagnostic[] {
  return issues.flatMap((issue) =>
    describeIssue(issue, Journey).map(({ path, message }) => {
      const shown = normalised.displayPath(path);
      return diagnosticAt(shown, message, fileName, normalised.locate(path));
    }),
  );
}

function diagnosticAt(
  path: string,
  message: string,
  fileName: string | undefined,
  loc?: Location,
): Diagnostic {
  const file = loc?.file ?? fileName;
  return {
    severity: 'error',
    path,
    message,
    ...(file !== undefined ? { file } : {}),
    ...(loc ? { line: loc.line, column: loc.column } : {}),
  };
}

/** Orders diagnostics by position: the journey file first, then other files by name; unplaced last. */
function sortDiagnostics(diagnostics: readonly Diagnostic[], mainFile: string | undefined): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.line === undefined ? 2 : d.file === mainFile ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
