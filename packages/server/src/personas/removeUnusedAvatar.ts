import type { Persona } from '@waymark/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { avatarIdIn } from './avatarUrl.js';

/**
 * After a persona is deleted (in the same transaction): removes its uploaded avatar, unless
 * something else of the workspace still shows it — another persona, or a journey or version
 * holding a copy of a persona (journeys keep their copies when a library persona goes).
 * Avatars are rows (personaAvatar), so this is part of the deletion's commit or rollback.
 */
export async function removeUnusedAvatar(
  tx: Kysely<Database>,
  workspaceId: string,
  persona: Persona,
): Promise<void> {
  const id = avatarIdIn(persona.avatar);
  if (id === undefined) return;
  const mentions = `%${id}%`;
  for (const table of ['persona', 'journey'] as const) {
    const shown = await tx
      .selectFrom(table)
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('document', 'like', mentions)
      .executeTakeFirst();
    if (shown !== undefined) return;
  }
  const inVersion = await tx
    .selectFrom('journeyVersion')
    .innerJoin('journey', 'journey.id', 'journeyVersion.journeyId')
    .select('journeyVersion.id')
    .where('journey.workspaceId', '=', workspaceId)
    .where('journeyVersion.document', 'like', mentions)
    .executeTakeFirst();
  if (inVersion !== undefined) return;
  await tx.deleteFrom('personaAvatar').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
