import { randomBytes } from 'node:crypto';
import type { Journey } from '@waymark/core';
import type { Principal } from '../auth/authenticate.js';
import { recordAudit } from '../commands/recordAudit.js';
import { newId, now } from '../db/rows.js';
import type { Role } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import { indexForSearch } from '../journeys/journeyStore.js';
import { readArchive } from './archive.js';

/** What a restore did. */
export interface RestoreReport {
  readonly workspace: { readonly slug: string; readonly name: string };
  readonly counts: Readonly<Record<string, number>>;
  /** Members whose email has no account on this server: not re-added. */
  readonly skippedMembers: { email: string; role: Role }[];
  /** Share links whose token is already in use on this server (a restore next to the original): restored revoked. */
  readonly revokedShareLinks: number;
}

/**
 * Restores a backup as a NEW workspace owned by `principal`, in one transaction: all of it or
 * none of it. Every row gets a new id; people are matched by email (someone without an account
 * here is dropped from references: null where the column allows, the restorer where it does not).
 */
export async function restoreWorkspace(
  context: ServerContext,
  principal: Principal,
  slug: string,
  bytes: Uint8Array,
): Promise<RestoreReport> {
  const { manifest, contents } = readArchive(bytes);
  return context.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('workspace').select('id').where('slug', '=', slug).executeTakeFirst();
    if (taken !== undefined)
      throw ApiError.conflict(`a workspace with the slug ${slug} already exists; pass another ?slug=`);
    const emails = contents.user.map((user) => user.email);
    const accounts =
      emails.length === 0
        ? []
        : await tx.selectFrom('user').select(['id', 'email']).where('email', 'in', emails).execute();
    const byEmail = new Map(accounts.map((account) => [account.email, account.id]));
    const userMap = new Map<string, string>();
    for (const user of contents.user) {
      const id = byEmail.get(user.email);
      if (id !== undefined) userMap.set(user.id, id);
    }
    const person = (id: string | null) => (id === null ? null : (userMap.get(id) ?? null));
    const required = (id: string) => userMap.get(id) ?? principal.userId;

    const workspaceId = newId();
    const name = manifest.workspace.name;
    await tx
      .insertInto('workspace')
      .values({
        id: workspaceId,
        slug,
        name,
        createdAt: manifest.workspace.createdAt,
        createdBy: principal.userId,
      })
      .execute();
    await tx
      .insertInto('workspaceMember')
      .values({ workspaceId, userId: principal.userId, role: 'owner', createdAt: now() })
      .execute();
    const skippedMembers: { email: string; role: Role }[] = [];
    const emailOf = new Map(contents.user.map((user) => [user.id, user.email]));
    for (const member of contents.member) {
      const userId = userMap.get(member.userId);
      if (userId === undefined)
        skippedMembers.push({ email: emailOf.get(member.userId) ?? '', role: member.role });
      else if (userId !== principal.userId)
        await tx
          .insertInto('workspaceMember')
          .values({ workspaceId, userId, role: member.role, createdAt: member.createdAt })
          .execute();
    }
    for (const persona of contents.persona)
      await tx
        .insertInto('persona')
        .values({ ...persona, id: newId(), workspaceId })
        .execute();

    const journeyIds = new Map<string, string>();
    for (const journey of contents.journey) {
      const id = newId();
      journeyIds.set(journey.id, id);
      await tx
        .insertInto('journey')
        .values({
          ...journey,
          id,
          workspaceId,
          createdBy: person(journey.createdBy),
          updatedBy: person(journey.updatedBy),
        })
        .execute();
      await indexForSearch(tx, context.kind, id, JSON.parse(journey.document) as Journey);
    }
    const journeyOf = (id: string) => {
      const mapped = journeyIds.get(id);
      if (mapped === undefined)
        throw ApiError.invalid(`the backup refers to a journey ${id} it does not contain`);
      return mapped;
    };
    for (const version of contents.version)
      await tx
        .insertInto('journeyVersion')
        .values({
          ...version,
          id: newId(),
          journeyId: journeyOf(version.journeyId),
          createdBy: person(version.createdBy),
        })
        .execute();

    // Parents before replies, whatever order the archive lists them in.
    const commentIds = new Map<string, string>();
    let pending = contents.comment;
    while (pending.length > 0) {
      const ready = pending.filter((c) => c.parentId === null || commentIds.has(c.parentId));
      if (ready.length === 0) throw ApiError.invalid('the backup’s comments reply to each other in a circle');
      for (const comment of ready) {
        const id = newId();
        commentIds.set(comment.id, id);
        const mentions = (JSON.parse(comment.mentions) as unknown[]).flatMap((m) =>
          typeof m === 'string' && userMap.has(m) ? [userMap.get(m)] : [],
        );
        await tx
          .insertInto('comment')
          .values({
            ...comment,
            id,
            journeyId: journeyOf(comment.journeyId),
            parentId: comment.parentId === null ? null : (commentIds.get(comment.parentId) ?? null),
            authorId: required(comment.authorId),
            resolvedBy: person(comment.resolvedBy),
            mentions: JSON.stringify(mentions),
          })
          .execute();
      }
      pending = pending.filter((c) => !commentIds.has(c.id));
    }

    let revokedShareLinks = 0;
    for (const link of contents.shareLink) {
      const inUse = await tx
        .selectFrom('shareLink')
        .select('id')
        .where('tokenHash', '=', link.tokenHash)
        .executeTakeFirst();
      if (inUse !== undefined) revokedShareLinks += 1;
      await tx
        .insertInto('shareLink')
        .values({
          ...link,
          id: newId(),
          journeyId: journeyOf(link.journeyId),
          createdBy: required(link.createdBy),
          ...(inUse === undefined
            ? {}
            : {
                tokenHash: `revoked-on-restore-${randomBytes(16).toString('hex')}`,
                revokedAt: link.revokedAt ?? now(),
              }),
        })
        .execute();
    }
    for (const event of contents.audit)
      await tx
        .insertInto('auditEvent')
        .values({ ...event, workspaceId, actorId: person(event.actorId) })
        .execute();
    await recordAudit(tx, {
      workspaceId,
      actorId: principal.userId,
      action: 'workspace.restore',
      targetType: 'workspace',
      targetId: slug,
      detail: {
        from: manifest.workspace.slug,
        backupCreatedAt: manifest.createdAt,
        skippedMembers: skippedMembers.length,
      },
    });
    return { workspace: { slug, name }, counts: manifest.counts, skippedMembers, revokedShareLinks };
  });
}
