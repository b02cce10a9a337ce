import { type Journey, lintJourney } from '@waymark/core';
import type { Kysely } from 'kysely';
import { fromJson } from '../db/rows.js';
import type { Database, JourneyTable } from '../db/schema.js';

// The library shows each journey's persona names, last review and health score. Computing them per list would
// read and lint every document (500 maps of 250 KB: about 2 ms to parse and 1–3 ms to lint each,
// seconds per list); computing them on each write costs that once and the list reads three small
// columns. The score depends on the day (overdue reviews and actions), so it is kept with the day
// it was judged on and judged again, once, by the first list of a later day.

export type SummaryColumns = Pick<
  JourneyTable,
  'personaNames' | 'healthScore' | 'healthDay' | 'lastReviewed'
>;

/** The stored summary of a journey as of `today` (YYYY-MM-DD). */
export function summaryColumns(journey: Journey, today: string): SummaryColumns {
  return {
    personaNames: JSON.stringify(journey.personas.map((persona) => persona.name)),
    healthScore: Math.round(lintJourney(journey, { today }).health.score),
    healthDay: today,
    lastReviewed: journey.review?.lastReviewed ?? null,
  };
}

/** Rows whose summary is missing or was judged before `today`. */
export function isStale(row: Pick<JourneyTable, 'personaNames' | 'healthDay'>, today: string): boolean {
  return row.personaNames === null || row.healthDay !== today;
}

/**
 * Judges the stale rows again and stores the result (only where the row is still at the revision
 * read, so a write in between keeps its own, newer summary). Returns the summaries by row id.
 */
export async function refreshSummaries(
  db: Kysely<Database>,
  rows: readonly { readonly id: string; readonly revision: number }[],
  today: string,
): Promise<Map<string, SummaryColumns>> {
  const fresh = new Map<string, SummaryColumns>();
  if (rows.length === 0) return fresh;
  const documents = await db
    .selectFrom('journey')
    .select(['id', 'revision', 'document'])
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  for (const row of documents) {
    const columns = summaryColumns(fromJson<Journey>(row.document), today);
    fresh.set(row.id, columns);
    await db
      .updateTable('journey')
      .set(columns)
      .where('id', '=', row.id)
      .where('revision', '=', row.revision)
      .execute();
  }
  return fresh;
}
