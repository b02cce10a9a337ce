import { useState } from 'react';
import { journeyPath } from '../api/paths';
import type { CreatedShare } from '../api/types';
import { useApp } from '../app/AppContext';
import { CopyField } from '../ui/CopyField';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';

/** Makes a read-only share link for people without an account; the link is shown this once. */
export function ShareDialog({
  workspace,
  journey,
  onClose,
}: {
  workspace: string;
  journey: string;
  onClose: () => void;
}) {
  const { api } = useApp();
  const [days, setDays] = useState(30);
  const [share, setShare] = useState<CreatedShare | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    try {
      setShare(
        await api.post<CreatedShare>(`${journeyPath(workspace, journey)}/shares`, { expiresInDays: days }),
      );
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Dialog title="Share a read-only link" onClose={onClose}>
      <p>Anyone with the link sees the map, read-only, without signing in. You can revoke it at any time.</p>
      {share ? (
        <CopyField label="Share link" value={share.url} />
      ) : (
        <div className="stack">
          <label className="field">
            <span>Expires after</span>
            <select value={days} onChange={(event) => setDays(Number(event.currentTarget.value))}>
              <option value={7}>7 days</option>
              <option value={30}>30 days</option>
              <option value={365}>a year</option>
            </select>
          </label>
          <ErrorNote error={error} />
          <button type="button" className="button primary" onClick={() => void create()}>
            Create link
          </button>
        </div>
      )}
    </Dialog>
  );
}
