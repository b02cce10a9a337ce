import type { Persona } from '@waymark/core';
import { newId } from '../db/rows.js';
import type { PersonaRow } from '../db/schema.js';

/** A new library persona's row: revision 1, its core document as JSON, its id as the slug. */
export function newPersonaRow(workspaceId: string, persona: Persona, at: string): PersonaRow {
  return {
    id: newId(),
    workspaceId,
    slug: persona.id,
    name: persona.name,
    document: JSON.stringify(persona),
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
}
