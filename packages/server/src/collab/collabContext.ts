import type { WorkspaceAccess } from '../policies/authorize.js';
import type { JourneyAddress } from './documentName.js';

/**
 * What authentication establishes for a connection and the other extensions rely on: who it is,
 * their access to the workspace, and which journey the document is.
 */
export interface CollabContext {
  readonly access: WorkspaceAccess;
  readonly address: JourneyAddress;
}

/** The context Hocuspocus hands a hook, checked (it is typed `any` there). */
export function collabContextOf(context: unknown): CollabContext {
  if (typeof context === 'object' && context !== null && 'access' in context && 'address' in context)
    return context as CollabContext;
  throw new Error('live document hook without an authenticated connection');
}
