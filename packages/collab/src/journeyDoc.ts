// The journey as a Yjs document: `journeyToDoc` and `docToJourney`, lossless both ways.
//
// THE SHAPE (designed for concurrent editing, not for reading convenience)
//
//   doc.getMap('journey')            the journey's own fields
//     title, objective, description    Y.Text
//     tags                             Y.Array<string>
//     id, scope, status, review, …     plain values
//     personas, stages, paths, insights, painPoints, gains, opportunities, actions, metrics
//                                      Y.Array<string>: the ORDER of each list, as element ids
//   doc.getMap('elements')           every element (of every kind and depth), keyed by its id
//     <id> → Y.Map
//       $kind                          'stage', 'step', 'touchpoint', …
//       name/title/description/quote/text   Y.Text (see fieldCodecs.ts for which fields)
//       goals, thoughts, insights, personas, addresses, measurements, …   Y.Array of plain values
//       steps (stage, path), touchpoints (step)   Y.Array<string>: child ids, in order
//       emotions (step)                Y.Map persona id → Y.Map { score, thoughts, evidence, insights }
//       blueprint (step)               Y.Map lane → Y.Array<string>
//       everything else                plain values, last writer wins
//
// Why this shape:
// - Lists hold ids and the content lives in one map by id, so a MOVE (Yjs has none) deletes an id
//   from one list and inserts it into another while the element's map stays put: a concurrent
//   edit of the moved element is kept, and two people moving the same element at once leave the
//   id twice, which reading resolves to one copy (below). A list of Y.Maps would have to copy the
//   element on every move and lose whatever someone else changed in the old copy meanwhile.
// - Each element's fields are separate map entries, so two people changing different fields of
//   one card both win; a field both change gets one value (Yjs's deterministic rule).
// - Prose people type into together is Y.Text, merged character by character: names, titles,
//   descriptions, an insight's text, a persona's quote. Short codes (ids, channels, owners,
//   dates, units, colours) are plain values: a character merge of "Ann" and "Bob" is neither.
// - Every Y.Text, Y.Array and Y.Map of an element is created with the element (an absent text is
//   an empty Y.Text): a container created later by two people at once would be two containers,
//   and one person's content would vanish with the losing one.
// - Nested maps that commands replace as a whole (`loop`, `kpi`, `momentOfTruth`, `review`) and
//   measurements are plain values.
//
// READING REPAIRS what concurrent edits can leave, so `docToJourney` always returns a valid
// journey; the rules are a pure function of the document's state, so replicas with the same state
// read the same journey:
// - an id listed twice (two concurrent moves, a move racing a move elsewhere) is kept at its
//   first place in document order (journey lists in schema order, depth first);
// - a listed id without an element of that list's kind (removed concurrently) is skipped;
// - a reference to an element that is gone or of the wrong kind is dropped: a single optional id
//   (`at`, `rejoin`, `opportunity`) is removed, a list of ids loses it, an emotion of a removed
//   persona goes, a `kpi` naming a removed metric goes, and a `loop` that no longer goes back to
//   an earlier stage (after concurrent stage moves) goes;
// - a path whose `from` step is gone is dropped with its steps (repeated: another path may
//   branch from one of them);
// - duplicate ids in a list of references (two people adding the same persona to a pain point)
//   are read once;
// - text is trimmed; an empty optional text is absent, an empty required one (a name two people
//   deleted at once) reads as the element's id.
// The next edit through `applyCommandsToDoc` writes the repaired form of what it reads as
// repaired and deletes the elements no list reaches any more, so a repair becomes part of the
// document once someone edits.
//
// Known limits (by design, tested): a remove wins over a concurrent edit, move or add inside the
// removed element; two people adding elements with the same id (both typed "Checks out") end
// with one of them (Yjs picks the content, the first list position wins the place); a field two
// people set at once gets one value.
import type { Journey } from '@waymark/core';
import * as Y from 'yjs';
import { readDoc } from './readDoc.js';
import { writeJourney } from './writeDoc.js';

/**
 * Writes `journey` into `doc` (a new Y.Doc when none is given) in one transaction and returns the
 * doc. A doc that already holds a journey is changed only where it differs, so concurrent edits
 * elsewhere survive: this is how a whole-journey write (an API PUT, a restored version) joins a
 * live document.
 */
export function journeyToDoc(journey: Journey, doc: Y.Doc = new Y.Doc(), origin?: unknown): Y.Doc {
  doc.transact(() => writeJourney(doc, journey), origin);
  return doc;
}

/** The journey a doc holds, repaired as described above; always a valid journey. */
export function docToJourney(doc: Y.Doc): Journey {
  return readDoc(doc).journey;
}
