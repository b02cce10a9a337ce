// How one person likes to see one map: which lanes, in which order, and whose emotion curves.
// A view preference, kept in this browser's localStorage per journey, never a document edit (it
// changes nobody else's map). Pure functions over the stored value; the hook only reads and writes.
import type { Journey } from '@waymark/core';
import { type LaneId, laneIds, type RenderOptions } from '@waymark/render';

export interface ViewPrefs {
  /** The lanes shown, in order; absent: render's default (every lane with content). */
  readonly lanes?: readonly LaneId[];
  /** The personas whose curves are drawn; absent: all. */
  readonly personas?: readonly string[];
}

export const viewPrefsKey = (workspace: string, journey: string) => `waymark:view:${workspace}/${journey}`;

const isLane = (value: unknown): value is LaneId =>
  typeof value === 'string' && (laneIds as readonly string[]).includes(value);

/** The stored preferences, keeping only what still makes sense (a hand-edited or old value is not trusted). */
export function parseViewPrefs(stored: string | null): ViewPrefs {
  if (stored === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { lanes, personas } = value as Record<string, unknown>;
  return {
    ...(Array.isArray(lanes) ? { lanes: [...new Set(lanes.filter(isLane))] } : {}),
    ...(Array.isArray(personas)
      ? { personas: personas.filter((p): p is string => typeof p === 'string') }
      : {}),
  };
}

/** The render options for these preferences on this journey (personas it no longer has are left out). */
export function viewOptions(prefs: ViewPrefs, journey: Journey): Pick<RenderOptions, 'lanes' | 'personas'> {
  const known = new Set(journey.personas.map((persona) => persona.id));
  return {
    ...(prefs.lanes ? { lanes: prefs.lanes } : {}),
    ...(prefs.personas ? { personas: prefs.personas.filter((id) => known.has(id)) } : {}),
  };
}

/** Every lane for the menu: the shown ones in their order, then the hidden ones in the standard order. */
export function laneMenu(shown: readonly LaneId[]): { lane: LaneId; shown: boolean }[] {
  return [
    ...shown.map((lane) => ({ lane, shown: true })),
    ...laneIds.filter((lane) => !shown.includes(lane)).map((lane) => ({ lane, shown: false })),
  ];
}

/** Shows a hidden lane (where it falls in the standard order among the shown) or hides a shown one. */
export function toggleLane(shown: readonly LaneId[], lane: LaneId): LaneId[] {
  if (shown.includes(lane)) return shown.filter((other) => other !== lane);
  const rank = laneIds.indexOf(lane);
  const at = shown.findIndex((other) => laneIds.indexOf(other) > rank);
  return at === -1 ? [...shown, lane] : [...shown.slice(0, at), lane, ...shown.slice(at)];
}

/** Moves a shown lane one place up (-1) or down (+1); unchanged at either end. */
export function moveLane(shown: readonly LaneId[], lane: LaneId, delta: -1 | 1): LaneId[] {
  const from = shown.indexOf(lane);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= shown.length) return [...shown];
  const next = shown.filter((other) => other !== lane);
  next.splice(to, 0, lane);
  return next;
}

/** Shows or hides one persona's curve, from the personas shown now. */
export function togglePersona(shown: readonly string[], persona: string): string[] {
  return shown.includes(persona) ? shown.filter((id) => id !== persona) : [...shown, persona];
}
