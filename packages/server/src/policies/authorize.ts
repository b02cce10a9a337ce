import type { Kysely } from 'kysely';
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
 */
export async function authorize(
  db: Kysely<Database>,
  principal: Principal,
  workspaceSlug: string,
  permission: Permission,
): Promise<WorkspaceAccess> {
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
    .where('workspaceMember.userId', '=', principal.userId)
    .executeTakeFirst();
  if (row === undefined) throw ApiError.notFound(`no workspace ${workspaceSlug}`);
  const { role, ...workspace } = row;
  if (!roleAllows(role, permission))
    throw ApiError.forbidden(
      `your role in ${workspace.slug} is ${role}, which cannot ${permissionVerbs[permission]}; ask an owner for more`,
    );
  return { workspace, role, principal };
}
