import { randomBytes } from 'node:crypto';
import type { Journey } from '@waymark/core';
import type { Kysely } from 'kysely';
import { removeWorkspaceDatasets } from '../analytics/datasetFiles.js';
import type { Principal } from '../auth/authenticate.js';
import { recordAudit } from '../commands/recordAudit.js';
import { newId, now } from '../db/rows.js';
import type { Database, Role } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import { journeyColumns } from '../journeys/journeyRecord.js';
import { indexForSearch } from '../journeys/journeyStore.js';
import { type ArchiveSignature, readArchive } from './archive.js';
import type { BackupContents } from './backupRecords.js';
import { relinkAvatars } from './relinkAvatars.js';
import { restoreDatasetFiles } from './restoreDatasetFiles.js';

/**
 * How much of the archive was trusted: `full` (signed by this server, or one sharing its
 * secret: members and people restored by email) or `content-only` (unsigned or signed by
 * someone else: journeys, versions, comments and the rest, but no one's identity).
 */
export type RestoreMode = 'full' | 'content-only';

/** What a restore did. */
export interface RestoreReport {
  readonly workspace: { readonly slug: string; readonly name: string };
  readonly mode: RestoreMode;
  readonly signature: ArchiveSignature;
  readonly counts: Readonly<Record<string, number>>;
  /** Archived members not re-added (content-only restores re-add no one but the restorer). */
  readonly membersNotRestored: number;
  /**
   * Full restores: members whose email has no account on this server. Always empty in a
   * content-only restore, which never looks emails up (so it tells no one who has an account).
   */
  readonly skippedMembers: { email: string; role: Role }[];
  /** Share links whose token is already in use on this server (a restore next to the original): restored revoked. */
  readonly revokedShareLinks: number;
}

/**
 * How the people in an archive become people here. A full restore matches them by email; a
 * content-only one matches no one: a required reference becomes the restorer, an optional one
 * null, and the archived name or email is kept as text where it is shown.
 */
interface People {
  /** The account an archived user id is, or null. */
  person(id: string | null): string | null;
  /** The account for a reference that cannot be null: the match, else the restorer. */
  required(id: string): string;
  /** The archived name of a user the restore could not match (for display), or null. */
  unmatchedName(id: string): string | null;
  /** The archived email of a user the restore could not match, or null. */
  unmatchedEmail(id: string | null): string | null;
}

async function matchPeople(
  db: Kysely<Database>,
  contents: BackupContents,
  restorer: string,
  trusted: boolean,
): Promise<People> {
  const userMap = new Map<string, string>();
  if (trusted) {
    const emails = contents.user.map((user) => user.email);
    const accounts =
      emails.length === 0
        ? []
        : await db.selectFrom('user').select(['id', 'email']).where('email', 'in', emails).execute();
    const byEmail = new Map(accounts.map((account) => [account.email, account.id]));
    for (const user of contents.user) {
      const id = byEmail.get(user.email);
      if (id !== undefined) userMap.set(user.id, id);
    }
  }
  const archived = new Map(contents.user.map((user) => [user.id, user]));
  return {
    person: (id) => (id === null ? null : (userMap.get(id) ?? null)),
    required: (id) => userMap.get(id) ?? restorer,
    unmatchedName: (id) => (userMap.has(id) ? null : (archived.get(id)?.name ?? 'someone')),
    unmatchedEmail: (id) => (id === null || userMap.has(id) ? null : (archived.get(id)?.email ?? null)),
  };
}

/**
 * Restores a backup as a NEW workspace owned by `principal`, in one transaction: all of it or
 * none of it (dataset files are written inside it and removed if it fails). Every row gets a new id. Only an archive signed with this server's key is trusted
 * with identities (see RestoreMode): anyone signed in may restore, and an archive is a file
 * anyone can write, so an unsigned one must not be able to add people to a workspace or put
 * words in their mouths.
 */
export async function restoreWorkspace(
  context: ServerContext,
  principal: Principal,
  slug: string,
  bytes: Uint8Array,
): Promise<RestoreReport> {
  const { manifest, contents, signature } = readArchive(bytes, {
    key: context.backupKey,
    maxBytes: context.config.restoreMaxBytes,
  });
  const mode: RestoreMode = signature === 'verified' ? 'full' : 'content-only';
  const workspaceId = newId();
  try {
    return await restoreRows(context, principal, slug, workspaceId, { manifest, contents, mode, signature });
  } catch (error) {
    await removeWorkspaceDatasets(context.config.dataDir, workspaceId);
    throw error;
  }
}

