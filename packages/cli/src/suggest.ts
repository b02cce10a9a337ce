import { closest } from '@waymark/core';

/**
 * The closing words of an "unknown X" message for a value typed on the command line:
 * ` (did you mean 'hotel-stay'?)` when one choice is close, else the list of choices.
 */
export function suggestion(value: string, choices: readonly string[]): string {
  const match = closest(value, choices);
  if (match !== undefined) return ` (did you mean '${match}'?)`;
  return choices.length > 0 ? `; expected one of: ${choices.join(', ')}` : '';
}
