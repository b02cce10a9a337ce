import * as Y from 'yjs';
import type { ServerContext } from '../http/context.js';
import { requireJourney } from '../journeys/journeyStore.js';
import { authorize } from '../policies/authorize.js';
import { documentName } from './documentName.js';
import { loadJourneyDoc, storeJourneyDoc } from './journeyDocStore.js';

/**
 * On start, before listening: journeys with logged live updates (a server killed between stores)
 * are loaded with their log replayed and stored, so the API's first GET already shows every edit
 * a client saw acknowledged. The store is made on behalf of the last person who edited. A journey
 * that cannot be recovered now (deleted, its editor no longer a member) keeps its log, which the
 * next live load replays; the reason is announced.
 */
export async function recoverLiveEdits(
  context: ServerContext,
  announce: (line: string) => void,
): Promise<number> {
  const pending = await context.db.selectFrom('journeyYUpdate').select('journeyId').distinct().execute();
  let recovered = 0;
  for (const { journeyId } of pending) {
    try {
      const found = await context.db
        .selectFrom('journey')
        .innerJoin('workspace', 'workspace.id', 'journey.workspaceId')
        .select(['journey.slug as journey', 'workspace.slug as workspace'])
        .where('journey.id', '=', journeyId)
        .executeTakeFirstOrThrow();
      const editor = await context.db
        .selectFrom('journeyYUpdate')
        .innerJoin('user', 'user.id', 'journeyYUpdate.userId')
        .select(['user.id', 'user.name', 'user.email'])
        .where('journeyYUpdate.journeyId', '=', journeyId)
        .orderBy('journeyYUpdate.id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      const principal = { userId: editor.id, name: editor.name, email: editor.email, via: 'token' as const };
      const access = await authorize(context.db, principal, found.workspace, 'edit');
      const doc = new Y.Doc();
      await loadJourneyDoc(
        context.db,
        await requireJourney(context.db, access.workspace.id, found.journey),
        doc,
      );
      await storeJourneyDoc(context, access, found.journey, doc, documentName(found));
      doc.destroy();
      recovered++;
    } catch (error) {
      announce(
        `Could not store the logged live edits of journey ${journeyId} yet (they stay logged): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return recovered;
}
