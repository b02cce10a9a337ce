import type { Diagnostic } from '../diagnostic.js';
import type { Journey } from '../model/journey.js';

/** The ids of the formats Waymark can import from or export to. */
export type InterchangeFormatId = 'mermaid' | 'csv' | 'xlsx' | 'md' | 'json' | 'ujm' | 'yaml';

/**
 * What an importer gives back. `notes` say what was adjusted on the way in
 * (`line 7: score 7 is outside 1–5; clamped to 5`); `errors` say why nothing was imported.
 */
export type ImportResult =
  | { readonly ok: true; readonly journey: Journey; readonly notes: string[] }
  | { readonly ok: false; readonly errors: Diagnostic[] };

export interface ImportOptions {
  /** Used in diagnostics and, where a format has no title, to name the journey. */
  readonly fileName?: string;
}

/**
 * One import/export format. Every format is a module of this shape registered in
 * `interchangeFormats`; adding a format is adding a file. Formats are pure: text or bytes in,
 * text or bytes out.
 */
export interface InterchangeFormat {
  readonly id: InterchangeFormatId;
  readonly label: string;
  /** File name endings with the dot, lower case: `.mmd`, `.csv`. */
  readonly extensions: readonly string[];
  /** Whether the format is bytes (xlsx) rather than text. */
  readonly binary: boolean;
  import?(input: string | Uint8Array, options?: ImportOptions): Promise<ImportResult>;
  export?(journey: Journey): Promise<string | Uint8Array>;
}
