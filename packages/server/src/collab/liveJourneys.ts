import type { Hocuspocus } from '@hocuspocus/server';
import { journeyToDoc } from '@waymark/collab';
import type { Journey } from '@waymark/core';
import * as Y from 'yjs';
import type { WorkspaceAccess } from '../policies/authorize.js';
import type { CollabContext } from './collabContext.js';
import { documentName } from './documentName.js';
import type { UpdateLog } from './updateLog.js';

/** The action (audit and changeJourney) of a write that comes from a live document itself. */
export const liveEditAction = 'journey.live-edit';

/** The journey row a REST write committed, as far as the open document needs to know. */
export interface CommittedJourney {
  readonly id: string;
  readonly revision: number;
  readonly updatedBy: string | null;
}

/**
 * REST → live: after a write through the API commits, the new journey is written into the live
 * document when one is open, so connected editors see it. `journeyToDoc` writes only the
 * differences, so concurrent edits elsewhere in the map survive. A write that comes from the live
 * document (persistence) is not echoed back: the document already has it, and newer edits.
 * The change is written without a transaction origin: Hocuspocus takes an update's origin for the
 * connection it came from and would schedule a store with no one's context, replacing a pending
 * store of live edits; the REST write has stored this journey already. The change also goes into
 * the update log, marked with the revision it made: live edits acknowledged after it build on its
 * Yjs items, and a load after a crash must replay it rather than write the journey in anew.
 * With several processes (`shared`, Redis), the document may be open on another process only: it
 * is then opened here for a moment (the load writes the newer journey in, and the Redis extension
 * syncs that change to the other processes), then closed again.
 */
export class LiveJourneys {
  private hocuspocus: Hocuspocus | undefined;

  constructor(
    readonly log: UpdateLog,
    private readonly shared: boolean,
  ) {}

  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  journeyChanged(access: WorkspaceAccess, journey: Journey, action: string, row: CommittedJourney): void {
    if (action === liveEditAction || this.hocuspocus === undefined) return;
    const address = { workspace: access.workspace.slug, journey: journey.id };
    const document = this.hocuspocus.documents.get(documentName(address));
    if (document === undefined) {
      if (this.shared) void this.passOn(this.hocuspocus, { access, address });
      return;
    }
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    document.on('update', collect);
    try {
      journeyToDoc(journey, document);
    } finally {
      document.off('update', collect);
    }
    if (updates.length === 0) return;
    this.log
      .append({
        journeyId: row.id,
        update: Y.mergeUpdates(updates),
        userId: row.updatedBy,
        revision: row.revision,
      })
      .catch(() => {
        // The REST write itself is committed; its loss from the log only matters after a crash,
        // and a load then writes the journey row in (its revision is ahead of everything logged).
      });
  }

  /** Opens the document on this process and closes it again, so Redis carries the write to the others. */
  private async passOn(hocuspocus: Hocuspocus, context: CollabContext): Promise<void> {
    try {
      const connection = await hocuspocus.openDirectConnection(documentName(context.address), context);
      await connection.disconnect();
    } catch {
      // The write is committed and the API shows it; editors on other processes miss it until
      // their document is loaded anew (Hocuspocus has logged why).
    }
  }
}
