import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import { createCommentReader } from '../text/commentReader.js';

/** Comments at or below this sentiment count as negative. */
export const NEGATIVE_SENTIMENT = -0.05;

/**
 * Reads every comment of `feedback` once (sentiment and key phrases are the one step that runs
 * in JavaScript: wink-nlp) and stores the result beside it, so the analyses aggregate in SQL:
 * `comment_scores(line, sentiment)` and `comment_phrases(line, phrase)`.
 */
export async function readComments(
  engine: AnalyticsEngine,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  await engine.createTable('comment_scores', [
    ['line', 'BIGINT'],
    ['sentiment', 'DOUBLE'],
  ]);
  await engine.createTable('comment_phrases', [
    ['line', 'BIGINT'],
    ['phrase', 'VARCHAR'],
  ]);
  const rows = await engine.query(
    'SELECT line, comment FROM feedback WHERE comment IS NOT NULL ORDER BY line',
  );
  if (rows.length === 0) return;
  const read = createCommentReader();
  const scores: [number, number][] = [];
  const phrases: [number, string][] = [];
  rows.forEach((row, index) => {
    const line = Number(row.line);
    const comment = read(String(row.comment));
    scores.push([line, comment.sentiment]);
    for (const phrase of comment.phrases) phrases.push([line, phrase]);
    if (onProgress !== undefined && index % 1000 === 0) onProgress(index, rows.length);
  });
  await engine.insertRows('comment_scores', ['line', 'sentiment'], scores);
  await engine.insertRows('comment_phrases', ['line', 'phrase'], phrases);
}
