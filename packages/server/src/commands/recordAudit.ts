import type { Kysely } from 'kysely';
import { now } from '../db/rows.js';
import type { Database } from '../db/schema.js';

/** One line of a workspace's audit log: who did what to which thing. */
export interface AuditEntry {
  readonly workspaceId: string;
  readonly actorId: string | null;
  /** `journey.create`, `member.role`, `share.revoke`, … */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('auditEvent')
    .values({
      workspaceId: entry.workspaceId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      detail: JSON.stringify(entry.detail ?? {}),
      createdAt: now(),
    })
    .execute();
}
