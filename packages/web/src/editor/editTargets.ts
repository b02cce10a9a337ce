// What the in-place box on the map edits: an element's name, one line of a step's list (a thought,
// a blueprint note), or a new item typed into a cell. Pure: a card or a cell → a target, a target
// and text → core's commands.
import type { Journey, JourneyCommand } from '@waymark/core';
import {
  addableLanes,
  addToCell,
  type CellPlace,
  editLine,
  isLineList,
  type LineRef,
  lineText,
  removeLine,
} from './cellIntents';
import { findElement } from './findElement';
import { removeElement, renameElement } from './intents';
import type { MapCard } from './sceneIndex';

export type EditTarget =
  | { readonly kind: 'element'; readonly id: string }
  | { readonly kind: 'line'; readonly ref: LineRef }
  | { readonly kind: 'new'; readonly cell: CellPlace };

/** What a card stands for: one line of a list for thoughts and blueprint notes, else its element. */
export function targetOfCard(card: MapCard): EditTarget {
  if (isLineList(card.lane))
    return {
      kind: 'line',
      ref: { list: card.lane, step: card.dataId, index: card.ordinal, persona: card.persona },
    };
  return { kind: 'element', id: card.dataId };
}

/** A new item in an empty place of a lane, when that lane takes one. */
export function targetOfCell(cell: CellPlace | undefined): EditTarget | undefined {
  return cell && addableLanes[cell.lane] !== undefined ? { kind: 'new', cell } : undefined;
}

/** The text the box starts with; undefined: this target cannot be edited as text. */
export function targetText(journey: Journey, target: EditTarget): string | undefined {
  if (target.kind === 'element') {
    const found = findElement(journey, target.id);
    // A touchpoint without a name goes by its channel; its box starts empty, not with its id.
    if (found?.kind === 'touchpoint') return typeof found.fields.name === 'string' ? found.fields.name : '';
    return found?.label;
  }
  if (target.kind === 'line') return lineText(journey, target.ref);
  return '';
}

/** What the box's label says it edits. */
export function targetLabel(target: EditTarget): string {
  if (target.kind === 'new') return addableLanes[target.cell.lane] ?? 'New item';
  if (target.kind === 'line') return target.ref.list === 'thoughts' ? 'Thought' : 'Note';
  return 'New name';
}

/** The commands for the text typed into the box. */
export function commitTarget(journey: Journey, target: EditTarget, text: string): JourneyCommand[] {
  if (target.kind === 'element')
    return renameElement(journey, target.id, text, findElement(journey, target.id)?.label);
  if (target.kind === 'line') return editLine(journey, target.ref, text);
  return addToCell(journey, target.cell, text);
}

/** The commands that delete what a target stands for (nothing for a new item). */
export function removeTarget(journey: Journey, target: EditTarget): JourneyCommand[] {
  if (target.kind === 'element') return removeElement(journey, target.id);
  if (target.kind === 'line') return removeLine(journey, target.ref);
  return [];
}
