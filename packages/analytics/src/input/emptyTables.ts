import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';

/** The tables of inputs not given, empty, so every analysis runs on whatever was given. */
export async function createEmptyInputs(
  engine: AnalyticsEngine,
  which: { readonly events: boolean; readonly feedback: boolean },
): Promise<void> {
  if (which.events)
    await engine.createTable('events', [
      ['line', 'BIGINT'],
      ['customer', 'VARCHAR'],
      ['ts', 'BIGINT'],
      ['event', 'VARCHAR'],
      ['channel', 'VARCHAR'],
      ['segment', 'VARCHAR'],
    ]);
  if (which.feedback)
    await engine.createTable('feedback', [
      ['line', 'BIGINT'],
      ['respondent', 'VARCHAR'],
      ['ts', 'BIGINT'],
      ['at_raw', 'VARCHAR'],
      ['nps', 'INTEGER'],
      ['csat', 'INTEGER'],
      ['ces', 'INTEGER'],
      ['comment', 'VARCHAR'],
      ['segment', 'VARCHAR'],
      ['element', 'VARCHAR'],
    ]);
}
