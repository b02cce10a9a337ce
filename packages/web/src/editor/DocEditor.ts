// The editor's state IS the collaborative Y.Doc. DocEditor is the one door to it from the UI: it
// reads the journey with collab's docToJourney and edits ONLY through core's commands (collab's
// applyCommandsToDoc), tagged with this person's origin so their Y.UndoManager undoes their own
// edits and nobody else's. It knows nothing of the network (useLiveJourney connects the doc).
import { applyCommandsToDoc, docToJourney, journeyDocTypes } from '@waymark/collab';
import type { CommandResult, Journey, JourneyCommand } from '@waymark/core';
import * as Y from 'yjs';

/** Why an edit did not apply: core refused it, or this person may not edit. */
export type EditOutcome =
  | { readonly ok: true; readonly allocated: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly message: string };

export class DocEditor {
  readonly undoManager: Y.UndoManager;
  #readOnly: boolean;

  constructor(
    readonly doc: Y.Doc,
    /** This editor's origin; transactions with another origin (remote people, the server) are not undone here. */
    readonly origin: object,
    readOnly = false,
  ) {
    this.#readOnly = readOnly;
    // captureTimeout 0: each command is one undo step, however quickly the next one follows.
    this.undoManager = new Y.UndoManager(journeyDocTypes(doc), {
      trackedOrigins: new Set([origin]),
      captureTimeout: 0,
    });
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** From now on, refuse edits (the server said this connection is read-only). */
  lock(): void {
    this.#readOnly = true;
  }

  /** The journey the document holds now (always valid: collab repairs what concurrent edits leave). */
  journey(): Journey {
    return docToJourney(this.doc);
  }

  /** Applies core's commands as one transaction, all or nothing. */
  apply(commands: readonly JourneyCommand[]): EditOutcome {
    if (this.readOnly) return { ok: false, message: 'You can view this journey but not edit it.' };
    if (commands.length === 0) return { ok: true, allocated: {} };
    const result: CommandResult = applyCommandsToDoc(this.doc, commands, this.origin);
    if (result.ok) return { ok: true, allocated: result.allocated };
    return { ok: false, message: result.errors.map((error) => error.message).join('; ') };
  }

  undo(): boolean {
    return !this.readOnly && this.undoManager.undo() !== null;
  }

  redo(): boolean {
    return !this.readOnly && this.undoManager.redo() !== null;
  }

  canUndo(): boolean {
    return !this.readOnly && this.undoManager.canUndo();
  }

  canRedo(): boolean {
    return !this.readOnly && this.undoManager.canRedo();
  }

  /** Calls `listener` after every change of the document, local or remote, and of the undo stacks. */
  subscribe(listener: () => void): () => void {
    this.doc.on('update', listener);
    this.undoManager.on('stack-item-added', listener);
    this.undoManager.on('stack-item-popped', listener);
    return () => {
      this.doc.off('update', listener);
      this.undoManager.off('stack-item-added', listener);
      this.undoManager.off('stack-item-popped', listener);
    };
  }

  destroy(): void {
    this.undoManager.destroy();
  }
}
