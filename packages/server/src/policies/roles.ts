import { type Role, roles } from '../db/schema.js';

/** What a member may do in a workspace, from least to most. */
export const permissions = ['read', 'comment', 'edit', 'manage'] as const;
export type Permission = (typeof permissions)[number];

/** The least role that holds each permission; each role holds everything below it. */
const leastRole: Readonly<Record<Permission, Role>> = {
  read: 'viewer',
  comment: 'commenter',
  edit: 'editor',
  manage: 'owner',
};

/** Roles from most to least powerful. */
const rank: Readonly<Record<Role, number>> = { owner: 3, editor: 2, commenter: 1, viewer: 0 };

export function roleAllows(role: Role, permission: Permission): boolean {
  return rank[role] >= rank[leastRole[permission]];
}

/** What each permission means, for error messages. */
export const permissionVerbs: Readonly<Record<Permission, string>> = {
  read: 'read',
  comment: 'comment',
  edit: 'edit',
  manage: 'manage members, sharing and settings',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export type { Role };
export { roles };
