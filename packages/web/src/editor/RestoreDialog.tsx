import type { JourneyVersion } from '../api/types';
import { Dialog } from '../ui/Dialog';

interface RestoreDialogProps {
  readonly version: JourneyVersion;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Asks before a restore: it replaces the map for everyone (as a new revision, so it can be undone by another restore). */
export function RestoreDialog({ version, busy, onConfirm, onClose }: RestoreDialogProps) {
  return (
    <Dialog title={`Restore version ${version.number}?`} onClose={onClose}>
      <p>
        The map becomes “{version.name}” again, for everyone editing it. This is saved as a new revision: the
        current map stays in the history.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={onConfirm}>
          Restore version {version.number}
        </button>
      </div>
    </Dialog>
  );
}
