import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessCache, Membership } from '../auth/accessCache.js';
import type { Principal } from '../auth/authenticate.js';
import type { Database, Role, WorkspaceRow } from '../db/schema.js';
import { ApiError } from '../http/ApiError.js';
import { type Permission, permissionVerbs, roleAllows } from './roles.js';

/** A member's access to a workspace. */
export interface WorkspaceAccess {
  readonly workspace: WorkspaceRow;
  readonly role: Role;
  readonly principal: Principal;
}

/**
 * The one place that decides whether a person may do something in a workspace. A workspace the
 * person is not a member of answers 404, exactly like one that does not exist, so nothing leaks
 * about other teams; a member without the right gets 403 saying which role they have.
 * `known` is the membership when it was already looked up (with the request's API token); with
 * `cache`, a membership looked up in the last seconds is not looked up again.
 */
export async function authorize(
  db: Kysely<Database>,
  principal: Principal,
  workspaceSlug: string,
  permission: Permission,
  known?: Membership | null,
  cache?: AccessCache,
): Promise<WorkspaceAccess> {
  const membership =
    known !== undefined ? known : await membershipOf(db, principal.userId, workspaceSlug, cache);
  if (membership === null) throw ApiError.notFound(`no workspace ${workspaceSlug}`);
  const { workspace, role } = membership;
  if (!roleAllows(role, permission))
    throw ApiError.forbidden(
      `your role in ${workspace.slug} is ${role}, which cannot ${permissionVerbs[permission]}; ask an owner for more`,
    );
  return { workspace, role, principal };
}

async function membershipOf(
  db: Kysely<Database>,
  userId: string,
  workspaceSlug: string,
  cache: AccessCache | undefined,
): Promise<Membership | null> {
  const cached = cache?.membership(userId, workspaceSlug);
  if (cached !== undefined) return cached;
  const generation = cache?.generation ?? 0;
  const found = await findMembership(db, userId, workspaceSlug);
  if (found !== null) cache?.keepMembership(userId, workspaceSlug, generation, found);
  return found;
}

async function findMembership(
  db: Kysely<Database>,
  userId: string,
  workspaceSlug: string,
): Promise<Membership | null> {
  const row = await db
    .selectFrom('workspace')
    .innerJoin('workspaceMember', 'workspaceMember.workspaceId', 'workspace.id')
    .select([
      'workspace.id',
      'workspace.slug',
      'workspace.name',
      'workspace.createdAt',
      'workspace.createdBy',
      'workspaceMember.role',
    ])
    .where('workspace.slug', '=', workspaceSlug)
    .where('workspaceMember.userId', '=', userId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const { role, ...workspace } = row;
  return { workspace, role };
}

/**
 * The request's access to the workspace in its URL, checked for `permission`. The /api/v1 scope
 * resolves membership before the body is even read (see app.ts), so a stranger gets the same 404
 * whatever they send; this adds the role check.
 */
export function requireRole(request: FastifyRequest, permission: Permission): WorkspaceAccess {
  const access = request.workspaceAccess;
  if (access === null)
    throw new Error(`${request.url}: requireRole needs a route with a :workspace parameter`);
  if (!roleAllows(access.role, permission))
    throw ApiError.forbidden(
      `your role in ${access.workspace.slug} is ${access.role}, which cannot ${permissionVerbs[permission]}; ask an owner for more`,
    );
  return access;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every /api/v1 route under /workspaces/:workspace, before validation. */
    workspaceAccess: WorkspaceAccess | null;
  }
}
