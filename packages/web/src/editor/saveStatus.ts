/** What the save indicator shows. */
export type SaveStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'refused';

export interface ConnectionFacts {
  readonly connected: boolean;
  readonly synced: boolean;
  /** Local changes the server has not acknowledged yet. */
  readonly unsynced: number;
  /** Set when the server refused the connection (not signed in, not a member, journey gone). */
  readonly refusal?: string;
  /** Once connected, so a drop shows "offline" rather than "connecting". */
  readonly everConnected: boolean;
}

/** The indicator's state from the connection's facts. */
export function saveStatus(facts: ConnectionFacts): SaveStatus {
  if (facts.refusal !== undefined) return 'refused';
  if (!facts.connected) return facts.everConnected ? 'offline' : 'connecting';
  if (!facts.synced) return 'connecting';
  return facts.unsynced > 0 ? 'saving' : 'saved';
}

export const saveStatusLabels: Readonly<Record<SaveStatus, string>> = {
  connecting: 'Connecting…',
  saved: 'All changes saved',
  saving: 'Saving…',
  offline: 'Offline — edits are kept on this device',
  refused: 'Not connected',
};
