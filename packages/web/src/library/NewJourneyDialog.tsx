import { templates } from '@waymark/core';
import { useState } from 'react';
import { journeysPath, workspacePath } from '../api/paths';
import { useApp } from '../app/AppContext';
import { text, useSubmit } from '../auth/useSubmit';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { newJourneyId } from './newJourneyId';
import { TemplatePreview } from './TemplatePreview';

type Start = { kind: 'template'; template: string } | { kind: 'blank' } | { kind: 'import' };

interface NewJourneyDialogProps {
  readonly workspace: string;
  readonly takenIds: readonly string[];
  readonly onClose: () => void;
}

/** Create a journey: from a template (a gallery with previews), blank, or by importing a YAML file. */
export function NewJourneyDialog({ workspace, takenIds, onClose }: NewJourneyDialogProps) {
  const { api, navigate } = useApp();
  const [start, setStart] = useState<Start>({ kind: 'template', template: templates[0]?.id ?? '' });
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const title = text(form, 'title').trim();
    let id: string;
    if (start.kind === 'import') {
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0)
        throw new Error('Choose a YAML journey file to import.');
      const query = title === '' ? '' : `&title=${encodeURIComponent(title)}`;
      const created = await api.post<{ id: string }>(
        `${workspacePath(workspace)}/imports?format=yaml${query}`,
        undefined,
        {
          raw: { text: await file.text(), type: 'application/yaml' },
        },
      );
      id = created.id;
    } else if (start.kind === 'template') {
      const template = templates.find((t) => t.id === start.template);
      const name = title || template?.name || 'New journey';
      const created = await api.post<{ id: string }>(`${journeysPath(workspace)}/from-template`, {
        template: start.template,
        id: newJourneyId(name, takenIds),
        title: name,
      });
      id = created.id;
    } else {
      const name = title || 'New journey';
      const created = await api.post<{ id: string }>(
        journeysPath(workspace),
        blankJourney(newJourneyId(name, takenIds), name),
      );
      id = created.id;
    }
    navigate({ screen: 'editor', workspace, journey: id });
  });
  return (
    <Dialog title="New journey" onClose={onClose} wide>
      <form onSubmit={onSubmit} className="stack">
        <fieldset className="start-options">
          <legend>Start from</legend>
          <div className="template-gallery">
            {templates.map((template) => (
              <label key={template.id} className="template-option">
                <input
                  type="radio"
                  name="start"
                  value={template.id}
                  checked={start.kind === 'template' && start.template === template.id}
                  onChange={() => setStart({ kind: 'template', template: template.id })}
                />
                <TemplatePreview template={template} />
                <span className="template-name">{template.name}</span>
                <span className="template-industry">{template.industry}</span>
              </label>
            ))}
            <PlainOption
              value="blank"
              checked={start.kind === 'blank'}
              onChoose={() => setStart({ kind: 'blank' })}
              glyph="+"
              name="Blank journey"
              note="One stage, one step"
            />
            <PlainOption
              value="import"
              checked={start.kind === 'import'}
              onChoose={() => setStart({ kind: 'import' })}
              glyph="⇪"
              name="Import YAML"
              note="A Waymark journey file"
            />
          </div>
        </fieldset>
        {start.kind === 'import' && (
          <Field
            label="Journey file (YAML)"
            name="file"
            type="file"
            accept=".yaml,.yml,application/yaml,text/yaml"
          />
        )}
        <Field
          label="Title"
          name="title"
          placeholder={start.kind === 'import' ? 'The file’s own title' : 'Buying a winter jacket online'}
        />
        <ErrorNote error={error} />
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create journey'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface PlainOptionProps {
  readonly value: string;
  readonly checked: boolean;
  readonly onChoose: () => void;
  readonly glyph: string;
  readonly name: string;
  readonly note: string;
}

/** A start that is not a template (blank, import), in the gallery's shape. */
function PlainOption({ value, checked, onChoose, glyph, name, note }: PlainOptionProps) {
  return (
    <label className="template-option template-plain">
      <input type="radio" name="start" value={value} checked={checked} onChange={onChoose} />
      <span className="thumbnail thumbnail-plain" aria-hidden="true">
        {glyph}
      </span>
      <span className="template-name">{name}</span>
      <span className="template-industry">{note}</span>
    </label>
  );
}

/** The smallest useful map: one persona, one stage with one step (the file format's defaults do the rest). */
function blankJourney(id: string, title: string) {
  return {
    id,
    title,
    personas: [{ id: 'customer', name: 'Customer' }],
    stages: [{ name: 'Discover', steps: [{ name: 'First step' }] }],
  };
}
