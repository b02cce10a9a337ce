import { AddItemForm } from './AddItemForm';
import { CommitField } from './CommitField';

interface TextListEditorProps {
  readonly lines: readonly string[];
  /** The heading: "Thoughts", "Goals". */
  readonly title: string;
  /** One item's name, for labels: "Thought", "Goal". */
  readonly noun: string;
  readonly readOnly: boolean;
  /** Each returns false when the edit was refused (the screen says why). */
  readonly onEdit: (index: number, text: string) => boolean;
  readonly onAdd: (text: string) => boolean;
  readonly onRemove: (index: number) => boolean;
}

/** A list of text lines: edit each in place (emptying one removes it), remove it, add one. */
export function TextListEditor({
  lines,
  title,
  noun,
  readOnly,
  onEdit,
  onAdd,
  onRemove,
}: TextListEditorProps) {
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
            onCommit={(text) => onEdit(index, text)}
          />
          {!readOnly && (
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
              onClick={() => onRemove(index)}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && <AddItemForm label={`Add a ${noun.toLowerCase()}`} onAdd={onAdd} />}
    </section>
  );
}
