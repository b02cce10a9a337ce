import { useEffect, useId, useState } from 'react';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly readOnly: boolean;
  readonly onCommit: (text: string) => void;
  readonly multiline?: boolean;
}

/** A text field that edits on Enter or when focus leaves it (one command per change, not per key). */
export function CommitField({ label, value, readOnly, onCommit, multiline }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft);
  };
  const shared = {
    id,
    value: draft,
    readOnly,
    onChange: (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value),
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input
          {...shared}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(value);
          }}
        />
      )}
    </div>
  );
}
