import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotHolds } from './snapshotHolds.js';

/** An edit one replica makes to its text: insert at a position, or delete a range. */
const edit = fc.record({
  replica: fc.integer({ min: 0, max: 2 }),
  at: fc.nat(40),
  remove: fc.nat(6),
  insert: fc.string({ maxLength: 4 }),
  sync: fc.boolean(),
});

/** Replicas editing one text: every distinct update they make, in order. */
function run(script: { replica: number; at: number; remove: number; insert: string; sync: boolean }[]) {
  const replicas = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates: Uint8Array[] = [];
  for (const doc of replicas) doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const step of script) {
    const doc = replicas[step.replica] as Y.Doc;
    const text = doc.getText('t');
    const at = Math.min(step.at, text.length);
    doc.transact(() => {
      if (step.remove > 0 && at < text.length) text.delete(at, Math.min(step.remove, text.length - at));
      if (step.insert) text.insert(at, step.insert);
    });
    // Sometimes the replicas catch up with each other, so later edits delete others' text.
    if (step.sync)
      for (const other of replicas)
        if (other !== doc) Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
  }
  return [...new Set(updates)];
}

/** Whether applying the update to a copy of the document changes nothing in it (and leaves nothing pending). */
function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.snapshot(copy);
  Y.applyUpdate(copy, update);
  const after = Y.snapshot(copy);
  return (
    Y.equalSnapshots(before, after) && copy.store.pendingStructs === null && copy.store.pendingDs === null
  );
}

describe('snapshotHolds', () => {
  it('says a document holds an update exactly when the update would change nothing in it', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), fc.nat(), (script, cut) => {
        const updates = run(script);
        // A stored state: the updates up to some point, as the server's log has them.
        const doc = new Y.Doc();
        for (const update of updates.slice(0, cut % (updates.length + 1))) Y.applyUpdate(doc, update);
        const snapshot = Y.snapshot(doc);
        for (const update of updates) {
          expect(snapshotHolds(snapshot, update)).toBe(changesNothing(doc, update));
          // Never less than Yjs's own answer.
          if (Y.snapshotContainsUpdate(snapshot, update)) expect(snapshotHolds(snapshot, update)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sees a deletion the document has not made', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'hello');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(a));
    let deletion: Uint8Array | undefined;
    a.on('update', (update: Uint8Array) => {
      deletion = update;
    });
    a.getText('t').delete(1, 3);
    expect(deletion).toBeDefined();
    expect(snapshotHolds(Y.snapshot(stored), deletion as Uint8Array)).toBe(false);
    Y.applyUpdate(stored, deletion as Uint8Array);
    expect(snapshotHolds(Y.snapshot(stored), deletion as Uint8Array)).toBe(true);
  });
});
