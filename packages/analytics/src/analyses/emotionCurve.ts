import type { AnalysisDocument } from '@waymark/core';
import type { Analysis } from './Analysis.js';
import { numberOrNull, scopedFeedback } from './Analysis.js';

/**
 * How one response reads on the map's −2..+2 scale: the mean of what it gives of NPS
 * ((x − 5) / 2.5), CSAT (x − 3), CES ((x − 4) / 1.5, 7 = very easy) and comment sentiment (× 2).
 */
export const responseEmotionSql = `((coalesce((f.nps - 5) / 2.5, 0) + coalesce(f.csat - 3.0, 0) + coalesce((f.ces - 4) / 1.5, 0) + coalesce(c.sentiment * 2, 0))
  / nullif((CASE WHEN f.nps IS NULL THEN 0 ELSE 1 END) + (CASE WHEN f.csat IS NULL THEN 0 ELSE 1 END) + (CASE WHEN f.ces IS NULL THEN 0 ELSE 1 END) + (CASE WHEN c.sentiment IS NULL THEN 0 ELSE 1 END), 0))`;

/** The measured emotion per persona (and for everyone) and step, from the responses about it or its touchpoints. */
export const emotionCurveAnalysis: Analysis<'emotionCurve'> = {
  id: 'emotionCurve',
  description: 'the data-driven emotion curve per persona and step, on −2..+2',
  async run(context): Promise<AnalysisDocument['emotionCurve']> {
    const source = scopedFeedback(context, context.scope);
    // Each response once per step it is about (one JOIN per SELECT: the portable subset).
    const atSteps = `SELECT s.step AS step, f.persona AS persona, f.line AS line, f.nps AS nps, f.csat AS csat, f.ces AS ces
      FROM ${source} f JOIN element_steps s ON s.element = f.element`;
    const rows = await context.engine.queryWith(
      [
        [
          'r',
          `SELECT f.step AS step, f.persona AS persona, ${responseEmotionSql} AS emotion, CASE WHEN c.sentiment IS NULL THEN 0 ELSE 1 END AS commented
          FROM (${atSteps}) f LEFT JOIN comment_scores c ON c.line = f.line`,
        ],
      ],
      `SELECT step, persona, avg(emotion) AS score, count(*) AS n, sum(commented) AS comments FROM r WHERE emotion IS NOT NULL AND persona IS NOT NULL GROUP BY step, persona
      UNION ALL
      SELECT step, '*' AS persona, avg(emotion) AS score, count(*) AS n, sum(commented) AS comments FROM r WHERE emotion IS NOT NULL GROUP BY step`,
    );
    if (rows.length === 0) return undefined;
    const order = new Map(context.design.steps.map((s, index) => [s.id, index]));
    const personas = new Set(context.design.personas);
    return rows
      .filter((row) => row.persona === '*' || personas.has(String(row.persona)))
      .map((row) => {
        const step = String(row.step);
        const persona = row.persona === '*' ? null : String(row.persona);
        const designed =
          persona === null ? undefined : context.design.steps.find((s) => s.id === step)?.emotions[persona];
        const score = Math.max(-2, Math.min(2, numberOrNull(row.score) ?? 0));
        return {
          persona,
          step,
          score: Math.round(score * 100) / 100,
          designed: designed ?? null,
          responses: numberOrNull(row.n) ?? 0,
          comments: numberOrNull(row.comments) ?? 0,
        };
      })
      .sort(
        (a, b) =>
          (a.persona ?? '').localeCompare(b.persona ?? '') ||
          (order.get(a.step) ?? 0) - (order.get(b.step) ?? 0),
      );
  },
};
