import { type Persona, templates } from '@waymark/core';
import { recordAudit } from '../commands/recordAudit.js';
import { newId, now } from '../db/rows.js';
import type { ServerContext } from '../http/context.js';
import { insertJourney } from '../journeys/journeyStore.js';
import { templateJourney } from '../journeys/templateJourney.js';
import { newPersonaRow } from '../personas/personaRow.js';

export const sampleWorkspaceSlug = 'sample';

/**
 * On a fresh database, a workspace with every template's journey, so there is something to
 * look at from the first minute, and their personas in the library. The first account (first-run setup) becomes its owner.
 * Returns whether it created it.
 */
export async function seedSampleWorkspace(context: ServerContext): Promise<boolean> {
  return context.db.transaction().execute(async (tx) => {
    const any = await tx.selectFrom('workspace').select('id').limit(1).executeTakeFirst();
    if (any !== undefined) return false;
    const workspace = {
      id: newId(),
      slug: sampleWorkspaceSlug,
      name: 'Sample workspace',
      createdAt: now(),
      createdBy: null,
    };
    await tx.insertInto('workspace').values(workspace).execute();
    // The templates' personas also fill the library (the first of each id), so reusing one
    // across journeys can be tried from the start.
    const library = new Map<string, Persona>();
    for (const template of templates) {
      const journey = templateJourney(template);
      await insertJourney(tx, context.kind, workspace.id, journey, null);
      for (const persona of journey.personas) if (!library.has(persona.id)) library.set(persona.id, persona);
    }
    const at = now();
    for (const persona of library.values())
      await tx
        .insertInto('persona')
        .values(newPersonaRow(workspace.id, persona, at))
        .execute();
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: null,
      action: 'workspace.create',
      targetType: 'workspace',
      targetId: workspace.slug,
      detail: {
        name: workspace.name,
        how: `sample: ${templates.length} templates, ${library.size} library personas`,
      },
    });
    return true;
  });
}
