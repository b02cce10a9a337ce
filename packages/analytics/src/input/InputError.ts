/** A problem with an input file, found before anything was loaded: file, line, what was expected. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
    this.name = 'InputError';
  }
}
