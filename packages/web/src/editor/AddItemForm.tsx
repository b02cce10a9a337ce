import { type FormEvent, useId, useState } from 'react';

interface AddItemFormProps {
  /** What the field adds: "Add a thought". */
  readonly label: string;
  readonly placeholder?: string;
  readonly button?: string;
  /** Adds the item; false when it was refused (the text stays for another try). */
  readonly onAdd: (text: string) => boolean;
}

/** One line and a button: adds a thought, a gain, a touchpoint, a metric… to the selected element. */
export function AddItemForm({ label, placeholder, button = 'Add', onAdd }: AddItemFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onAdd(text)) setText('');
  };
  return (
    <form className="inline-form add-item" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <button
        type="submit"
        className="button secondary small"
        disabled={text.trim() === ''}
        aria-label={label}
      >
        {button}
      </button>
    </form>
  );
}
