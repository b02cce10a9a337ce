import './personas.css';
import { useState } from 'react';
import { canEdit, type LibraryPersona } from '../api/types';
import { useApp } from '../app/AppContext';
import { CollectionPage } from '../library/CollectionPage';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaEditor } from './PersonaEditor';
import { usePersonaLibrary } from './usePersonaLibrary';

type Editing = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly current: LibraryPersona };

/** The workspace's persona library: every persona as a card; editors create, edit and delete them. */
export function PersonasScreen({ workspace }: { workspace: string }) {
  const { api, me } = useApp();
  const library = usePersonaLibrary(api, workspace);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [deleting, setDeleting] = useState<LibraryPersona | undefined>(undefined);
  const role = me?.workspaces.find((w) => w.slug === workspace)?.role;
  const editable = role !== undefined && canEdit(role);
  const { personas } = library;
  return (
    <CollectionPage
      workspace={workspace}
      title="Personas"
      lead={
        personas &&
        `${personas.length} ${personas.length === 1 ? 'persona' : 'personas'} to reuse across this workspace’s journeys`
      }
      {...(editable ? { action: { label: 'New persona', onClick: () => setEditing({ kind: 'new' }) } } : {})}
    >
      <ErrorNote error={library.error} />
      {personas === undefined && !library.error && <div className="card-grid-skeleton" aria-busy="true" />}
      {personas !== undefined && personas.length === 0 && (
        <div className="empty-state">
          <h2>No personas yet</h2>
          <p>
            {editable
              ? 'Describe who travels your journeys once, then add them to any map from its details panel.'
              : 'An editor of this workspace can add the personas its journeys share.'}
          </p>
        </div>
      )}
      {personas !== undefined && personas.length > 0 && (
        <ul className="persona-grid" aria-label="Personas">
          {personas.map((entry) => (
            <PersonaCard
              key={entry.persona.id}
              entry={entry}
              editable={editable}
              onEdit={() => setEditing({ kind: 'edit', current: entry })}
              onDelete={() => setDeleting(entry)}
            />
          ))}
        </ul>
      )}
      {editing && (
        <PersonaEditor
          {...(editing.kind === 'edit' ? { current: editing.current } : {})}
          onSave={library.save}
          uploadAvatar={library.uploadAvatar}
          onClose={() => setEditing(undefined)}
        />
      )}
      {deleting && (
        <DeletePersonaDialog
          entry={deleting}
          onDelete={library.remove}
          onClose={() => setDeleting(undefined)}
        />
      )}
    </CollectionPage>
  );
}

interface PersonaCardProps {
  readonly entry: LibraryPersona;
  readonly editable: boolean;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

function PersonaCard({ entry: { persona }, editable, onEdit, onDelete }: PersonaCardProps) {
  const headingId = `persona-${persona.id}`;
  const lists = [
    ['Goals', persona.goals],
    ['Needs', persona.needs],
    ['Frustrations', persona.frustrations],
    ['Behaviours', persona.behaviours],
  ] as const;
  return (
    <li className="persona-card" aria-labelledby={headingId}>
      <div className="persona-card-head">
        <PersonaAvatar persona={persona} />
        <div>
          <h2 id={headingId}>{persona.name}</h2>
          <p className="persona-card-segment">
            {[
              persona.segment,
              persona.share === undefined ? undefined : `${Math.round(persona.share * 100)}% of customers`,
            ]
              .filter(Boolean)
              .join(' · ') || 'No segment'}
          </p>
        </div>
      </div>
      {persona.quote && <blockquote>“{persona.quote}”</blockquote>}
      {persona.description && <p>{persona.description}</p>}
      <dl className="persona-card-lists">
        {lists
          .filter(([, items]) => items.length > 0)
          .map(([label, items]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <ul>
                  {items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
      </dl>
      {editable && (
        <div className="persona-card-actions">
          <button
            type="button"
            className="button secondary small"
            onClick={onEdit}
            aria-label={`Edit ${persona.name}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="button ghost small"
            onClick={onDelete}
            aria-label={`Delete ${persona.name}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

interface DeleteProps {
  readonly entry: LibraryPersona;
  readonly onDelete: (entry: LibraryPersona) => Promise<void>;
  readonly onClose: () => void;
}

/** Asks first; the server's refusal (a stale revision, a persona still in use) is shown as it says it. */
function DeletePersonaDialog({ entry, onDelete, onClose }: DeleteProps) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onDelete(entry);
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Delete ${entry.persona.name}?`} onClose={onClose}>
      <p>It leaves the workspace library. Journeys it was added to keep their own copy.</p>
      <ErrorNote error={error} />
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : 'Delete persona'}
        </button>
      </div>
    </Dialog>
  );
}
