import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ApiError } from '../../../http/ApiError.js';

/** `@[Ada Admin](user-id)`: how a comment body mentions someone. */
const mentionToken = /@\[[^\]\n]*\]\(([^)\s]+)\)/g;

/** The user ids a body mentions with tokens, then the explicit ones, each once, in order. */
export function mentionedIds(body: string, explicit: readonly string[] = []): string[] {
  const ids = [...body.matchAll(mentionToken)].map((match) => match[1] ?? '');
  return [...new Set([...ids, ...explicit])].filter((id) => id !== '');
}

/** Refuses mentions of people outside the workspace: they could not read the comment anyway. */
export async function checkMentions(
  db: Kysely<Database>,
  workspaceId: string,
  workspaceSlug: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const members = await db
    .selectFrom('workspaceMember')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('userId', 'in', ids)
    .execute();
  const known = new Set(members.map((member) => member.userId));
  const strangers = ids.filter((id) => !known.has(id));
  if (strangers.length > 0)
    throw ApiError.invalid(
      `mentions: ${strangers.join(', ')} ${strangers.length === 1 ? 'is not a member' : 'are not members'} of workspace ${workspaceSlug}; only members can be mentioned`,
      strangers.map((id) => ({ severity: 'error', path: 'mentions', message: `${id} is not a member` })),
    );
}
