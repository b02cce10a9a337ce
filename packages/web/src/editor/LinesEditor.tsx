import type { Journey, JourneyCommand } from '@waymark/core';
import { AddItemForm } from './AddItemForm';
import { CommitField } from './CommitField';
import { addLine, editLine, type LineList, linesOf, removeLine } from './cellIntents';

interface LinesEditorProps {
  readonly journey: Journey;
  readonly step: string;
  readonly list: LineList;
  /** The heading: "Thoughts", "Backstage". */
  readonly title: string;
  /** One item's name, for labels: "Thought", "Backstage action". */
  readonly noun: string;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** A step's list of lines (thoughts, a blueprint lane): edit each in place, remove it, add one. */
export function LinesEditor({ journey, step, list, title, noun, readOnly, edit }: LinesEditorProps) {
  const lines = linesOf(journey, step, list) ?? [];
  if (readOnly && lines.length === 0) return null;
  return (
    <section className="panel-section lines-editor" aria-label={title}>
      <h3>{title}</h3>
      {lines.length === 0 && <p className="muted">None yet.</p>}
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <div key={index} className="line-row">
          <CommitField
            label={`${noun} ${index + 1}`}
            value={line}
            readOnly={readOnly}
            allowBlank
            onCommit={(text) => edit(editLine(journey, { list, step, index }, text))}
          />
          {!readOnly && (
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
              onClick={() => edit(removeLine(journey, { list, step, index }))}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <AddItemForm
          label={`Add a ${noun.toLowerCase()}`}
          onAdd={(text) => edit(addLine(journey, step, list, text))}
        />
      )}
    </section>
  );
}
