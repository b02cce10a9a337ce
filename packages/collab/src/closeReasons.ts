// Why the server closes a live connection, in one place for both ends: the server builds its close
// reasons here (collab/limits.ts), and the editor reads them back here to tell the person what
// happened instead of reconnecting into the same refusal. A reason is `<lead>: <detail>`; the
// lead is fixed per kind, the detail is for people and logs.

/** Why the server closed a live connection. */
export type LiveCloseKind = 'malformed' | 'flood' | 'tooBig' | 'tooManyConnections';

interface CloseRule {
  /** The WebSocket close code: RFC 6455's policy violation (1008) and too big (1009), or 4xxx. */
  readonly code: number;
  /** The reason's fixed start, by which a client recognises the kind. */
  readonly lead: string;
}

export const liveCloseRules: Readonly<Record<LiveCloseKind, CloseRule>> = {
  malformed: { code: 1008, lead: 'not a Yjs document update' },
  flood: { code: 1008, lead: 'too many messages' },
  tooBig: { code: 1009, lead: 'document too large' },
  // Sent as Hocuspocus's close message for one document (the socket may carry others), which a
  // provider reports with code 1000: the lead is what tells it apart.
  tooManyConnections: { code: 4429, lead: 'too many live connections' },
};

/** RFC 6455 allows 123 bytes of reason. */
const maxReasonBytes = 123;

/** The close reason for `kind`: its lead, then the detail, cut to what a close frame holds. */
export function liveCloseReason(kind: LiveCloseKind, detail: string): string {
  const reason = `${liveCloseRules[kind].lead}: ${detail}`;
  const encoder = new TextEncoder();
  if (encoder.encode(reason).length <= maxReasonBytes) return reason;
  let cut = '';
  for (const char of reason) {
    if (encoder.encode(`${cut}${char}…`).length > maxReasonBytes) break;
    cut += char;
  }
  return `${cut}…`;
}

/**
 * The kind of a close the server made, from the close event's code and reason; `undefined` for any
 * other close (network gone, server restarting), after which reconnecting is right.
 */
export function liveCloseKind(code: number, reason: string): LiveCloseKind | undefined {
  const kinds = Object.keys(liveCloseRules) as LiveCloseKind[];
  const byLead = kinds.find((kind) => reason.startsWith(`${liveCloseRules[kind].lead}:`));
  if (byLead !== undefined) return byLead;
  const byCode = kinds.filter((kind) => liveCloseRules[kind].code === code);
  return byCode.length === 1 ? byCode[0] : undefined;
}
