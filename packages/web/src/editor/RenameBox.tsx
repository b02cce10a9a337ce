import type { Box } from '@waymark/render';
import { useEffect, useRef } from 'react';
import type { Viewport } from './viewport';

interface RenameBoxProps {
  readonly box: Box;
  readonly view: Viewport;
  readonly initial: string;
  /** What the box edits, for screen readers: "New name", "Thought", "New gain". */
  readonly label?: string;
  /** The new text (Enter or leaving the box), or undefined (Escape). */
  readonly onDone: (text: string | undefined) => void;
}

/** In-place editing: a text box laid over the card (or empty cell) being edited, at the map's zoom. */
export function RenameBox({ box, view, initial, label = 'New name', onDone }: RenameBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (text: string | undefined) => {
    if (done.current) return;
    done.current = true;
    onDone(text);
  };
  return (
    <input
      ref={input}
      className="rename-box"
      aria-label={label}
      defaultValue={initial}
      style={{
        left: view.x + box.x * view.scale,
        top: view.y + box.y * view.scale,
        width: Math.max(160, box.width * view.scale),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(event.currentTarget.value);
        else if (event.key === 'Escape') finish(undefined);
        event.stopPropagation();
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
