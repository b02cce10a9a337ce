/** A problem found in a journey, located as precisely as the input allows. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** The path in the journey document, like `stages[1].steps[0].emotions.shopper`. */
  readonly path: string;
  /** What was expected and what was found. */
  readonly message: string;
  readonly file?: string;
  /** 1-based line and column in the file, when known. */
  readonly line?: number;
  readonly column?: number;
}

/** `jacket.yaml:14:18 stages[1].steps[0].emotions.shopper: expected a number from -2 to 2, got 5` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = [diagnostic.file, diagnostic.line, diagnostic.column].filter((part) => part !== undefined);
  const location = where.length > 0 ? `${where.join(':')} ` : '';
  const path = diagnostic.path ? `${diagnostic.path}: ` : '';
  return `${location}${path}${diagnostic.message}`;
}

/** Renders a path of keys and indexes as `stages[1].steps[0].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][\w-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
