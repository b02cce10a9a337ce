import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** What is read from one comment. */
export interface ReadComment {
  /** wink-nlp's sentiment, −1 (negative) … +1 (positive). */
  readonly sentiment: number;
  /** Candidate key phrases: runs of adjectives and nouns (1–3 words, with a noun), lowercased. */
  readonly phrases: readonly string[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * Reads free-text comments with wink-nlp and its English lite model. Loading the model takes a
 * moment, so make one reader per run and pass it on.
 */
export function createCommentReader(): (text: string) => ReadComment {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const sentiment = Number(doc.out(its.sentiment));
    const tokens = doc.tokens();
    const words = tokens.out(its.normal);
    const pos = tokens.out(its.pos);
    const stop = tokens.out(its.stopWordFlag);
    const types = tokens.out(its.type);
    const phrases = new Set<string>();
    let run: { word: string; noun: boolean }[] = [];
    const flush = () => {
      for (let start = 0; start < run.length; start++) {
        for (let length = 1; length <= 3 && start + length <= run.length; length++) {
          const part = run.slice(start, start + length);
          if (part.some((w) => w.noun) && part.at(-1)?.noun === true)
            phrases.add(part.map((w) => w.word).join(' '));
        }
      }
      run = [];
    };
    words.forEach((word, index) => {
      const tag = String(pos[index]);
      // "waiting time": the tagger may read a gerund before a noun as a verb; it modifies the noun.
      const modifier = tag === 'VERB' && /ing$/i.test(word) && NOUNS.has(String(pos[index + 1]));
      const content =
        (CONTENT.has(tag) || modifier) && stop[index] !== true && types[index] === 'word' && word.length > 2;
      if (content) run.push({ word: word.toLowerCase(), noun: NOUNS.has(tag) });
      else flush();
    });
    flush();
    return { sentiment: Number.isFinite(sentiment) ? sentiment : 0, phrases: [...phrases] };
  };
}
