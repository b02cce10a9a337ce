import type { Journey, JourneyCommand, Measurement } from '@waymark/core';
import { type FormEvent, useId, useState } from 'react';
import { CommitField } from './CommitField';
import {
  addMeasurement,
  type Edit,
  editMeasurement,
  type MeasurementField,
  removeMeasurement,
} from './measurements';

interface MeasurementsEditorProps {
  readonly journey: Journey;
  readonly metric: string;
  readonly measurements: readonly Measurement[];
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** A metric's measurements: each one's date, value and source edited in place, removed, or a new one added. */
export function MeasurementsEditor({
  journey,
  metric,
  measurements,
  readOnly,
  edit,
}: MeasurementsEditorProps) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  /** Applies an edit, or shows why it cannot be made (and changes nothing). */
  const apply = (result: Edit) => {
    if (!result.ok) {
      setProblem(result.message);
      return false;
    }
    setProblem(undefined);
    return result.commands.length === 0 || edit(result.commands);
  };
  const field = (
    index: number,
    key: MeasurementField,
    label: string,
    value: string,
    type: 'text' | 'number' | 'date',
  ) => (
    <CommitField
      label={label}
      value={value}
      readOnly={readOnly}
      type={type}
      allowBlank={key === 'source'}
      onCommit={(text) => apply(editMeasurement(journey, metric, index, key, text))}
    />
  );
  if (readOnly && measurements.length === 0) return null;
  return (
    <section className="panel-section measurements-editor" aria-label="Measurements">
      <h3>Measurements</h3>
      {measurements.length === 0 && <p className="muted">None yet.</p>}
      {measurements.map((m, index) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: measurements are positional (date order)
          key={`${index}:${m.date}`}
          className="measurement-row"
        >
          <legend className="measurement-legend">Measurement {index + 1}</legend>
          {field(index, 'date', 'Date', m.date, 'date')}
          {field(index, 'value', 'Value', String(m.value), 'number')}
          {field(index, 'source', 'Source', m.source ?? '', 'text')}
          {!readOnly && (
            <button
              type="button"
              className="button ghost small"
              aria-label={`Remove measurement ${index + 1}`}
              onClick={() => apply({ ok: true, commands: removeMeasurement(journey, metric, index) })}
            >
              Remove
            </button>
          )}
        </fieldset>
      ))}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {!readOnly && <AddMeasurementForm onAdd={(draft) => apply(addMeasurement(journey, metric, draft))} />}
    </section>
  );
}

const blank = { date: '', value: '', source: '' };

/** Date, value and source of a new measurement; Add records it (the fields empty again). */
function AddMeasurementForm({ onAdd }: { onAdd: (draft: typeof blank) => boolean }) {
  const id = useId();
  const [draft, setDraft] = useState(blank);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onAdd(draft)) setDraft(blank);
  };
  const input = (key: keyof typeof blank, label: string, type: 'date' | 'text', decimal = false) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        inputMode={decimal ? 'decimal' : undefined}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <form className="add-measurement" aria-label="Add a measurement" onSubmit={submit}>
      {input('date', 'New measurement’s date', 'date')}
      {input('value', 'Its value', 'text', true)}
      {input('source', 'Its source', 'text')}
      <button type="submit" className="button secondary small">
        Add measurement
      </button>
    </form>
  );
}
