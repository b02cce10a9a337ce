import type { Persona } from '@waymark/core';

// The shapes of the API answers the web app reads (docs/api.md; the OpenAPI document is the reference).

export type Role = 'owner' | 'editor' | 'commenter' | 'viewer';

export interface WorkspaceRef {
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
}

export interface Me {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly workspaces: readonly WorkspaceRef[];
}

export interface JourneySummary {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly owner: string | null;
  readonly tags: readonly string[];
  /** The personas' ids. */
  readonly personas: readonly string[];
  /** Their names, in the same order. */
  readonly personaNames: readonly string[];
  /** The health score of `…/lint`, judged today (null when the server has not judged it). */
  readonly health: number | null;
  readonly revision: number;
  readonly reviewDue: string | null;
  /** The day of the last review, YYYY-MM-DD. */
  readonly lastReviewed: string | null;
  readonly stale: boolean;
  readonly updatedAt: string;
}

export interface JourneyList {
  readonly journeys: readonly JourneySummary[];
  readonly total: number;
}

/** A persona of the workspace library: core's Persona with its revision (for If-Match). */
export interface LibraryPersona {
  readonly persona: Persona;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface UploadedAvatar {
  readonly id: string;
  readonly url: string;
  readonly type: string;
  readonly size: number;
}

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly industry: string;
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export interface Comment {
  readonly id: string;
  readonly elementId: string | null;
  readonly parentId: string | null;
  readonly author: PersonRef;
  readonly body: string;
  readonly createdAt: string;
  readonly resolvedAt: string | null;
  /** Who resolved the thread (on its first comment). */
  readonly resolvedBy?: PersonRef | null;
}

export interface Thread extends Comment {
  readonly replies: readonly Comment[];
}

export interface LintReport {
  readonly health: { readonly score: number };
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

export interface CreatedShare {
  readonly token: string;
  readonly url: string;
}

/** Can this role change journeys? (docs/api.md, "Roles"). */
export const canEdit = (role: Role): boolean => role === 'owner' || role === 'editor';
/** Can this role write comments? */
export const canComment = (role: Role): boolean => role !== 'viewer';

/** A numbered snapshot of a journey (docs/api.md, "Versions"). */
export interface JourneyVersion {
  readonly number: number;
  readonly name: string;
  readonly reason: 'manual' | 'publish' | 'restore';
  readonly revision: number;
  readonly createdAt: string;
  readonly createdBy: PersonRef | null;
}

/** `…/diff`: core's diffJourneys between two versions (or `current`). */
export interface VersionDiff {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly {
    readonly kind: string;
    readonly element: string;
    /** The element's id (core's JourneyChange.id; an emotion's is `step/persona`). */
    readonly id?: string;
    readonly summary: string;
  }[];
  readonly counts: Readonly<Record<string, number>>;
}
