// How a persona document points at an uploaded avatar: the URL the upload route answers with.
// Deleting a persona and restoring a backup both need to find (and rewrite) that pointer, so
// the URL is spelled and read in this one place.

/** Where an uploaded avatar is served; what a persona's `avatar` holds. */
export const avatarUrl = (workspace: string, id: string): string =>
  `/api/v1/workspaces/${encodeURIComponent(workspace)}/avatars/${id}`;

const uploaded = /^\/api\/v1\/workspaces\/[^/]+\/avatars\/([0-9a-f-]{36})$/;

/** The uploaded avatar's id a persona's `avatar` points at, or undefined (initials, an outside URL). */
export function avatarIdIn(avatar: string | undefined): string | undefined {
  return avatar === undefined ? undefined : uploaded.exec(avatar)?.[1];
}
