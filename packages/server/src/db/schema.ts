import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Waymark's own tables. Timestamps are ISO 8601 text and JSON is text on both SQLite and
// PostgreSQL, so rows read the same from either engine. better-auth owns `user`, `session`,
// `account` and `verification` (its own migrations create them); we only read `user`.

export const roles = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof roles)[number];

export interface UserTable {
  id: string;
  name: string;
  email: string;
}

export interface SessionTable {
  id: string;
  userId: string;
}

export interface WorkspaceTable {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
}

export interface WorkspaceMemberTable {
  workspaceId: string;
  userId: string;
  role: Role;
  createdAt: string;
}

export interface InvitationTable {
  id: string;
  workspaceId: string;
  role: Role;
  tokenHash: string;
  email: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedBy: string | null;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface ApiTokenTable {
  id: string;
  userId: string;
  name: string;
  /** The first characters of the token, shown in lists so a person can tell tokens apart. */
  prefix: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface PersonaTable {
  id: string;
  workspaceId: string;
  /** The persona's id inside journeys (core's `Persona.id`). */
  slug: string;
  name: string;
  document: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface JourneyTable {
  id: string;
  workspaceId: string;
  /** The journey document's own id: its address in the API (`/journeys/{slug}`). */
  slug: string;
  title: string;
  status: string;
  owner: string | null;
  /** JSON arrays, for list filters. */
  tags: string;
  personas: string;
  /** The whole journey (core's `Journey`), canonical JSON. */
  document: string;
  revision: number;
  /** When the next review is due (last review + cadence); null when the map has no cadence. */
  reviewDue: string | null;
  /** JSON array of the personas' names, in the document's order; null on rows from before 0007. */
  personaNames: string | null;
  /** core's health score (0–100, rounded) as judged on `healthDay`; null until first judged. */
  healthScore: number | null;
  healthDay: string | null;
  /** The document's `review.lastReviewed` (YYYY-MM-DD). */
  lastReviewed: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
  deletedAt: string | null;
}

/** An uploaded persona avatar (routes/api/personas/avatars.ts): sniffed type, bytes as base64. */
export interface PersonaAvatarTable {
  id: string;
  workspaceId: string;
  type: string;
  size: number;
  data: string;
  createdAt: string;
  createdBy: string | null;
}

export interface JourneyVersionTable {
  id: string;
  journeyId: string;
  /** 1, 2, 3… per journey. */
  number: number;
  name: string;
  /** Why it was taken: `manual`, `publish` or `restore`. */
  reason: string;
  revision: number;
  document: string;
  createdAt: string;
  createdBy: string | null;
}

export interface CommentTable {
  id: string;
  journeyId: string;
  /** The element commented on (an id in the journey); null for the journey as a whole. */
  elementId: string | null;
  parentId: string | null;
  authorId: string;
  body: string;
  /** JSON array of mentioned user ids. */
  mentions: string;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  deletedAt: string | null;
  /** The author's name from a restored archive not trusted with identities; null otherwise. */
  importedAuthor: string | null;
}

export interface ShareLinkTable {
  id: string;
  journeyId: string;
  prefix: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  workspaceId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  detail: string;
  createdAt: string;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  workspace: WorkspaceTable;
  workspaceMember: WorkspaceMemberTable;
  invitation: InvitationTable;
  apiToken: ApiTokenTable;
  persona: PersonaTable;
  personaAvatar: PersonaAvatarTable;
  journey: JourneyTable;
  journeyVersion: JourneyVersionTable;
  comment: CommentTable;
  shareLink: ShareLinkTable;
  auditEvent: AuditEventTable;
  journeyYState: JourneyYStateTable;
  journeyYUpdate: JourneyYUpdateTable;
  journeyVersionYState: JourneyVersionYStateTable;
  dataset: DatasetTable;
}

/**
 * An uploaded event log or feedback export (analytics/). `loading` while its DuckDB file is
 * being written, `ready` after; `skipped` is JSON (the first skipped rows with their lines),
 * `columns` JSON (role → column). Counts are bigint: PostgreSQL may hand them back as text.
 */
export interface DatasetTable {
  id: string;
  workspaceId: string;
  kind: 'events' | 'feedback';
  name: string;
  format: string;
  status: 'loading' | 'ready' | 'failed';
  message: string | null;
  bytes: number | string;
  rowsTaken: number | string;
  rowsSkipped: number | string;
  skipped: string;
  columns: string;
  createdBy: string | null;
  createdAt: string;
}

/** A version's Yjs document state, base64 (collab/versionState.ts). */
export interface JourneyVersionYStateTable {
  versionId: string;
  state: string;
}

/** A journey's live Yjs document (collab/persistence.ts), base64, as of `revision`. */
export interface JourneyYStateTable {
  journeyId: string;
  state: string;
  revision: number;
  updatedAt: string;
}

/** A live update acknowledged but not yet in `journeyYState` (collab/updateLog.ts), base64. */
export interface JourneyYUpdateTable {
  id: Generated<number>;
  journeyId: string;
  update: string;
  /** Who sent it, for the audit line of a store made from the log after a crash. */
  userId: string | null;
  /** For a REST write written into the open document: the journey revision it made. */
  revision: number | null;
  createdAt: string;
}

export type JourneyRow = Selectable<JourneyTable>;
export type NewJourneyRow = Insertable<JourneyTable>;
export type JourneyRowUpdate = Updateable<JourneyTable>;
export type WorkspaceRow = Selectable<WorkspaceTable>;
export type PersonaRow = Selectable<PersonaTable>;
export type CommentRow = Selectable<CommentTable>;
export type VersionRow = Selectable<JourneyVersionTable>;
export type ShareLinkRow = Selectable<ShareLinkTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type DatasetRow = Selectable<DatasetTable>;
