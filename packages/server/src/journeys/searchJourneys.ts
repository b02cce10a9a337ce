import { type Kysely, sql } from 'kysely';
import type { DatabaseKind } from '../db/openDatabase.js';
import type { Database } from '../db/schema.js';
import { snippetClose, snippetCutter, snippetOpen } from './searchSnippet.js';

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

/** FTS5: each word a quoted string (all words must match), the last one a prefix. */
export function fts5Query(terms: readonly string[]): string {
  return terms
    .map((term, index) => `"${term.replaceAll('"', '""')}"${index === terms.length - 1 ? '*' : ''}`)
    .join(' ');
}

/** PostgreSQL tsquery text: each word a quoted lexeme, joined by AND, the last one a prefix. */
export function tsQuery(terms: readonly string[]): string {
  return terms
    .map(
      (term, index) =>
        `'${term.replaceAll("'", "''").replaceAll('\\', '\\\\')}'${index === terms.length - 1 ? ':*' : ''}`,
    )
    .join(' & ');
}

/**
 * Full-text search over a workspace's journeys (not deleted ones), through the `journeySearch`
 * index that journeyStore keeps in step with every write. The engine-specific SQL lives here
 * and only here. Both engines rank every match; snippets are cut only for the page of results,
 * by searchSnippet from a few hundred characters around the first match (the engines' snippet
 * functions re-tokenise a journey's whole text, which cost more than the ranking).
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
  const match = kind === 'sqlite' ? fts5Query(terms) : tsQuery(terms);
  const rows =
    kind === 'sqlite'
      ? await rankSqlite(db, workspaceId, match, limit)
      : await rankPostgres(db, workspaceId, match, limit);
  const cutSnippet = snippetCutter(terms);
  const hits: JourneyHit[] = [];
  for (const row of rows) {
    const snippet =
      cutSnippet(`${row.searchTitle}\n${row.body}`) ?? (await engineSnippet(db, kind, row.searchRow, match));
    hits.push({ id: row.id, title: row.title, status: row.status, snippet, rank: Number(row.rank) });
  }
  return hits;
}

/** A ranked match with the indexed text its snippet is cut from. */
interface RankedRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly rank: number | string;
  /** The search row's key: FTS5 rowid on SQLite, the journey row id on PostgreSQL. */
  readonly searchRow: string | number;
  readonly searchTitle: string;
  readonly body: string;
}

async function rankSqlite(db: Kysely<Database>, workspaceId: string, match: string, limit: number) {
  const result = await sql<RankedRow>`
    WITH ranked AS (
      SELECT journeySearch.rowid AS searchRow, journey.slug AS id, journey.title AS title,
        journey.status AS status, bm25(journeySearch, 0.0, 10.0, 1.0) AS score
      FROM journeySearch JOIN journey ON journey.id = journeySearch.journeyId
      WHERE journeySearch MATCH ${match}
        AND journey.workspaceId = ${workspaceId} AND journey.deletedAt IS NULL
      ORDER BY score, journey.slug
      LIMIT ${limit})
    SELECT ranked.id, ranked.title, ranked.status, -ranked.score AS rank, ranked.searchRow,
      journeySearch.title AS searchTitle, journeySearch.body AS body
    FROM ranked JOIN journeySearch ON journeySearch.rowid = ranked.searchRow
    ORDER BY ranked.score, ranked.id`.execute(db);
  return result.rows;
}

async function rankPostgres(db: Kysely<Database>, workspaceId: string, match: string, limit: number) {
  const result = await sql<RankedRow>`
    WITH q AS (SELECT to_tsquery('simple', ${match}) AS query),
    ranked AS (
      SELECT journey.slug AS id, journey.title AS title, journey.status AS status,
        s."journeyId" AS "searchRow", ts_rank(s.vector, q.query) AS rank
      FROM "journeySearch" s JOIN journey ON journey.id = s."journeyId", q
      WHERE s.vector @@ q.query
        AND journey."workspaceId" = ${workspaceId} AND journey."deletedAt" IS NULL
      ORDER BY rank DESC, journey.slug
      LIMIT ${limit})
    SELECT ranked.id, ranked.title, ranked.status, ranked.rank, ranked."searchRow",
      s.title AS "searchTitle", s.body
    FROM ranked JOIN "journeySearch" s ON s."journeyId" = ranked."searchRow"
    ORDER BY ranked.rank DESC, ranked.id`.execute(db);
  return result.rows;
}

/**
 * The engine's own snippet of one matching row, for the rare match searchSnippet cannot place
 * (found only through the engine's diacritics folding): slower, since it reads the whole text.
 */
async function engineSnippet(
  db: Kysely<Database>,
  kind: DatabaseKind,
  searchRow: string | number,
  match: string,
): Promise<string> {
  const result =
    kind === 'sqlite'
      ? await sql<{ snippet: string }>`
          SELECT snippet(journeySearch, -1, ${snippetOpen}, ${snippetClose}, '…', 16) AS snippet
          FROM journeySearch WHERE journeySearch MATCH ${match} AND journeySearch.rowid = ${searchRow}`.execute(
          db,
        )
      : await sql<{ snippet: string }>`
          SELECT ts_headline('simple', s.title || E'\n' || s.body, to_tsquery('simple', ${match}),
            ${`StartSel=${snippetOpen}, StopSel=${snippetClose}, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…`}) AS snippet
          FROM "journeySearch" s WHERE s."journeyId" = ${searchRow}`.execute(db);
  return result.rows[0]?.snippet ?? '';
}
