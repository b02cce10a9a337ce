import type { beforeHandleMessagePayload, Document, Extension } from '@hocuspocus/server';
import type { ServerContext } from '../http/context.js';
import { requireJourneyHead } from '../journeys/journeyStore.js';
import { collabContextOf } from './collabContext.js';
import { isEmptyUpdate, readSyncMessage } from './syncMessage.js';

/**
 * No acknowledged update is lost: Hocuspocus applies a client's update and sends it the sync
 * status ("synced") right after this hook's promise resolves (MessageReceiver, for sync step 2 and
 * update messages), so the update is committed to the update log here first (group-committed with
 * whatever else arrives meanwhile). A failed append rejects, and Hocuspocus then closes the
 * connection without applying the update: the client keeps it as unsynced and sends it again when
 * it reconnects. Read-only connections are skipped: Hocuspocus refuses their updates itself.
 */
export function durableUpdates(context: ServerContext): Extension {
  const journeyIds = new WeakMap<Document, Promise<string>>();
  const journeyIdOf = (data: beforeHandleMessagePayload): Promise<string> => {
    let id = journeyIds.get(data.document);
    if (id === undefined) {
      const { access, address } = collabContextOf(data.context);
      id = requireJourneyHead(context.db, access.workspace.id, address.journey).then((row) => row.id);
      journeyIds.set(data.document, id);
      // A failed lookup is not remembered: the next message asks again.
      id.catch(() => journeyIds.delete(data.document));
    }
    return id;
  };
  return {
    extensionName: 'waymark-durable-updates',
    async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
      if (data.connection.readOnly) return;
      const message = readSyncMessage(data.update);
      if (message.kind !== 'update' || isEmptyUpdate(message.update)) return;
      await context.live.log.append({
        journeyId: await journeyIdOf(data),
        update: message.update,
        userId: collabContextOf(data.context).access.principal.userId,
      });
    },
  };
}
