// The version history panel: the journey's versions (REST versions API), taking a named one,
// the diff from one to the current map (the server's, core's diffJourneys) and restoring one. A
// restore is a new revision the server writes into the live document, so the map follows by itself.
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { diffPath, journeyPath, restorePath, versionsPath } from '../api/paths';
import type { JourneyVersion, VersionDiff } from '../api/types';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { RestoreDialog } from './RestoreDialog';
import { SidePanelFrame } from './SidePanelFrame';
import { VersionDiffList } from './VersionDiff';

interface VersionsPanelProps {
  readonly workspace: string;
  readonly journey: string;
  /** Editors take and restore versions; everyone else reads the list and compares. */
  readonly canEdit: boolean;
  readonly onClose: () => void;
  /** The compared version's diff, to outline on the map (undefined: none compared). */
  readonly onCompare?: (diff: VersionDiff | undefined) => void;
}

const reasons: Record<JourneyVersion['reason'], string> = {
  manual: 'named',
  publish: 'published',
  restore: 'restored',
};

export function VersionsPanel({ workspace, journey, canEdit, onClose, onCompare }: VersionsPanelProps) {
  const { api } = useApp();
  const nameId = useId();
  const [versions, setVersions] = useState<readonly JourneyVersion[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [compared, setCompared] = useState<{ version: number; diff: VersionDiff } | undefined>(undefined);
  const [confirming, setConfirming] = useState<JourneyVersion | undefined>(undefined);

  const load = useCallback(async () => {
    const answer = await api.get<{ versions: JourneyVersion[] }>(versionsPath(workspace, journey));
    setVersions(answer.versions);
  }, [api, workspace, journey]);
  /** Runs a request, showing its failure instead of swallowing it. */
  const attempt = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    void attempt(load);
  }, [attempt, load]);

  const take = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '' || busy) return;
    void attempt(async () => {
      await api.post(versionsPath(workspace, journey), { name: name.trim() });
      setName('');
      await load();
    });
  };
  const compare = (version: number) =>
    attempt(async () => {
      const diff = await api.get<VersionDiff>(diffPath(workspace, journey, version));
      setCompared({ version, diff });
      onCompare?.(diff);
    });
  // The outlines go when the panel does.
  useEffect(() => () => onCompare?.(undefined), [onCompare]);
  // The dialog closes first, so that a refusal shows in the panel rather than behind a modal.
  const restore = (version: JourneyVersion) => {
    setConfirming(undefined);
    return attempt(async () => {
      const revision = await api.etag(journeyPath(workspace, journey));
      await api.post(restorePath(workspace, journey, version.number), undefined, {
        headers: { 'if-match': revision },
      });
      setCompared(undefined);
      await load();
    });
  };

  return (
    <SidePanelFrame
      label="Version history"
      title="Version history"
      className="versions-panel"
      onClose={onClose}
    >
      {canEdit && (
        <form className="version-form" onSubmit={take}>
          <label htmlFor={nameId}>Name this version</label>
          <input
            id={nameId}
            value={name}
            maxLength={200}
            placeholder="Before the workshop"
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" className="button secondary small" disabled={busy || name.trim() === ''}>
            Save version
          </button>
        </form>
      )}
      <ErrorNote error={error} />
      {versions === undefined && !error && <p className="hint">Loading versions…</p>}
      {versions?.length === 0 && <p className="hint">No versions yet</p>}
      {versions && versions.length > 0 && (
        <ol className="version-list">
          {versions.map((version) => (
            <li key={version.number} className="version">
              <span className="version-name">
                {version.number}. {version.name}
              </span>
              <span className="hint">
                {reasons[version.reason]} by {version.createdBy?.name ?? 'the server'},{' '}
                <time dateTime={version.createdAt}>{new Date(version.createdAt).toLocaleString()}</time>
              </span>
              <span className="version-actions">
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={`Compare version ${version.number} with current`}
                  onClick={() => void compare(version.number)}
                >
                  Compare with current
                </button>
                {canEdit && (
                  <button
                    type="button"
                    className="button ghost small"
                    aria-label={`Restore version ${version.number}`}
                    onClick={() => setConfirming(version)}
                  >
                    Restore
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {compared && <VersionDiffList version={compared.version} diff={compared.diff} />}
      {confirming && (
        <RestoreDialog
          version={confirming}
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onClose={() => setConfirming(undefined)}
        />
      )}
    </SidePanelFrame>
  );
}
