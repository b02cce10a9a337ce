import { Persona } from '@waymark/core';
import { z } from 'zod';
import { JourneyParams } from '../journeys/schema.js';
import { WorkspaceSlug } from '../workspaces/schema.js';

export const PersonaParams = z.object({ workspace: WorkspaceSlug, persona: z.string().min(1).max(200) });

/** A library persona: core's Persona with its revision and dates. */
export const LibraryPersona = z.object({
  persona: Persona,
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const PersonaList = z.object({ personas: z.array(LibraryPersona) });

/** The persona document (core's schema); checked by core's rules in the handler. */
export const PersonaBody = Persona;

export const AddPersonaParams = JourneyParams;
export const AddPersonaBody = z.object({ persona: z.string().min(1).describe('a library persona id') });
