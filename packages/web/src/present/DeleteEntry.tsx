import { applyCommands, type Journey, type JourneyCommand } from '@waymark/core';
import { useRef, useState } from 'react';
import { type EditTarget, removeTarget } from '../editor/editTargets';

interface DeleteEntryProps {
  readonly journey: Journey;
  readonly target: EditTarget;
  /** The entry in words, for the labels: "Delete Hidden fees (severity 4 of 5)". */
  readonly text: string;
  readonly edit: (commands: JourneyCommand[]) => boolean;
  /** Says what happened to screen readers (the table's live region) and moves focus off the gone entry. */
  readonly onDeleted: (sentence: string) => void;
}

/**
 * A table entry's Delete: it asks first (Delete again, or Keep), then removes the element or line
 * with core's `remove` (Ctrl+Z brings it back). What core refuses — a step a pain point still
 * points at — is not removed, and the reason shows beside the entry.
 */
export function DeleteEntry({ journey, target, text, edit, onDeleted }: DeleteEntryProps) {
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);
  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const remove = () => {
    const commands = removeTarget(journey, target);
    const outcome = applyCommands(journey, commands);
    if (!outcome.ok) {
      setRefusal(`Not deleted: ${outcome.errors.map((error) => error.message).join('; ')}`);
      keep();
      return;
    }
    if (edit(commands)) onDeleted(`Deleted ${text}. Ctrl+Z brings it back.`);
  };
  if (asking)
    return (
      // biome-ignore lint/a11y/useSemanticElements: a fieldset would break the line of the entry
      <span className="map-table-confirm" role="group" aria-label={`Delete ${text}?`}>
        <span aria-hidden="true">Delete?</span>
        <button
          type="button"
          className="button danger small"
          // biome-ignore lint/a11y/noAutofocus: the question replaces the button just pressed; focus must follow
          autoFocus
          onClick={remove}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              keep();
            }
          }}
        >
          Delete
        </button>
        <button type="button" className="button ghost small" onClick={keep}>
          Keep
        </button>
      </span>
    );
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button ghost small"
        aria-label={`Delete ${text}`}
        onClick={() => {
          setRefusal(undefined);
          setAsking(true);
        }}
      >
        Delete
      </button>
      {refusal && (
        <span className="map-table-refusal" role="alert">
          {refusal}
        </span>
      )}
    </>
  );
}
