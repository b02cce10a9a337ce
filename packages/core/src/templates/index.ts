import type { Template } from './template.js';

/** Every template shipped with Waymark, in gallery order. */
export const templates: readonly Template[] = [];

/** The template with this id, if any. */
export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
