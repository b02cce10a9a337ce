import type { SqlDialect } from '../engine/AnalyticsEngine.js';
import type { JourneyDesign } from './journeyDesign.js';

/** The first code: every code has four digits, so codes joined into text sort as lists of them. */
const FIRST_CODE = 1000;

/**
 * Every stage, step and touchpoint id of a design as a small integer, numbered in the ids'
 * order: the mapped events carry codes (cheap to sort, group and compare), and an order by code
 * is the order by id. Ids are ASCII (core's `Id`), and every character they may hold sorts
 * after ',', so codes joined with ',' sort as the ids joined with ',' do.
 */
export interface ElementCodes {
  readonly ids: readonly string[];
  /** The id a code stands for. */
  idOf(code: unknown): string;
  /** SQL giving the code of an id column (NULL for NULL or an id not in the design). */
  codeSql(column: string): string;
  /** The code of an id, as a SQL literal (NULL when the design has no such element). */
  codeLiteral(id: string): string;
}

export function elementCodes(
  design: JourneyDesign,
  dialect: Pick<SqlDialect, 'literal' | 'typeName'>,
): ElementCodes {
  const ids = [
    ...new Set([...design.stages.map((s) => s.id), ...design.steps.flatMap((s) => [s.id, ...s.touchpoints])]),
  ].sort();
  if (ids.length > 9000) throw new Error(`a journey of ${ids.length} elements: at most 9000 are coded`);
  const codes = new Map(ids.map((id, index) => [id, FIRST_CODE + index]));
  const type = dialect.typeName('INTEGER');
  return {
    ids,
    idOf(code) {
      const id = ids[Number(code) - FIRST_CODE];
      if (id === undefined) throw new Error(`no element has the code ${String(code)}`);
      return id;
    },
    codeSql: (column) =>
      ids.length === 0
        ? `CAST(NULL AS ${type})`
        : `CAST(CASE ${ids.map((id) => `WHEN ${column} = ${dialect.literal(id)} THEN ${codes.get(id)}`).join(' ')} END AS ${type})`,
    codeLiteral: (id) => String(codes.get(id) ?? 'NULL'),
  };
}
