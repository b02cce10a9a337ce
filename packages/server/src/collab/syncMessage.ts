import { IncomingMessage, MessageType } from '@hocuspocus/server';
import { liveCloseReason } from '@waymark/collab';
import * as Y from 'yjs';

/** y-protocols' sync steps: step 1 carries a state vector, step 2 and update carry a document update. */
const syncStep2 = 1;
const syncUpdate = 2;

/** A message on the socket that could not be read as the Hocuspocus protocol; the connection is closed. */
export class MalformedMessage extends Error {
  override readonly name = 'MalformedMessage';

  /** What was wrong, without the kind (the close reason puts that in front). */
  constructor(readonly detail: string) {
    super(liveCloseReason('malformed', detail));
  }
}

/** What a Hocuspocus message is, as far as the limits and the update log care. */
export type SyncMessage =
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'other'; readonly type: number };

/**
 * Reads one message as Hocuspocus will (document name, message type, sync step) and, for a message
 * that changes the document, its update checked by Yjs's own decoder: bytes that are not an update
 * throw MalformedMessage here, before anything is written anywhere.
 */
export function readSyncMessage(data: Uint8Array): SyncMessage {
  try {
    const message = new IncomingMessage(data);
    message.readVarString();
    const type = message.readVarUint();
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return { kind: 'other', type };
    const step = message.readVarUint();
    if (step !== syncStep2 && step !== syncUpdate) return { kind: 'other', type };
    const update = message.readVarUint8Array();
    Y.decodeUpdate(update);
    return { kind: 'update', update };
  } catch (error) {
    throw new MalformedMessage(error instanceof Error ? error.message : String(error));
  }
}

/** An update that changes nothing (no structs, no deletions): two zero bytes in Yjs's encoding. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((byte) => byte === 0);
}
