import { useEffect, useId, useState } from 'react';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly readOnly: boolean;
  readonly onCommit: (text: string) => void;
  readonly multiline?: boolean;
  /**
   * The input's type: a date picker, or a number, typed as text with a decimal keyboard (a number
   * input would hand over "" for "lots", which reads as clearing the field).
   */
  readonly type?: 'text' | 'number' | 'date';
  /** A blank field commits too (it removes an optional value). */
  readonly allowBlank?: boolean;
}

/** A text field that edits on Enter or when focus leaves it (one command per change, not per key). */
export function CommitField(props: CommitFieldProps) {
  const { label, value, readOnly, onCommit, multiline } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft.trim() === '' && !props.allowBlank) setDraft(value);
    else if (draft.trim() !== value) onCommit(draft);
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
          type={props.type === 'date' ? 'date' : 'text'}
          inputMode={props.type === 'number' ? 'decimal' : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(value);
          }}
        />
      )}
    </div>
  );
}
