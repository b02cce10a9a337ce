// The API addresses the web app uses, built in one place (ids are URL-encoded).

const e = encodeURIComponent;

export const workspacePath = (workspace: string): string => `/api/v1/workspaces/${e(workspace)}`;

export const journeysPath = (workspace: string): string => `${workspacePath(workspace)}/journeys`;

export const journeyPath = (workspace: string, journey: string): string =>
  `${journeysPath(workspace)}/${e(journey)}`;

export const personasPath = (workspace: string): string => `${workspacePath(workspace)}/personas`;

export const personaPath = (workspace: string, persona: string): string =>
  `${personasPath(workspace)}/${e(persona)}`;

export const avatarsPath = (workspace: string): string => `${workspacePath(workspace)}/avatars`;

/** The public, read-only API of a share link (docs/api.md, "Sharing"). */
export const sharedPath = (token: string): string => `/api/v1/shared/${e(token)}`;

export const versionsPath = (workspace: string, journey: string): string =>
  `${journeyPath(workspace, journey)}/versions`;

export const restorePath = (workspace: string, journey: string, version: number): string =>
  `${versionsPath(workspace, journey)}/${version}/restore`;

/** The semantic diff from a version to the current document. */
export const diffPath = (workspace: string, journey: string, from: number): string =>
  `${journeyPath(workspace, journey)}/diff?from=${from}&to=current`;

export const exportPath = (workspace: string, journey: string, format: string): string =>
  `${journeyPath(workspace, journey)}/export?format=${e(format)}`;

/** The live document's name on /collab: `<workspace slug>/<journey id>` (docs/api.md). */
export const documentName = (workspace: string, journey: string): string => `${workspace}/${journey}`;

/** The WebSocket address of /collab on this page's own origin (the session cookie needs the same Origin). */
export function collabUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}
