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
 * and only here.
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
      ? await sql<Omit<JourneyHit, 'rank'> & { rank: number }>`
          SELECT journey.slug AS id, journey.title AS title, journey.status AS status,
            snippet(journeySearch, -1, ${open}, ${close}, '…', 16) AS snippet,
            -bm25(journeySearch, 0.0, 10.0, 1.0) AS rank
          FROM journeySearch JOIN journey ON journey.id = journeySearch.journeyId
          WHERE journeySearch MATCH ${fts5Query(terms)}
            AND journey.workspaceId = ${workspaceId} AND journey.deletedAt IS NULL
          ORDER BY bm25(journeySearch, 0.0, 10.0, 1.0), journey.slug
          LIMIT ${limit}`.execute(db)
      : await sql<Omit<JourneyHit, 'rank'> & { rank: number }>`
          WITH q AS (SELECT to_tsquery('simple', ${tsQuery(terms)}) AS query)
          SELECT journey.slug AS id, journey.title AS title, journey.status AS status,
            ts_headline('simple', s.title || E'\n' || s.body, q.query,
              ${`StartSel=${open}, StopSel=${close}, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…`}) AS snippet,
            ts_rank(s.vector, q.query) AS rank
          FROM "journeySearch" s JOIN journey ON journey.id = s."journeyId", q
          WHERE s.vector @@ q.query
            AND journey."workspaceId" = ${workspaceId} AND journey."deletedAt" IS NULL
          ORDER BY rank DESC, journey.slug
          LIMIT ${limit}`.execute(db);
  return rows.rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
