// A persona's lists of text the details panel edits — goals, needs, frustrations, behaviours —
// each line by line (textLists.ts), as one update of that list. Pure.
import type { Journey, JourneyCommand } from '@waymark/core';
import { updateFields } from './cellIntents';

export const personaLists = [
  { key: 'goals', title: 'Goals', noun: 'Goal' },
  { key: 'needs', title: 'Needs', noun: 'Need' },
  { key: 'frustrations', title: 'Frustrations', noun: 'Frustration' },
  { key: 'behaviours', title: 'Behaviours', noun: 'Behaviour' },
] as const;

export type PersonaList = (typeof personaLists)[number]['key'];

/** The lines of one of a persona's lists (none when there is no such persona). */
export function personaLines(journey: Journey, persona: string, list: PersonaList): readonly string[] {
  return journey.personas.find((p) => p.id === persona)?.[list] ?? [];
}

/** The persona's list set to `next` (from textLists.ts: undefined, nothing changes). */
export function setPersonaList(
  journey: Journey,
  persona: string,
  list: PersonaList,
  next: readonly string[] | undefined,
): JourneyCommand[] {
  if (next === undefined) return [];
  return updateFields(journey, persona, { [list]: personaLines(journey, persona, list) }, { [list]: next });
}
