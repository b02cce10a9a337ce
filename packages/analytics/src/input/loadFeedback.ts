import type { InputSummary } from '@waymark/core';
import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import type { JourneyDesign } from '../signals/journeyDesign.js';
import { checkTimestamps } from './checkTimestamps.js';
import { feedbackRoles } from './columnRoles.js';
import { InputError } from './InputError.js';
import { inputFormat } from './inputFormat.js';
import { type ColumnConversion, type LoadTableOptions, loadTable } from './loadTable.js';
import { readXlsx } from './readXlsx.js';

const RAW = 'waymark_raw_feedback';

function score(
  engine: AnalyticsEngine,
  name: 'nps' | 'csat' | 'ces',
  low: number,
  high: number,
): ColumnConversion {
  const { integerOrNull, trim } = engine.dialect;
  return {
    name,
    role: name,
    type: 'INTEGER',
    value: integerOrNull,
    invalid: (raw, value) => ({
      when: `nullif(${trim(raw)}, '') IS NOT NULL AND (${value} IS NULL OR ${value} < ${low} OR ${value} > ${high})`,
      reason: `${name.toUpperCase()} must be a whole number from ${low} to ${high}`,
    }),
  };
}

/**
 * Loads a survey or feedback export (CSV or XLSX; one row per response) into `feedback`
 * (line, respondent, ts, at_raw, nps, csat, ces, comment, segment, element). `at_raw` is resolved to a stage,
 * step or touchpoint id of the journey (by id or name); an unknown one refuses the file. Without a
 * design (a stored dataset, not yet laid over a journey) `element` is left out, for
 * `resolveFeedbackElements` to add once the journey is known.
 */
export async function loadFeedback(
  engine: AnalyticsEngine,
  file: string,
  design: JourneyDesign | undefined,
  options: LoadTableOptions = {},
): Promise<InputSummary> {
  const format = inputFormat(file, ['csv', 'xlsx']);
  const { epochMillis, trim } = engine.dialect;
  const text = (raw: string) => `nullif(${trim(raw)}, '')`;
  return engine.transaction(async () => {
    const read =
      format === 'xlsx' ? await readXlsx(engine, RAW, file) : await engine.readFile(RAW, file, 'csv');
    await checkTimestamps(engine, file, RAW, read.columns, feedbackRoles, options.columns, 'date');
    const summary = await loadTable(
      engine,
      {
        file,
        format,
        raw: RAW,
        table: 'feedback',
        headers: read.columns,
        rejected: read.rejected,
        rejectedCount: read.rejectedCount,
        roles: feedbackRoles,
        conversions: [
          { name: 'respondent', role: 'respondent', type: 'VARCHAR', value: text },
          {
            name: 'ts',
            role: 'date',
            type: 'BIGINT',
            value: epochMillis,
            invalid: (_raw, value) => ({ when: `${value} IS NULL`, reason: 'date not understood' }),
          },
          { name: 'at_raw', role: 'at', type: 'VARCHAR', value: text },
          score(engine, 'nps', 0, 10),
          score(engine, 'csat', 1, 5),
          score(engine, 'ces', 1, 7),
          { name: 'comment', role: 'comment', type: 'VARCHAR', value: text },
          { name: 'segment', role: 'segment', type: 'VARCHAR', value: text },
        ],
      },
      options,
    );
    if (design !== undefined) await resolveFeedbackElements(engine, file, design);
    return summary;
  });
}

/** Adds `element` (the element id) to `feedback`; refuses values that name nothing in the journey. */
export async function resolveFeedbackElements(
  engine: AnalyticsEngine,
  file: string,
  design: JourneyDesign,
): Promise<void> {
  const values = await engine.query(
    'SELECT at_raw, min(line) AS first_line FROM feedback WHERE at_raw IS NOT NULL GROUP BY at_raw ORDER BY min(line)',
  );
  const resolved: [string, string][] = [];
  for (const row of values) {
    const written = String(row.at_raw);
    const id = design.elementsByName.get(written.toLowerCase());
    if (id === undefined) {
      const known = [...new Set(design.elementsByName.values())];
      const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : '');
      throw new InputError(
        file,
        `'${written}' names no stage, step or touchpoint of journey '${design.journeyId}' (known ids: ${shown})`,
        Number(row.first_line),
      );
    }
    resolved.push([written, id]);
  }
  await engine.createTable(
    'waymark_at',
    [
      ['at_raw', 'VARCHAR'],
      ['element', 'VARCHAR'],
    ],
    { temporary: true },
  );
  await engine.insertRows('waymark_at', ['at_raw', 'element'], resolved);
  await engine.createTable(
    'feedback',
    'SELECT f.*, a.element AS element FROM feedback f LEFT JOIN waymark_at a ON f.at_raw = a.at_raw',
  );
  await engine.dropTable('waymark_at');
}
