import type { Hocuspocus } from '@hocuspocus/server';
import { journeyToDoc } from '@waymark/collab';
import type { Journey } from '@waymark/core';
import { documentName } from './documentName.js';

/** The action (audit and changeJourney) of a write that comes from a live document itself. */
export const liveEditAction = 'journey.live-edit';

/**
 * REST → live: after a write through the API commits, the new journey is written into the live
 * document when one is open, so connected editors see it. `journeyToDoc` writes only the
 * differences, so concurrent edits elsewhere in the map survive. A write that comes from the live
 * document (persistence) is not echoed back: the document already has it, and newer edits.
 * The change is written without a transaction origin: Hocuspocus takes an update's origin for the
 * connection it came from and would schedule a store with no one's context, replacing a pending
 * store of live edits; the REST write has stored this journey already.
 */
export class LiveJourneys {
  private hocuspocus: Hocuspocus | undefined;

  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  journeyChanged(workspace: string, journey: Journey, action: string): void {
    if (action === liveEditAction) return;
    const document = this.hocuspocus?.documents.get(documentName({ workspace, journey: journey.id }));
    if (document !== undefined) journeyToDoc(journey, document);
  }
}
