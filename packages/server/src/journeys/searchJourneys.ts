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
 * The text PostgreSQL's ts_headline looks at: the whole text of an ordinary journey, but for a
 * long one (the 1,000-touchpoint map has some 110 KB) a window around the first place the first
 * word occurs. ts_headline parses all it is given — 15–20 ms for the long text, per result — and
 * only shows a couple of dozen words. (A word found only with other casing rules starts the
 * window at the top; the snippet is then the text's opening words, unmarked.)
 */
function headlineWindow(terms: readonly string[]) {
  const text = sql`(s.title || E'\n' || s.body)`;
  const first = (terms[0] ?? '').toLowerCase();
  return sql`CASE WHEN length(${text}) <= ${headlineWindowChars} THEN ${text}
    ELSE substr(${text}, greatest(1, strpos(lower(${text}), ${first}) - ${headlineWindowChars / 2}), ${headlineWindowChars}) END`;
}

/** Characters of text given to ts_headline for a long journey (see headlineWindow). */
const headlineWindowChars = 3000;

/**
 * Full-text search over a workspace's journeys (not deleted ones), through the `journeySearch`
 * index that journeyStore keeps in step with every write. The engine-specific SQL lives here
 * and only here. Both engines rank every match but build snippets only for the page of results
 * (`ranked`, then the snippet): a snippet re-reads and re-tokenises a journey's whole text, which
 * cost more than the ranking when a common word matched most journeys.
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
      ? await sql<Omit<JourneyHit, 'rank'> & { rank: number }>`
          WITH ranked AS (
            SELECT journeySearch.rowid AS searchRow, journey.slug AS id, journey.title AS title,
              journey.status AS status, bm25(journeySearch, 0.0, 10.0, 1.0) AS score
            FROM journeySearch JOIN journey ON journey.id = journeySearch.journeyId
            WHERE journeySearch MATCH ${match}
              AND journey.workspaceId = ${workspaceId} AND journey.deletedAt IS NULL
            ORDER BY score, journey.slug
            LIMIT ${limit})
          SELECT ranked.id, ranked.title, ranked.status,
            snippet(journeySearch, -1, ${open}, ${close}, '…', 16) AS snippet, -ranked.score AS rank
          FROM ranked JOIN journeySearch ON journeySearch.rowid = ranked.searchRow
          WHERE journeySearch MATCH ${match}
          ORDER BY ranked.score, ranked.id`.execute(db)
      : await sql<Omit<JourneyHit, 'rank'> & { rank: number }>`
          WITH q AS (SELECT to_tsquery('simple', ${match}) AS query),
          ranked AS (
            SELECT journey.slug AS id, journey.title AS title, journey.status AS status,
              s."journeyId" AS "journeyId", ts_rank(s.vector, q.query) AS rank
            FROM "journeySearch" s JOIN journey ON journey.id = s."journeyId", q
            WHERE s.vector @@ q.query
              AND journey."workspaceId" = ${workspaceId} AND journey."deletedAt" IS NULL
            ORDER BY rank DESC, journey.slug
            LIMIT ${limit})
          SELECT ranked.id, ranked.title, ranked.status,
            ts_headline('simple', ${headlineWindow(terms)}, q.query,
              ${`StartSel=${open}, StopSel=${close}, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…`}) AS snippet,
            ranked.rank
          FROM ranked JOIN "journeySearch" s ON s."journeyId" = ranked."journeyId", q
          ORDER BY ranked.rank DESC, ranked.id`.execute(db);
  return rows.rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
