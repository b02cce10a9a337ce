// Collaboration benchmark (pure part, no network): the 1,000-touchpoint map as a Y.Doc — build it
// from the journey, read it back, apply one command as one transaction, and the sizes of the
// document and of one edit's update (what each connected editor receives).
import { applyCommandsToDoc, docToJourney, journeyToDoc } from '@waymark/collab';
import * as Y from 'yjs';
import { bigJourney } from './bigJourney.mjs';
import { measure } from './stats.mjs';

/** Enough runs for the JIT to settle: single edits take milliseconds. */
const often = { runs: 30, warmup: 10 };

export async function run() {
  const journey = bigJourney();
  const doc = journeyToDoc(journey);
  const state = Y.encodeStateAsUpdate(doc);
  let round = 0;
  /** One realistic edit: a step renamed, alternating so every run changes the text. */
  const edit = () => [
    { op: 'update', id: 's4-t5', set: { name: `Step 6 of stage 5: renamed (${round++})` } },
  ];
  const updates = [];
  doc.on('update', (update) => updates.push(update.length));
  const applyOne = await measure(
    'applyCommandsToDoc (one update, rename a step)',
    () => {
      const result = applyCommandsToDoc(doc, edit());
      if (!result.ok) throw new Error('the benchmark edit was refused');
    },
    often,
  );
  const moves = await measure(
    'applyCommandsToDoc (one move, step to another stage)',
    () => {
      const to = round++ % 2 ? 's2' : 's7';
      if (!applyCommandsToDoc(doc, [{ op: 'move', id: 's3-t3', parent: to, index: 0 }]).ok) {
        throw new Error('the benchmark move was refused');
      }
    },
    often,
  );
  const updateBytes = updates.slice(0, 10);
  return [
    await measure('journeyToDoc (1,000 touchpoints)', () => journeyToDoc(journey)),
    await measure('docToJourney (1,000 touchpoints)', () => docToJourney(doc), often),
    await measure('load: applyUpdate of the encoded doc into a new Y.Doc', () => {
      Y.applyUpdate(new Y.Doc(), state);
    }),
    applyOne,
    moves,
    {
      label: `encoded doc: ${(state.length / 1024).toFixed(0)} KiB (JSON: ${(JSON.stringify(journey).length / 1024).toFixed(0)} KiB)`,
      note: true,
    },
    { label: `one rename's update: ${Math.max(...updateBytes)} bytes at most over 10 edits`, note: true },
  ];
}
