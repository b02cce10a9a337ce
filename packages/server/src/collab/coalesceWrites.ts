/**
 * The part of a ws WebSocket this needs: `send`, and the TCP socket underneath (ws keeps it in
 * `_socket`; Hocuspocus's and ws's types are not dependencies of this package, so it is typed here).
 */
export interface CoalescableSocket {
  send: (...args: never[]) => void;
  readonly _socket?: { cork(): void; uncork(): void };
}

/**
 * Broadcasts cost a write system call per message per connection: with N editors each editing, the
 * server makes N² of them a second, and that was most of its time in the benchmark. Corking the
 * TCP socket at a connection's first send in a turn of the event loop and uncorking it once the
 * turn's I/O is done (setImmediate) hands the kernel everything sent to that connection meanwhile —
 * every edit that arrived together — in one write. Messages stay separate WebSocket frames, in order.
 */
export function coalesceWrites(socket: CoalescableSocket): void {
  const tcp = socket._socket;
  if (tcp === undefined) return;
  const send = socket.send.bind(socket);
  let corked = false;
  socket.send = (...args: never[]) => {
    if (!corked) {
      corked = true;
      tcp.cork();
      setImmediate(() => {
        corked = false;
        tcp.uncork();
      });
    }
    send(...args);
  };
}
