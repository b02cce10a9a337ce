import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import { createCommentReader } from '../text/commentReader.js';

/** Comments at or below this sentiment count as negative. */
export const NEGATIVE_SENTIMENT = -0.05;

/**
 * Reads every comment of `feedback` once (sentiment and key phrases are the one step that runs
 * in JavaScript: wink-nlp) and stores the result beside it, so the analyses aggregate in SQL:
 * `comment_scores(line, sentiment)` and `comment_phrases(line, phrase)`. Each distinct text is
 * read once (surveys repeat the same answers, and wink-nlp is the slow part), and the results
 * are joined back to the responses in the engine.
 */
export async function readComments(
  engine: AnalyticsEngine,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const texts = await engine.query('SELECT DISTINCT comment FROM feedback WHERE comment IS NOT NULL');
  if (texts.length === 0) {
    // No comments: the tables empty, and the language model (large) never loaded.
    await engine.createTable('comment_scores', [
      ['line', 'BIGINT'],
      ['sentiment', 'DOUBLE'],
    ]);
    await engine.createTable('comment_phrases', [
      ['line', 'BIGINT'],
      ['phrase', 'VARCHAR'],
    ]);
    return;
  }
  await engine.createTable('waymark_comment_texts', [
    ['comment', 'VARCHAR'],
    ['sentiment', 'DOUBLE'],
  ]);
  await engine.createTable('waymark_comment_text_phrases', [
    ['comment', 'VARCHAR'],
    ['phrase', 'VARCHAR'],
  ]);
  const read = createCommentReader();
  const scores: [string, number][] = [];
  const phrases: [string, string][] = [];
  texts.forEach((row, index) => {
    const text = String(row.comment);
    const comment = read(text);
    scores.push([text, comment.sentiment]);
    for (const phrase of comment.phrases) phrases.push([text, phrase]);
    if (onProgress !== undefined && index % 1000 === 0) onProgress(index, texts.length);
  });
  await engine.insertRows('waymark_comment_texts', ['comment', 'sentiment'], scores);
  await engine.insertRows('waymark_comment_text_phrases', ['comment', 'phrase'], phrases);
  await engine.createTable(
    'comment_scores',
    `SELECT CAST(f.line AS ${engine.dialect.typeName('BIGINT')}) AS line, t.sentiment AS sentiment
      FROM feedback f JOIN waymark_comment_texts t ON t.comment = f.comment`,
  );
  await engine.createTable(
    'comment_phrases',
    `SELECT CAST(f.line AS ${engine.dialect.typeName('BIGINT')}) AS line, t.phrase AS phrase
      FROM feedback f JOIN waymark_comment_text_phrases t ON t.comment = f.comment`,
  );
  await engine.dropTable('waymark_comment_texts');
  await engine.dropTable('waymark_comment_text_phrases');
}
