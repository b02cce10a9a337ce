// How commands name elements in messages, in the words parseJourney uses ("pain point").
import { kindList } from '../format/idRegistry.js';
import type { ElementKind } from '../model/walk.js';

/** "a step", "an insight". */
export const withArticle = (words: string): string => (/^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`);

/** "pain point". */
export const kindWord = (kind: ElementKind): string => kindList([kind]);

/** "step 'checkout'". */
export const describeElement = (element: { readonly kind: ElementKind; readonly id: string }): string =>
  `${kindWord(element.kind)} '${element.id}'`;
