// @mentions in comments, as the server reads them: `@[Name](userId)` in the body (docs/api.md,
// comments). Pure: what is being typed after an "@", the members it may mean, the text once one
// is picked, and a body split into text and mentions for display (as React text, never markup).

export interface Mentionable {
  readonly userId: string;
  readonly name: string;
  readonly email?: string;
}

/** The "@…" being typed before the caret: where its "@" is and what follows it. */
export interface MentionQuery {
  readonly start: number;
  readonly query: string;
}

/** The mention being typed at `caret`, if any: an "@" at the start or after a space, then no line break. */
export function mentionQuery(text: string, caret: number): MentionQuery | undefined {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1) return undefined;
  if (start > 0 && !/\s/.test(before[start - 1] ?? '')) return undefined;
  const query = before.slice(start + 1);
  if (query.length > 40 || /[\n[\]()]/.test(query)) return undefined;
  return { start, query };
}

/** Members whose name or email starts (by word) with the query, at most `limit`. */
export function mentionMatches(members: readonly Mentionable[], query: string, limit = 6): Mentionable[] {
  const wanted = query.trim().toLowerCase();
  return members
    .filter(
      (member) =>
        wanted === '' ||
        member.name
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(wanted)) ||
        member.name.toLowerCase().startsWith(wanted) ||
        (member.email ?? '').toLowerCase().startsWith(wanted),
    )
    .slice(0, limit);
}

/** The text with the "@query" replaced by the member's token, and the caret after it. */
export function insertMention(
  text: string,
  at: MentionQuery,
  member: Mentionable,
): { text: string; caret: number } {
  // Brackets in a name would end the token early; the server shows the member's real name anyway.
  const name = member.name.replace(/[[\]]/g, '');
  const token = `@[${name}](${member.userId}) `;
  const end = at.start + 1 + at.query.length;
  return { text: text.slice(0, at.start) + token + text.slice(end), caret: at.start + token.length };
}

export type BodyPart = { readonly text: string } | { readonly mention: string; readonly userId: string };

/** A comment body as text and mentions, in order. */
export function bodyParts(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(/@\[([^\]\n]*)\]\(([^)\s]+)\)/g)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: body.slice(last, index) });
    parts.push({ mention: match[1] ?? '', userId: match[2] ?? '' });
    last = index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
