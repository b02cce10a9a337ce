import { expect } from 'vitest';
import type { ApiClient, TestServer } from './harness.js';

/** A small journey with ids on everything, for features that point at elements. */
export const teamJourneyYaml = `title: Returning a parcel
id: parcel-return
status: draft
personas:
  - id: shopper
    name: Online shopper
stages:
  - id: decide
    name: Decide
    steps:
      - id: read-policy
        name: Read the returns policy
        emotions: { shopper: -1 }
      - id: print-label
        name: Print the label
        emotions: { shopper: 0 }
`;

/** A workspace with one member of each role, and the journey above in it. Five sign-ups hash
 * five passwords: give the beforeAll that calls this a minute on a busy machine. */
export interface Team {
  readonly slug: string;
  readonly owner: ApiClient;
  readonly editor: ApiClient;
  readonly commenter: ApiClient;
  readonly viewer: ApiClient;
  /** Signed up, member of nothing here. */
  readonly stranger: ApiClient;
  /** `/api/v1/workspaces/<slug>/journeys/parcel-return` */
  readonly journeyPath: string;
}

export async function makeTeam(server: TestServer, name: string): Promise<Team> {
  const owner = server.admin;
  const created = await owner.post('/api/v1/workspaces', { name });
  expect(created.status, created.text).toBe(201);
  const slug: string = created.json.slug;
  const invite = async (role: string): Promise<ApiClient> => {
    const invitation = await owner.post(`/api/v1/workspaces/${slug}/invitations`, { role });
    expect(invitation.status, invitation.text).toBe(201);
    const person = await server.signUp(`${name} ${role}`);
    const accepted = await person.post(`/api/v1/invitations/${invitation.json.token}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
    return person;
  };
  const editor = await invite('editor');
  const commenter = await invite('commenter');
  const viewer = await invite('viewer');
  const stranger = await server.signUp(`${name} stranger`);
  const journey = await owner.post(`/api/v1/workspaces/${slug}/journeys`, undefined, {
    raw: teamJourneyYaml,
    headers: { 'content-type': 'application/yaml' },
  });
  expect(journey.status, journey.text).toBe(201);
  return {
    slug,
    owner,
    editor,
    commenter,
    viewer,
    stranger,
    journeyPath: `/api/v1/workspaces/${slug}/journeys/parcel-return`,
  };
}
