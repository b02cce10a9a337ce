import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import type { ServerContext } from '../http/context.js';
import { requireJourney } from '../journeys/journeyStore.js';
import { collabContextOf } from './collabContext.js';
import { loadJourneyDoc, storeJourneyDoc } from './journeyDocStore.js';

/**
 * Live documents in the database (journeyDocStore.ts). Load: the stored Yjs state, the update log
 * replayed on top, and the journey row when a REST write moved it on since. When loading had to add
 * anything, the result is stored at once, so what clients build on is already durable and the
 * API's GET shows the replayed edits. Store (debounced by Hocuspocus): journey JSON + Yjs state in
 * one transaction with a new revision, compacting the update log.
 */
export function persistence(context: ServerContext): Extension {
  return {
    extensionName: 'waymark-persistence',
    async onLoadDocument(data: onLoadDocumentPayload): Promise<void> {
      const { access, address } = collabContextOf(data.context);
      const row = await requireJourney(context.db, access.workspace.id, address.journey);
      const loaded = await loadJourneyDoc(context.db, row, data.document);
      if (loaded.replayed > 0 || loaded.caughtUp)
        await storeJourneyDoc(context, access, address.journey, data.document, data.documentName);
    },

    async onStoreDocument(data: onStoreDocumentPayload): Promise<void> {
      const { access, address } = collabContextOf(data.context);
      await storeJourneyDoc(context, access, address.journey, data.document, data.documentName);
    },
  };
}
