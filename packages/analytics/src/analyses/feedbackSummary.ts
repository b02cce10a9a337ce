import type { Feedback, ScoreKind, ScoreSummary, Theme } from '@waymark/core';
import type { QueryPart } from '../engine/AnalyticsEngine.js';
import { meanInterval, npsInterval } from '../stats/intervals.js';
import type { Analysis, AnalysisContext } from './Analysis.js';
import { numberOrNull, scopedFeedback } from './Analysis.js';
import { NEGATIVE_SENTIMENT } from './readComments.js';

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function scores(context: AnalysisContext, source: string): Promise<ScoreSummary[]> {
  const parts = (['nps', 'csat', 'ces'] as const).map(
    (
      kind,
    ) => `SELECT element AS at_id, '${kind}' AS kind, count(${kind}) AS n, sum(${kind}) AS s, sum(${kind} * ${kind}) AS ss,
      sum(CASE WHEN ${kind} >= 9 THEN 1 ELSE 0 END) AS promoters, sum(CASE WHEN ${kind} <= 6 THEN 1 ELSE 0 END) AS detractors
      FROM ${source} f WHERE ${kind} IS NOT NULL GROUP BY element`,
  );
  const rows = await context.engine.query(
    `SELECT * FROM (${parts.join(' UNION ALL ')}) s ORDER BY kind, at_id NULLS LAST`,
  );
  return rows.map((row) => {
    const kind = String(row.kind) as ScoreKind;
    const n = numberOrNull(row.n) ?? 0;
    const interval =
      kind === 'nps'
        ? npsInterval(numberOrNull(row.promoters) ?? 0, numberOrNull(row.detractors) ?? 0, n)
        : meanInterval(n, numberOrNull(row.s) ?? 0, numberOrNull(row.ss) ?? 0);
    return {
      at: row.at_id === null ? null : String(row.at_id),
      kind,
      responses: n,
      value: round(interval.value),
      ciLow: round(interval.low),
      ciHigh: round(interval.high),
    };
  });
}

async function themes(context: AnalysisContext, source: string): Promise<Theme[]> {
  const negative = `SELECT f.line AS line, f.element AS at_id, f.comment AS comment FROM ${source} f JOIN comment_scores c ON c.line = f.line WHERE c.sentiment <= ${NEGATIVE_SENTIMENT}`;
  const negativePhrases: QueryPart[] = [
    ['n', negative],
    [
      'p',
      // USING: ClickHouse 18.16 mis-sizes a join on two columns of one name written with ON.
      'SELECT p.phrase AS phrase, line, n.at_id AS at_id, n.comment AS comment FROM comment_phrases p JOIN n USING (line)',
    ],
  ];
  const rows = await context.engine.queryWith(
    negativePhrases,
    `SELECT phrase, count(DISTINCT line) AS comments FROM p GROUP BY phrase HAVING count(DISTINCT line) >= 2
    ORDER BY count(DISTINCT line) DESC, length(phrase) DESC, phrase LIMIT 40`,
  );
  // A shorter phrase inside a longer one found nearly as often says the same: keep the longer.
  const found = rows.map((row) => ({
    phrase: String(row.phrase),
    comments: numberOrNull(row.comments) ?? 0,
  }));
  const kept = found.filter(
    (theme) =>
      !found.some(
        (other) =>
          other !== theme &&
          other.phrase.includes(theme.phrase) &&
          other.phrase.split(' ').length > theme.phrase.split(' ').length &&
          other.comments >= 0.6 * theme.comments,
      ),
  );
  const chosen = kept.slice(0, 10);
  if (chosen.length === 0) return [];
  const { literal } = context.engine.dialect;
  // Each (phrase, element, text) once with its first line, not every response: in the order of
  // first appearance by (length, line), the elements and quotes come out as over all rows.
  const details = await context.engine.queryWith(
    negativePhrases,
    `SELECT phrase, at_id, comment, min(line) AS first_line FROM p
    WHERE phrase IN (${chosen.map((t) => literal(t.phrase)).join(', ')})
    GROUP BY phrase, at_id, comment ORDER BY length(comment), first_line`,
  );
  return chosen.map((theme) => {
    const mine = details.filter((row) => row.phrase === theme.phrase);
    const at = [...new Set(mine.map((row) => row.at_id).filter((v): v is string => typeof v === 'string'))];
    const quotes = [...new Set(mine.map((row) => String(row.comment).trim()))].slice(0, 3);
    return { phrase: theme.phrase, comments: theme.comments, at, quotes };
  });
}

/** NPS, CSAT and CES per element with 95% intervals; comment sentiment; themes of negative comments. */
export const feedbackAnalysis: Analysis<'feedback'> = {
  id: 'feedback',
  description: 'feedback per stage and touchpoint: NPS, CSAT, CES with intervals; sentiment; themes',
  async run(context): Promise<Feedback | undefined> {
    const source = scopedFeedback(context, context.scope);
    const [count] = await context.engine.query(`SELECT count(*) AS n FROM ${source} f`);
    if ((numberOrNull(count?.n) ?? 0) === 0) return undefined;
    const sentiment =
      await context.engine.query(`SELECT f.element AS at_id, count(*) AS n, avg(c.sentiment) AS mean,
        avg(CASE WHEN c.sentiment <= ${NEGATIVE_SENTIMENT} THEN 1.0 ELSE 0.0 END) AS negative
      FROM ${source} f JOIN comment_scores c ON c.line = f.line GROUP BY f.element ORDER BY f.element NULLS LAST`);
    return {
      scores: await scores(context, source),
      sentiment: sentiment.map((row) => ({
        at: row.at_id === null ? null : String(row.at_id),
        comments: numberOrNull(row.n) ?? 0,
        mean: round(Math.max(-1, Math.min(1, numberOrNull(row.mean) ?? 0))),
        negativeShare: round(numberOrNull(row.negative) ?? 0),
      })),
      themes: await themes(context, source),
    };
  },
};