async function restoreRows(
  context: ServerContext,
  principal: Principal,
  slug: string,
  workspaceId: string,
  { manifest, contents, mode, signature }: ReturnType<typeof readArchive> & { mode: RestoreMode },
): Promise<RestoreReport> {
  return context.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('workspace').select('id').where('slug', '=', slug).executeTakeFirst();
    if (taken !== undefined)
      throw ApiError.conflict(`a workspace with the slug ${slug} already exists; pass another ?slug=`);
    const people = await matchPeople(tx, contents, principal.userId, mode === 'full');

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
    let membersNotRestored = 0;
    const added = new Set([principal.userId]);
    const emailOf = new Map(contents.user.map((user) => [user.id, user.email]));
    for (const member of contents.member) {
      const userId = people.person(member.userId);
      if (userId === null) {
        membersNotRestored += 1;
        if (mode === 'full')
          skippedMembers.push({ email: emailOf.get(member.userId) ?? '', role: member.role });
      } else if (!added.has(userId)) {
        added.add(userId);
        await tx
          .insertInto('workspaceMember')
          .values({ workspaceId, userId, role: member.role, createdAt: member.createdAt })
          .execute();
      }
    }
    const avatarIds = new Map<string, string>();
    for (const avatar of contents.avatar) {
      const id = newId();
      avatarIds.set(avatar.id, id);
      await tx
        .insertInto('personaAvatar')
        .values({ ...avatar, id, workspaceId, createdBy: people.person(avatar.createdBy) })
        .execute();
    }
    const avatars = relinkAvatars(slug, avatarIds);
    for (const persona of contents.persona)
      await tx
        .insertInto('persona')
        .values({ ...persona, document: avatars.persona(persona.document), id: newId(), workspaceId })
        .execute();

    const journeyIds = new Map<string, string>();
    for (const journey of contents.journey) {
      const id = newId();
      journeyIds.set(journey.id, id);
      // The document was checked by core's rules; the columns derived from it are derived again.
      const document = JSON.parse(avatars.journey(journey.document)) as Journey;
      await tx
        .insertInto('journey')
        .values({
          ...journey,
          ...journeyColumns(document),
          id,
          workspaceId,
          createdBy: people.person(journey.createdBy),
          updatedBy: people.person(journey.updatedBy),
        })
        .execute();
      await indexForSearch(
        tx,
        context.kind,
        { id, workspaceId, slug: document.id, deletedAt: journey.deletedAt },
        document,
      );
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
          document: avatars.journey(version.document),
          id: newId(),
          journeyId: journeyOf(version.journeyId),
          createdBy: people.person(version.createdBy),
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
        const mentions = (JSON.parse(comment.mentions) as string[]).flatMap((m) => people.person(m) ?? []);
        await tx
          .insertInto('comment')
          .values({
            ...comment,
            id,
            journeyId: journeyOf(comment.journeyId),
            parentId: comment.parentId === null ? null : (commentIds.get(comment.parentId) ?? null),
            authorId: people.required(comment.authorId),
            importedAuthor: comment.importedAuthor ?? people.unmatchedName(comment.authorId),
            resolvedBy: people.person(comment.resolvedBy),
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
          createdBy: people.required(link.createdBy),
          ...(inUse === undefined
            ? {}
            : {
                tokenHash: `revoked-on-restore-${randomBytes(16).toString('hex')}`,
                revokedAt: link.revokedAt ?? now(),
              }),
        })
        .execute();
    }
    for (const event of contents.audit) {
      const importedActor = people.unmatchedEmail(event.actorId);
      await tx
        .insertInto('auditEvent')
        .values({
          ...event,
          workspaceId,
          actorId: people.person(event.actorId),
          detail:
            importedActor === null
              ? event.detail
              : JSON.stringify({ ...(JSON.parse(event.detail) as object), importedActor }),
        })
        .execute();
    }
    const datasetIds = new Map<string, string>();
    for (const { fileBytes: _b, fileSha256: _s, ...dataset } of contents.dataset) {
      const id = newId();
      datasetIds.set(dataset.id, id);
      await tx
        .insertInto('dataset')
        .values({ ...dataset, id, workspaceId, createdBy: people.person(dataset.createdBy) })
        .execute();
    }
    await restoreDatasetFiles(context.config.dataDir, workspaceId, contents, datasetIds);
    await recordAudit(tx, {
      workspaceId,
      actorId: principal.userId,
      action: 'workspace.restore',
      targetType: 'workspace',
      targetId: slug,
      detail: {
        from: manifest.workspace.slug,
        backupCreatedAt: manifest.createdAt,
        mode,
        signature,
        membersNotRestored,
      },
    });
    return {
      workspace: { slug, name },
      mode,
      signature,
      counts: manifest.counts,
      membersNotRestored,
      skippedMembers,
      revokedShareLinks,
    };
  });
}
