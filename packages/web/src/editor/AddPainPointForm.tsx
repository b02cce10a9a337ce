import { type FormEvent, useId, useState } from 'react';

/** A new pain point at the selected step: its title and severity (1–5). */
export function AddPainPointForm({ onAdd }: { onAdd: (title: string, severity: number) => boolean }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState(3);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onAdd(title, severity)) setTitle('');
  };
  return (
    <form className="panel-section inline-form" onSubmit={submit}>
      <h3>Add a pain point</h3>
      <label htmlFor={`${id}-title`} className="visually-hidden">
        Pain point
      </label>
      <input
        id={`${id}-title`}
        placeholder="What hurts here?"
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <label htmlFor={`${id}-severity`}>Severity</label>
      <select
        id={`${id}-severity`}
        value={severity}
        onChange={(event) => setSeverity(Number(event.currentTarget.value))}
      >
        {[1, 2, 3, 4, 5].map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary small" disabled={title.trim() === ''}>
        Add pain point
      </button>
    </form>
  );
}
