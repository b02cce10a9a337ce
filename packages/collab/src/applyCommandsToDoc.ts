// Core's commands as one Yjs transaction. Core gives them meaning (`applyCommands` checks and
// applies them to the journey the doc reads as); this module only writes the difference between
// that journey and the result into the doc, so the change is as small as the edit and concurrent
// edits elsewhere survive the merge.
import type { CommandResult, JourneyCommand } from '@waymark/core';
import { applyCommands } from '@waymark/core';
import type * as Y from 'yjs';
import { readDoc } from './readDoc.js';
import { writeJourney } from './writeDoc.js';

/**
 * Applies `commands` to the journey in `doc`, all or nothing, as ONE transaction tagged with
 * `origin` (a Y.UndoManager tracks origins, so each person undoes only their own edits). A refused
 * command changes nothing and returns core's errors; otherwise the result is core's, and the doc
 * now reads as `result.journey`.
 */
export function applyCommandsToDoc(
  doc: Y.Doc,
  commands: readonly JourneyCommand[],
  origin?: unknown,
): CommandResult {
  const reading = readDoc(doc);
  const result = applyCommands(reading.journey, commands);
  if (!result.ok) return result;
  doc.transact(() => writeJourney(doc, result.journey, reading), origin);
  return result;
}
