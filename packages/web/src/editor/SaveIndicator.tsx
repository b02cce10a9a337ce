import { type SaveStatus, saveStatusLabels } from './saveStatus';

/** Saved / saving / offline, always visible in the toolbar, announced politely when it changes. */
export function SaveIndicator({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  const label = readOnly && status === 'saved' ? 'Up to date' : saveStatusLabels[status];
  return (
    <output className={`save-indicator save-${status}`} aria-live="polite" data-status={status}>
      <span className="save-dot" aria-hidden="true" />
      {label}
    </output>
  );
}
