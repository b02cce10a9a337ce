// The public surface of @waymark/collab: the journey as a Yjs document. Pure (no node:*), so the
// browser editor and the server share it. Named exports only.

// --- the journey ⇄ Y.Doc mapping ---

export { docHasJourney, journeyDocTypes } from './docLayout.js';
export { docToJourney, journeyToDoc } from './journeyDoc.js';

// --- core's commands as Yjs transactions ---

export { applyCommandsToDoc } from './applyCommandsToDoc.js';

// --- presence (Yjs awareness) ---

export { PresenceState, PresenceUser, parsePresence } from './presence.js';

// --- why the server closes a live connection ---

export { type LiveCloseKind, liveCloseKind, liveCloseReason, liveCloseRules } from './closeReasons.js';
