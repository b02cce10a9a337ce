// Connects a journey's Y.Doc to the server's live document (/collab, session cookie, same origin)
// and to this device (y-indexeddb, so edits made offline survive a reload and merge on return).
// Everything lives for one editor screen: made in an effect, destroyed when it ends.
import { HocuspocusProvider } from '@hocuspocus/provider';
import {
  docHasJourney,
  type LiveCloseKind,
  liveCloseKind,
  type PresenceState,
  parsePresence,
} from '@waymark/collab';
import type { Journey } from '@waymark/core';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabUrl, documentName } from '../api/paths';
import { DocEditor } from './DocEditor';
import { type MapPoint, pointerThrottle } from './remotePointers';
import { type ConnectionFacts, type SaveStatus, saveStatus } from './saveStatus';

export interface LiveJourney {
  readonly editor: DocEditor | undefined;
  /** The journey as the doc reads now; undefined until the first sync (or local load). */
  readonly journey: Journey | undefined;
  readonly status: SaveStatus;
  readonly refusal: string | undefined;
  /** The server granted this connection read-only access (whatever the role said). */
  readonly serverReadOnly: boolean;
  /** Everyone else here now, with what they have selected. */
  readonly others: readonly PresenceState[];
  /** Shares what I have selected with the others. */
  readonly select: (id: string | undefined) => void;
  /** Shares where my pointer is on the map (throttled); undefined when it left the map. */
  readonly point: (at: MapPoint | undefined) => void;
  /** Set when the server closed the connection for a limit; it is not retried until `reconnect`. */
  readonly closed: LiveCloseKind | undefined;
  readonly reconnect: () => void;
}

interface LiveOptions {
  readonly workspace: string;
  readonly journey: string;
  readonly me: PresenceState['user'];
  /** From my role; the server enforces it too (read-only connections have their updates refused). */
  readonly readOnly: boolean;
}

const initialFacts: ConnectionFacts = { connected: false, synced: false, unsynced: 0, everConnected: false };

export function useLiveJourney({ workspace, journey: journeyId, me, readOnly }: LiveOptions): LiveJourney {
  const [editor, setEditor] = useState<DocEditor | undefined>(undefined);
  const [journey, setJourney] = useState<Journey | undefined>(undefined);
  const [facts, setFacts] = useState<ConnectionFacts>(initialFacts);
  const [others, setOthers] = useState<readonly PresenceState[]>([]);
  const [provider, setProvider] = useState<HocuspocusProvider | undefined>(undefined);
  const [serverReadOnly, setServerReadOnly] = useState(false);
  const [closed, setClosed] = useState<LiveCloseKind | undefined>(undefined);
  const [point, setPoint] = useState<(at: MapPoint | undefined) => void>(() => () => {});
  const [reconnect, setReconnect] = useState<() => void>(() => () => {});
  const { id: myId, name: myName, color: myColor } = me;

  useEffect(() => {
    const doc = new Y.Doc();
    const name = documentName(workspace, journeyId);
    const docEditor = new DocEditor(doc, { person: myId }, readOnly);
    const update = (patch: Partial<ConnectionFacts>) => setFacts((old) => ({ ...old, ...patch }));
    let ready = false;
    const show = () => {
      if (ready) setJourney(docEditor.journey());
    };
    let closedFor: LiveCloseKind | undefined;
    let live: HocuspocusProvider | undefined;
    let ended = false;
    const local = new IndexeddbPersistence(`waymark:${name}`, doc);
    const liveProvider = () => {
      const provider = new HocuspocusProvider({
        url: collabUrl(window.location),
        name,
        document: doc,
        onStatus: ({ status }) =>
          update(status === 'connected' ? { connected: true, everConnected: true } : { connected: false }),
        onSynced: ({ state }) => {
          update({ synced: state });
          if (state) {
            ready = true;
            show();
          }
        },
        onUnsyncedChanges: ({ number }) => update({ unsynced: number }),
        onAuthenticationFailed: ({ reason }) => {
          // Retrying would be refused the same way (not signed in, not a member, journey gone).
          provider.disconnect();
          update({ refusal: reason });
        },
        // A close for a limit (closeReasons): reconnecting by itself would send the same edit or
        // hold the same tabs and be closed again, so stop and say why until the person reconnects.
        onClose: ({ event }) => {
          const kind = liveCloseKind(event.code, event.reason);
          if (kind === undefined) return;
          closedFor = kind;
          provider.disconnect();
          setClosed(kind);
        },
        // The server decides: a read-only connection's updates are refused, so refuse them here first.
        onAuthenticated: ({ scope }) => {
          if (scope === 'readonly') {
            docEditor.lock();
            setServerReadOnly(true);
          }
        },
        onAwarenessChange: ({ states }) => setOthers(othersIn(states, doc.clientID)),
      });
      provider.setAwarenessField('user', { id: myId, name: myName, color: myColor });
      return provider;
    };
    // The live connection starts once this device's copy is in the doc: its first sync then says
    // what the doc already holds, so the server sends only what this device lacks and the provider
    // does not send the whole stored copy back as an edit (for a big map, both cost more than
    // reading the copy). Without IndexedDB it starts at once.
    const connectLive = () => {
      if (ended || live !== undefined) return;
      live = liveProvider();
      setProvider(live);
    };
    // Opened offline (or before the server answers): what this device kept is shown and editable
    // at once, and merges with the server's when the connection syncs.
    local.once('synced', () => {
      if (!ready && docHasJourney(doc)) {
        ready = true;
        show();
      }
      connectLive();
    });
    local._db.catch(connectLive);
    const pointer = pointerThrottle((at) => live?.setAwarenessField('pointer', at ?? null));
    setPoint(() => pointer.share);
    // The provider's retries back off to one every 30 s, and a socket on a dead network can take
    // that long to notice: the browser knows sooner. Offline: drop the socket (the indicator says
    // offline, edits stay on this device); online again: connect at once — unless the server closed
    // the connection for a limit, which waits for the person.
    const offline = () => live?.disconnect();
    const online = () => {
      if (closedFor === undefined) void live?.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    setReconnect(() => () => {
      closedFor = undefined;
      setClosed(undefined);
      void live?.connect();
    });
    const stop = docEditor.subscribe(show);
    setEditor(docEditor);
    return () => {
      ended = true;
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      pointer.cancel();
      stop();
      live?.destroy();
      void local.destroy();
      docEditor.destroy();
      doc.destroy();
      setEditor(undefined);
      setJourney(undefined);
      setFacts(initialFacts);
      setServerReadOnly(false);
      setClosed(undefined);
    };
  }, [workspace, journeyId, myId, myName, myColor, readOnly]);

  return {
    editor,
    journey,
    status: saveStatus(facts),
    refusal: facts.refusal,
    serverReadOnly,
    others,
    select: (id) => provider?.setAwarenessField('selected', id ?? null),
    point,
    closed,
    reconnect,
  };
}

/**
 * The other connections' presence (parsed: awareness comes from other clients), one per person
 * (someone with two tabs open shows once), without this connection's own.
 */
export function othersIn(
  states: readonly { clientId: number; [field: string]: unknown }[],
  myClientId: number,
): PresenceState[] {
  const people = new Map<string, PresenceState>();
  for (const state of states) {
    if (state.clientId === myClientId) continue;
    const presence = parsePresence({
      user: state.user,
      selected: state.selected ?? undefined,
      pointer: state.pointer ?? undefined,
    });
    if (presence && !people.has(presence.user.id)) people.set(presence.user.id, presence);
  }
  return [...people.values()];
}
