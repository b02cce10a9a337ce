import type { Persona } from '@waymark/core';
import { type FormEvent, useId, useState } from 'react';
import type { LibraryPersona, UploadedAvatar } from '../api/types';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { avatarFileProblem, avatarFileTypes } from './avatarFile';
import { PersonaAvatar } from './PersonaAvatar';
import { formValues, isImageAvatar, type PersonaFormValues, readPersonaForm } from './personaForm';

interface PersonaEditorProps {
  /** The library persona to edit; a new one when absent. */
  readonly current?: LibraryPersona;
  readonly onSave: (persona: Persona, current?: LibraryPersona) => Promise<void>;
  readonly uploadAvatar: (file: File) => Promise<UploadedAvatar>;
  readonly onClose: () => void;
}

type Key = keyof PersonaFormValues;

/** Create or edit a library persona: every field of core's Persona, and its avatar (initials or an image). */
export function PersonaEditor({ current, onSave, uploadAvatar, onClose }: PersonaEditorProps) {
  const [values, setValues] = useState<PersonaFormValues>(() => formValues(current?.persona));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: Key) => (value: string) => setValues((before) => ({ ...before, [key]: value }));
  const field = { values, errors, set };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readPersonaForm(values, current?.persona);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(null);
    try {
      await onSave(read.persona, current);
      onClose();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  const title = current ? `Edit ${current.persona.name}` : 'New persona';
  return (
    <Dialog title={title} onClose={onClose} wide>
      <form className="persona-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="persona-form-grid">
          <TextField {...field} name="name" label="Name" required />
          {current === undefined && (
            <TextField
              {...field}
              name="id"
              label="Id"
              hint="Short and unique in the workspace; made from the name when empty."
            />
          )}
          <TextField {...field} name="segment" label="Segment" />
          <TextField {...field} name="share" label="Share of the customer base (%)" inputMode="decimal" />
          <TextField {...field} multiline name="description" label="Description" />
          <TextField {...field} name="quote" label="Quote" />
          <TextField {...field} multiline name="goals" label="Goals" hint="One a line." />
          <TextField {...field} multiline name="needs" label="Needs" hint="One a line." />
          <TextField {...field} multiline name="frustrations" label="Frustrations" hint="One a line." />
          <TextField {...field} multiline name="behaviours" label="Behaviours" hint="One a line." />
          <TextField {...field} name="color" label="Colour" hint="Like #1f77b4; empty for the map’s own." />
        </div>
        <AvatarField values={values} error={errors.avatar} set={set('avatar')} uploadAvatar={uploadAvatar} />
        <ErrorNote error={failure} />
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : current ? 'Save persona' : 'Create persona'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface InputProps {
  readonly values: PersonaFormValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly set: (key: Key) => (value: string) => void;
  readonly name: Key;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly inputMode?: 'decimal';
  readonly multiline?: boolean;
}

function useDescribed(name: string, hint: string | undefined, error: string | undefined) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const note = (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
  return {
    id: `${id}-${name}`,
    note,
    aria: {
      'aria-invalid': error ? true : undefined,
      ...(described ? { 'aria-describedby': described } : {}),
    },
  };
}

/** A labelled input, or a textarea for `multiline`, with its hint and error tied to it. */
function TextField({ values, errors, set, name, label, hint, required, inputMode, multiline }: InputProps) {
  const { id, note, aria } = useDescribed(name, hint, errors[name]);
  const control = {
    id,
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name)(event.target.value),
    ...aria,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...control} />
      ) : (
        <input required={required} inputMode={inputMode} {...control} />
      )}
      {note}
    </div>
  );
}

interface AvatarFieldProps {
  readonly values: PersonaFormValues;
  readonly error: string | undefined;
  readonly set: (value: string) => void;
  readonly uploadAvatar: (file: File) => Promise<UploadedAvatar>;
}

/** Initials typed in, or an image checked here (type, size) and by the server (its bytes), then uploaded. */
function AvatarField({ values, error, set, uploadAvatar }: AvatarFieldProps) {
  const [problem, setProblem] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const image = isImageAvatar(values.avatar);
  const { id, note, aria } = useDescribed(
    'avatar',
    'Up to three letters; empty for the name’s initials.',
    error,
  );
  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    const refused = avatarFileProblem(file);
    if (refused !== undefined) {
      setProblem(new Error(refused));
      return;
    }
    setProblem(null);
    setUploading(true);
    try {
      set((await uploadAvatar(file)).url);
    } catch (caught) {
      setProblem(caught);
    } finally {
      setUploading(false);
    }
  };
  const preview: Persona = {
    id: values.id || 'preview',
    name: values.name || '?',
    goals: [],
    needs: [],
    frustrations: [],
    behaviours: [],
    segments: [],
    ...(values.avatar ? { avatar: values.avatar } : {}),
    ...(/^#[0-9a-f]{6}$/i.test(values.color) ? { color: values.color } : {}),
  };
  return (
    <fieldset className="avatar-field">
      <legend>Avatar</legend>
      <PersonaAvatar persona={preview} size={64} />
      <div className="stack">
        {image ? (
          <button type="button" className="button secondary small" onClick={() => set('')}>
            Remove image, use initials
          </button>
        ) : (
          <div className="field">
            <label htmlFor={id}>Initials</label>
            <input
              id={id}
              value={values.avatar}
              maxLength={3}
              onChange={(event) => set(event.target.value)}
              {...aria}
            />
            {note}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-file`}>{image ? 'Replace the image' : 'Or upload an image'}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={avatarFileTypes.join(',')}
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <p className="field-hint" id={`${id}-file-hint`}>
            PNG, JPEG or WebP, at most 512 KB.
          </p>
        </div>
        {uploading && <p aria-live="polite">Uploading…</p>}
        <ErrorNote error={problem} />
      </div>
    </fieldset>
  );
}
