/** A starting point for a new journey: a complete, realistic map in the file format. */
export interface Template {
  /** Short name used on the command line: `waymark init --template hotel-stay`. */
  readonly id: string;
  readonly name: string;
  /** One line: who it is for and what it shows. */
  readonly description: string;
  readonly industry: string;
  /** The journey file, YAML in Waymark's file format (docs/format.md). */
  readonly source: string;
}
