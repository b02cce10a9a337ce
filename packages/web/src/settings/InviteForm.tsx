import { useState } from 'react';
import { workspacePath } from '../api/paths';
import type { Role } from '../api/types';
import { useApp } from '../app/AppContext';
import { useSubmit } from '../auth/useSubmit';
import { CopyField } from '../ui/CopyField';
import { ErrorNote } from '../ui/ErrorNote';

/** Owners make an invitation link for a role; the link works once. */
export function InviteForm({ workspace }: { workspace: string }) {
  const { api } = useApp();
  const [role, setRole] = useState<Role>('editor');
  const [url, setUrl] = useState<string | undefined>(undefined);
  const { busy, error, onSubmit } = useSubmit(async () => {
    const created = await api.post<{ url: string }>(`${workspacePath(workspace)}/invitations`, { role });
    setUrl(created.url);
  });
  return (
    <section className="settings-section" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <form onSubmit={onSubmit} className="row-form">
        <label htmlFor="invite-role">Role</label>
        <select
          id="invite-role"
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as Role)}
        >
          <option value="editor">editor</option>
          <option value="commenter">commenter</option>
          <option value="viewer">viewer</option>
          <option value="owner">owner</option>
        </select>
        <button type="submit" className="button primary" disabled={busy}>
          Create invitation link
        </button>
      </form>
      <ErrorNote error={error} />
      {url && <CopyField label="Invitation link" value={url} />}
    </section>
  );
}
