import type { Journey, Persona } from '@waymark/core';
import { avatarIdIn, avatarUrl } from '../personas/avatarUrl.js';

/** Rewrites the avatar pointers in checked (canonical JSON) documents. */
export interface AvatarRelinker {
  persona(document: string): string;
  journey(document: string): string;
}

/**
 * A restored avatar has a new id in a workspace with a new slug, so the personas that show it —
 * in the library and the copies journeys and versions keep — must point at its new URL. A URL
 * to an avatar the archive does not hold (an outside image, initials) is left as it is.
 */
export function relinkAvatars(workspaceSlug: string, newIds: ReadonlyMap<string, string>): AvatarRelinker {
  const relink = (persona: Persona): Persona => {
    const id = avatarIdIn(persona.avatar);
    const mapped = id === undefined ? undefined : newIds.get(id);
    return mapped === undefined ? persona : { ...persona, avatar: avatarUrl(workspaceSlug, mapped) };
  };
  return {
    persona: (document) =>
      newIds.size === 0 ? document : JSON.stringify(relink(JSON.parse(document) as Persona)),
    journey: (document) => {
      if (newIds.size === 0) return document;
      const journey = JSON.parse(document) as Journey;
      return JSON.stringify({ ...journey, personas: journey.personas.map(relink) });
    },
  };
}
