// What the editor tells a person when the server closed their live connection for a limit
// (closeReasons in @waymark/collab): what happened and what to do. Such a close is not retried by
// itself — the same edit or the same tabs would be refused again — until the person reconnects.
import type { LiveCloseKind } from '@waymark/collab';

export interface ConnectionNotice {
  readonly title: string;
  readonly advice: string;
}

const notices: Readonly<Record<LiveCloseKind, ConnectionNotice>> = {
  tooBig: {
    title: 'Your last change was not saved: it would make this map larger than the server allows.',
    advice:
      'Undo that change (Ctrl+Z), or move part of the map into another journey, then reconnect. Everything before it is saved.',
  },
  flood: {
    title: 'The server disconnected this tab: it was sending changes faster than allowed.',
    advice: 'Reconnect to carry on. Your edits are kept on this device and are sent when you reconnect.',
  },
  tooManyConnections: {
    title: 'You have this map open in too many tabs or windows.',
    advice: 'Close some of them, then reconnect. Edits made here are kept on this device meanwhile.',
  },
  malformed: {
    title: 'The server refused a message from this tab as damaged.',
    advice:
      'Reload the page; your edits are kept on this device. If it happens again, please report it to your administrator.',
  },
};

/** The notice for a close the server made; the kind comes from liveCloseKind. */
export function connectionNotice(kind: LiveCloseKind): ConnectionNotice {
  return notices[kind];
}
