import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTerms } from './searchJourneys.js';
import { snippetCutter } from './searchSnippet.js';

const searchSnippet = (text: string, terms: readonly string[]) => snippetCutter(terms)(text);

const longText = (middle: string) =>
  `${'The shopper reads another paragraph of the returns policy.\n'.repeat(200)}${middle}\n${'Then they close the page.\n'.repeat(200)}`;

describe('searchSnippet', () => {
  it('cuts a short passage around a word far into a long text, marked, with ellipses', () => {
    const snippet = searchSnippet(longText('At last the shopper finds the Quitclaim form.'), ['quitclaim']);
    expect(snippet).toBe(
      '…the shopper finds the «Quitclaim» form. Then they close the page. Then they close the page…',
    );
  });

  it('matches the last word as a prefix and the others whole, in any case', () => {
    const text = 'Refund requests pile up; a refunded order is a REFUND done.';
    expect(searchSnippet(text, ['refund', 'requ'])).toBe(
      '«Refund» «requests» pile up; a refunded order is a «REFUND» done.',
    );
  });

  it('does not match inside a word', () => {
    expect(searchSnippet('A happy customer', ['app'])).toBeUndefined();
    expect(searchSnippet('A happy customer opens the app', ['app'])).toBe('A happy customer opens the «app»');
  });

  it('starts at the beginning of a short text, with no leading ellipsis', () => {
    expect(searchSnippet('Checkout is slow', ['checkout'])).toBe('«Checkout» is slow');
  });

  it('marks words that differ only by diacritics once a match is placed', () => {
    expect(searchSnippet('Cafe visit, then the café closes', ['cafe'])).toBe(
      '«Cafe» visit, then the «café» closes',
    );
  });

  it('leaves a match that only diacritics folding finds to the engine', () => {
    expect(searchSnippet('Only the café is open', ['cafe'])).toBeUndefined();
  });

  it('treats search words as literal text, never as a pattern', () => {
    expect(searchSnippet('a.b and ab', ['a.b'])).toBeUndefined();
    expect(searchSnippet('price (incl. VAT)', searchTerms('(incl'))).toBe('price («incl». VAT)');
  });

  it('keeps every word it shows from the text, and marks only words that match', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('parcel', 'Parcels', 'refund', 'the', 'a', 'späti', 'Ünïcode', '日本'), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.constantFrom('parcel', 'refund', 'späti', '日本'),
        (words, term) => {
          const text = words.join(' ');
          const snippet = searchSnippet(text, [term]);
          if (snippet === undefined) return;
          const shown = snippet.replace(/^…|…$/g, '');
          expect(text).toContain(shown.replaceAll('«', '').replaceAll('»', ''));
          for (const marked of shown.matchAll(/«([^»]*)»/g)) {
            expect(marked[1]?.toLowerCase().startsWith(term.toLowerCase())).toBe(true);
          }
          expect(shown).toContain('«');
        },
      ),
    );
  });
});
