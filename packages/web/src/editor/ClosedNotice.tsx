import type { LiveCloseKind } from '@waymark/collab';
import { connectionNotice } from './connectionNotice';

/** The server closed the live connection for a limit: what happened, what to do, and a way back. */
export function ClosedNotice({ kind, onReconnect }: { kind: LiveCloseKind; onReconnect: () => void }) {
  const { title, advice } = connectionNotice(kind);
  return (
    <div className="notice notice-error" role="alert" data-close-kind={kind}>
      <span>
        <strong>{title}</strong> {advice}
      </span>
      <button type="button" className="button" onClick={onReconnect}>
        Reconnect
      </button>
    </div>
  );
}
