import { type Kysely, sql } from 'kysely';
import type { DatabaseKind } from '../db/openDatabase.js';
import type { Database } from '../db/schema.js';

/** One journey that matches a search, best first. */
export interface JourneyHit {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  /** A short passage around the match, the matched words between « and »; plain text, not HTML. */
  readonly snippet: string;
  /** Higher is better; comparable only within one result list. */
  readonly rank: number;
}

/** Marks around matched words in snippets; plain characters, so no client ever renders markup. */
const open = '«';
const close = '»';

/** More words than anyone types; the rest are dropped so a pasted essay cannot make a huge query. */
const maxTerms = 16;
const maxTermLength = 64;

/**
 * The words of a search as the full-text tokenizers see them: runs of letters, digits and
 * combining marks (any script). Everything else — quotes, `*`, `-`, `:`, `(`, `NEAR`'s brackets —
 * separates words and never reaches the engine as syntax, so no input can break the query.
 */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.slice(0, maxTerms).map((word) => word.slice(0, maxTermLength));
}

/**
 * FTS5: each word a quoted string, the last one a prefix (unless `exact`: someone still typing it);
 * all words must match, or any one.
 */
export function fts5Query(
  terms: readonly string[],
  match: 'all' | 'any' = 'all',
  last: 'prefix' | 'exact' = 'prefix',
): string {
  return terms
    .map(
      (term, index) =>
        `"${term.replaceAll('"', '""')}"${index === terms.length - 1 && last === 'prefix' ? '*' : ''}`,
    )
    .join(match === 'all' ? ' ' : ' OR ');
}

/** PostgreSQL tsquery text: each word a quoted lexeme, the last one a prefix, joined by AND (or OR). */
export function tsQuery(terms: readonly string[], match: 'all' | 'any' = 'all'): string {
  return terms
    .map(
      (term, index) =>
        `'${term.replaceAll("'", "''").replaceAll('\\', '\\\\')}'${index === terms.length - 1 ? ':*' : ''}`,
    )
    .join(match === 'all' ? ' & ' : ' | ');
}

/** How FTS5's snippet() and ts_headline mark and cut a passage. */
const snippetTokens = 16;
const headlineOptions = `StartSel=${open}, StopSel=${close}, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…`;

/**
 * Full-text search over a workspace's journeys (not deleted ones), through the `journeySearch`
 * index that journeyStore keeps in step with every write. The engine-specific SQL lives here
 * and only here. Both engines match and rank the whole text of every journey, then build a
 * snippet only for the page of results, from each result's first passage (searchPassages.ts)
 * that holds all the words — or any of them, when they are spread over the journey — so a
 * snippet costs a passage's tokenising, not the journey's.
 */
export async function searchJourneys(
  db: Kysely<Database>,
  kind: DatabaseKind,
  workspaceId: string,
  text: string,
  limit: number,
): Promise<JourneyHit[]> {
  const terms = searchTerms(text);
  if (terms.length === 0) return [];
  const rows =
    kind === 'sqlite'
      ? await searchSqlite(db, workspaceId, terms, limit)
      : await searchPostgres(db, workspaceId, terms, limit);
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}

type HitRow = Omit<JourneyHit, 'rank'> & { rank: number | string };

async function searchSqlite(
  db: Kysely<Database>,
  workspaceId: string,
  terms: readonly string[],
  limit: number,
) {
  // The passage for a snippet: the first with all the words as typed, else the first with any of
  // them, else (the last word being the start of one) the first with any word or that prefix.
  // Exact words first because FTS5 answers a prefix by merging every word it starts, on each call.
  // The bounds come from `ranked` (constants inside the subquery), so FTS5 seeks into the range.
  const passageSnippet = (match: string) => sql`(
    SELECT snippet(journeySearchPassage, 0, ${open}, ${close}, '…', ${snippetTokens})
    FROM journeySearchPassage
    WHERE journeySearchPassage MATCH ${match}
      AND journeySearchPassage.rowid >= ranked.firstPassage AND journeySearchPassage.rowid <= ranked.lastPassage
    ORDER BY journeySearchPassage.rowid LIMIT 1)`;
  const result = await sql<HitRow>`
    WITH ranked AS (
      SELECT journey.slug AS id, journey.title AS title, journey.status AS status,
        e.firstPassage AS firstPassage, e.lastPassage AS lastPassage,
        bm25(journeySearchIndex, 10.0, 1.0) AS score
      FROM journeySearchIndex
        JOIN journeySearchEntry e ON e.entry = journeySearchIndex.rowid
        JOIN journey ON journey.id = e.journeyId
      WHERE journeySearchIndex MATCH ${fts5Query(terms, 'all')}
        AND journey.workspaceId = ${workspaceId} AND journey.deletedAt IS NULL
      ORDER BY score, journey.slug
      LIMIT ${limit})
    SELECT ranked.id, ranked.title, ranked.status, -ranked.score AS rank,
      coalesce(${passageSnippet(fts5Query(terms, 'all', 'exact'))}, ${passageSnippet(fts5Query(terms, 'any', 'exact'))},
        ${passageSnippet(fts5Query(terms, 'any'))}, ranked.title) AS snippet
    FROM ranked
    ORDER BY ranked.score, ranked.id`.execute(db);
  return result.rows;
}

async function searchPostgres(
  db: Kysely<Database>,
  workspaceId: string,
  terms: readonly string[],
  limit: number,
) {
  const passageHeadline = (query: string) => sql`(
    SELECT ts_headline('simple', p.text, to_tsquery('simple', ${query}), ${headlineOptions})
    FROM "journeySearchPassage" p
    WHERE p."journeyId" = ranked."journeyId" AND p.vector @@ to_tsquery('simple', ${query})
    ORDER BY p.ordinal LIMIT 1)`;
  // Ranked in the index alone (it carries workspace, slug and deletion): only the page of results
  // is joined to its journey rows, not every match of a common word.
  const result = await sql<HitRow>`
    WITH q AS (SELECT to_tsquery('simple', ${tsQuery(terms, 'all')}) AS query),
    ranked AS (
      SELECT s.slug AS id, s."journeyId" AS "journeyId", ts_rank(s.vector, q.query) AS rank
      FROM "journeySearch" s, q
      WHERE s.vector @@ q.query AND s."workspaceId" = ${workspaceId} AND s."deletedAt" IS NULL
      ORDER BY rank DESC, s.slug
      LIMIT ${limit})
    SELECT ranked.id, journey.title, journey.status, ranked.rank,
      coalesce(${passageHeadline(tsQuery(terms, 'all'))}, ${passageHeadline(tsQuery(terms, 'any'))}, journey.title) AS snippet
    FROM ranked JOIN journey ON journey.id = ranked."journeyId"
    ORDER BY ranked.rank DESC, ranked.id`.execute(db);
  return result.rows;
}
