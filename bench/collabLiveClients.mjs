// A client process of the live-collaboration benchmark (collabLive.bench.mjs): a few RECEIVERS, real
// HocuspocusProviders holding the whole map, which time every edit they see arrive; and many
// EDITORS, each its own WebSocket speaking the Hocuspocus protocol by hand. An editor renames its own
// touchpoint every 2 s: a real Yjs update to the journey, made on one local replica of the map under
// the editor's own Yjs client id, with the send time in the name. Editors hold no document of their
// own and do not decode what the server broadcasts (500 full replicas would not fit beside the
// server on 2 cores); what the server does per edit — log, apply, broadcast to every connection —
// is exactly what it does for real editors.
//
// Protocol with the parent, one JSON line each way on stdout/stdin: READY → GO {startAt, until} →
// RESULT {latencies, sent, seen}.
import { createInterface } from 'node:readline';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const options = JSON.parse(process.argv[2]);
const { url, token, name, editors, firstEditor, receivers, everyMs } = options;
const wsUrl = `${url.replace(/^http/, 'ws')}/collab`;
const now = () => performance.timeOrigin + performance.now();

const varUint = (value) => {
  const bytes = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
};
const varBytes = (bytes) => [...varUint(bytes.length), ...bytes];
const nameBytes = varBytes(new TextEncoder().encode(name));
const message = (body) => Buffer.from([...nameBytes, ...body]);

/** Latencies seen by the receivers, in ms, for edits sent inside the measured window. */
const latencies = [];
let window = { startAt: Number.POSITIVE_INFINITY, until: Number.POSITIVE_INFINITY };

function receiver() {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      onSynced: () => resolve({ doc, provider }),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`receiver refused: ${reason}`)),
    });
    provider.attach();
    doc.on('afterTransaction', (transaction) => {
      if (transaction.origin !== provider) return;
      const at = now();
      for (const type of transaction.changed.keys()) {
        if (!(type instanceof Y.Text)) continue;
        const match = /@(\d+(?:\.\d+)?)$/.exec(type.toString());
        if (match === null) continue;
        const sentAt = Number(match[1]);
        if (sentAt >= window.startAt && sentAt < window.until) latencies.push(at - sentAt);
      }
    });
  });
}

/** An editor's socket: authenticated, synced (the server's answer is not decoded), ready to send. */
function editorSocket() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl);
    let ready = false;
    socket.on('open', () => {
      socket.send(message([2, 0, ...varBytes(new TextEncoder().encode(token))]));
      socket.send(message([0, 0, ...varBytes(Uint8Array.from([0]))]));
    });
    socket.on('message', (data) => {
      if (ready) return;
      const at = nameBytes.length;
      if (data[at] === 0 && data[at + 1] === 1) {
        ready = true;
        resolve(socket);
      }
    });
    socket.on('error', reject);
    socket.on('close', (code, reason) => {
      if (!ready) reject(new Error(`editor socket closed: ${code} ${reason}`));
    });
  });
}

const watching = [];
for (let r = 0; r < receivers; r++) watching.push(await receiver());
// The replica editors make their changes on: the map as the first receiver got it.
const replica = new Y.Doc();
Y.applyUpdate(replica, Y.encodeStateAsUpdate(watching[0].doc));
const elements = replica.getMap('elements');
const touchpointIds = [...elements.keys()].filter((id) => /^s\d+-t\d+-tp\d+$/.test(id)).sort();
const sockets = [];
for (let start = 0; start < editors; start += 25) {
  const batch = Array.from({ length: Math.min(25, editors - start) }, () => editorSocket());
  sockets.push(...(await Promise.all(batch)));
}
process.stdout.write('READY\n');

const lines = createInterface({ input: process.stdin });
const go = await new Promise((resolve) => lines.once('line', (line) => resolve(JSON.parse(line))));
window = go;

let sent = 0;
const timers = [];
let cpuAtStart;
setTimeout(
  () => {
    cpuAtStart = process.cpuUsage();
  },
  Math.max(0, go.startAt - now()),
);
let cpuPercent = 0;
setTimeout(
  () => {
    const used = process.cpuUsage(cpuAtStart);
    cpuPercent = ((used.user + used.system) / 1000 / (go.until - go.startAt)) * 100;
  },
  Math.max(0, go.until - now()),
);
const editorIds = sockets.map((_, e) => firstEditor + e);
await new Promise((resolve) => {
  sockets.forEach((socket, e) => {
    const editor = editorIds[e];
    const touchpoint = touchpointIds[editor % touchpointIds.length];
    const text = elements.get(touchpoint).get('name');
    const clientID = 1_000_000 + editor;
    const edit = () => {
      const sentAt = now();
      if (sentAt >= go.until) return;
      const updates = [];
      const collect = (update) => updates.push(update);
      replica.on('update', collect);
      replica.clientID = clientID;
      replica.transact(() => {
        text.delete(0, text.length);
        text.insert(0, `Touchpoint of editor ${editor} @${sentAt}`);
      });
      replica.off('update', collect);
      for (const update of updates) socket.send(message([0, 2, ...varBytes(update)]));
      sent++;
    };
    // Staggered: editor e starts at its own offset inside the first period.
    const offset = (editor / options.totalEditors) * everyMs;
    const wait = Math.max(0, go.startAt - now() + offset);
    timers.push(
      setTimeout(() => {
        edit();
        timers.push(setInterval(edit, everyMs));
      }, wait),
    );
  });
  setTimeout(resolve, Math.max(0, go.until - now()) + 3000);
});
for (const timer of timers) clearTimeout(timer);
process.stdout.write(`RESULT ${JSON.stringify({ latencies, sent, receivers, cpuPercent })}\n`);
for (const socket of sockets) socket.terminate();
for (const { provider } of watching) provider.destroy();
process.exit(0);
